#include "engine/io/onnx_builder.h"

#include <bit>
#include <cstring>

namespace nw::onnx_export {

static_assert(std::endian::native == std::endian::little, "ONNX raw_data is little-endian");

std::string OnnxBuilder::name(const std::string& wanted) {
    std::string candidate = wanted;
    for (int suffix = 2; m_names.contains(candidate); ++suffix)
        candidate = wanted + "_" + std::to_string(suffix);
    m_names.insert(candidate);
    return candidate;
}

onnx::NodeProto& OnnxBuilder::node(const std::string& op, const std::vector<std::string>& inputs,
                                   const std::string& output) {
    onnx::NodeProto& n = *m_graph.add_node();
    n.set_op_type(op);
    for (const std::string& input : inputs) n.add_input(input);
    const std::string value = name(output);
    n.add_output(value);
    n.set_name(value);
    return n;
}

std::string OnnxBuilder::raw(const std::string& wanted, int dataType, const std::vector<int64_t>& dims,
                             const void* values, size_t elementBytes) {
    onnx::TensorProto& t = *m_graph.add_initializer();
    t.set_name(name(wanted));
    t.set_data_type(dataType);
    size_t count = 1;
    for (int64_t d : dims) {
        t.add_dims(d);
        count *= static_cast<size_t>(d);
    }
    t.set_raw_data(std::string(static_cast<const char*>(values), count * elementBytes));
    return t.name();
}

std::string OnnxBuilder::floats(const std::string& wanted, const std::vector<int64_t>& dims,
                                const float* values) {
    return raw(wanted, onnx::TensorProto::FLOAT, dims, values, sizeof(float));
}

std::string OnnxBuilder::int8s(const std::string& wanted, const std::vector<int64_t>& dims,
                               const std::vector<int8_t>& values) {
    return raw(wanted, onnx::TensorProto::INT8, dims, values.data(), sizeof(int8_t));
}

std::string OnnxBuilder::int32s(const std::string& wanted, const std::vector<int64_t>& dims,
                                const std::vector<int32_t>& values) {
    return raw(wanted, onnx::TensorProto::INT32, dims, values.data(), sizeof(int32_t));
}

std::string OnnxBuilder::int64s(const std::string& wanted, const std::vector<int64_t>& values) {
    onnx::TensorProto& t = *m_graph.add_initializer();
    t.set_name(name(wanted));
    t.set_data_type(onnx::TensorProto::INT64);
    t.add_dims(static_cast<int64_t>(values.size()));
    for (int64_t v : values) t.add_int64_data(v);
    return t.name();
}

void OnnxBuilder::attr(onnx::NodeProto& node, const std::string& name, int64_t value) {
    onnx::AttributeProto& a = *node.add_attribute();
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INT);
    a.set_i(value);
}

void OnnxBuilder::attr(onnx::NodeProto& node, const std::string& name, double value) {
    onnx::AttributeProto& a = *node.add_attribute();
    a.set_name(name);
    a.set_type(onnx::AttributeProto::FLOAT);
    a.set_f(static_cast<float>(value));
}

void OnnxBuilder::attr(onnx::NodeProto& node, const std::string& name, const std::vector<int64_t>& values) {
    onnx::AttributeProto& a = *node.add_attribute();
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INTS);
    for (int64_t v : values) a.add_ints(v);
}

void setBatchedFloatType(onnx::ValueInfoProto& value, const std::string& name,
                         const std::vector<int64_t>& dims) {
    value.set_name(name);
    onnx::TypeProto_Tensor& tensor = *value.mutable_type()->mutable_tensor_type();
    tensor.set_elem_type(onnx::TensorProto::FLOAT);
    onnx::TensorShapeProto& shape = *tensor.mutable_shape();
    shape.add_dim()->set_dim_param("batch");
    for (int64_t d : dims) shape.add_dim()->set_dim_value(d);
}

} // namespace nw::onnx_export
