#pragma once

// Writing ONNX graphs through the schema's generated classes: unique value names, nodes with typed
// attributes, float and int64 initializers. Internal to the ONNX exporter (engine/io/onnx_*.cpp).

#include "engine/core/tensor.h"

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace nw::onnx_export {

class OnnxBuilder {
public:
    explicit OnnxBuilder(onnx::GraphProto& graph) : m_graph(graph) {}

    // `wanted`, or `wanted` with a numeric suffix when that value name is taken; reserved from then on.
    std::string name(const std::string& wanted);

    // Adds a node `op` reading `inputs` and writing one new value named after `output`; returns the
    // value's name. The node itself is named after its output.
    onnx::NodeProto& node(const std::string& op, const std::vector<std::string>& inputs,
                          const std::string& output);
    std::string add(const std::string& op, const std::vector<std::string>& inputs,
                    const std::string& output) {
        return node(op, inputs, output).output(0);
    }

    // Float initializer with the given dims (values row-major, count = product of dims).
    std::string floats(const std::string& wanted, const std::vector<int64_t>& dims, const float* values);
    std::string floats(const std::string& wanted, const std::vector<int64_t>& dims,
                       const std::vector<float>& values) {
        return floats(wanted, dims, values.data());
    }
    std::string scalar(const std::string& wanted, float value) { return floats(wanted, {}, &value); }
    std::string int64s(const std::string& wanted, const std::vector<int64_t>& values);
    // int8 and int32 initializers, for quantized models.
    std::string int8s(const std::string& wanted, const std::vector<int64_t>& dims,
                      const std::vector<int8_t>& values);
    std::string int32s(const std::string& wanted, const std::vector<int64_t>& dims,
                       const std::vector<int32_t>& values);

    // Whether a value or initializer already has this name.
    bool taken(const std::string& valueName) const { return m_names.contains(valueName); }

    static void attr(onnx::NodeProto& node, const std::string& name, int64_t value);
    static void attr(onnx::NodeProto& node, const std::string& name, double value);
    static void attr(onnx::NodeProto& node, const std::string& name, const std::vector<int64_t>& values);

private:
    std::string raw(const std::string& wanted, int dataType, const std::vector<int64_t>& dims,
                    const void* values, size_t elementBytes);

    onnx::GraphProto& m_graph;
    std::set<std::string> m_names;
};

// A float32 tensor type with a symbolic batch dimension first: (batch, dims...).
void setBatchedFloatType(onnx::ValueInfoProto& value, const std::string& name,
                         const std::vector<int64_t>& dims);

} // namespace nw::onnx_export
