#include "engine/io/onnx_int8_layers.h"

#include "engine/io/onnx_layers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw::onnx_export {
namespace {

constexpr const char* kInt8Suffix = "_quantized";

bool computesInInt8(LayerKind kind) { return kind == LayerKind::Dense || kind == LayerKind::Conv2D; }

// Layers that move int8 values without arithmetic, so the values keep their scale.
bool passesInt8Through(LayerKind kind) {
    return kind == LayerKind::MaxPool2D || kind == LayerKind::Flatten || kind == LayerKind::Reshape ||
           kind == LayerKind::Dropout || kind == LayerKind::Identity;
}

// ReLUs whose input is a Dense or Conv2D layer that nothing else reads: that layer's int8 output,
// quantized over the ReLU's range (which starts at 0), is already the ReLU's output.
std::set<NodeId> fusedRelus(const Graph& graph) {
    std::set<NodeId> fused;
    for (const Node& node : graph.nodes()) {
        if (node.kind != LayerKind::ReLU || !node.enabled) continue;
        const std::vector<NodeId> from = graph.predecessors(node.id);
        if (from.size() != 1) continue;
        const Node& product = *graph.node(from[0]);
        if (product.enabled && computesInInt8(product.kind) && graph.edgesFrom(product.id).size() == 1)
            fused.insert(node.id);
    }
    return fused;
}

std::string withoutInt8Suffix(const std::string& value) {
    const std::string suffix = kInt8Suffix;
    return value.ends_with(suffix) ? value.substr(0, value.size() - suffix.size()) : value;
}

} // namespace

Int8Layers::Int8Layers(OnnxBuilder& b, const ExportModel& model, const ActivationRanges& ranges)
    : m_b(b), m_model(model), m_ranges(ranges), m_fusedRelus(fusedRelus(*model.graph)) {}

QuantParams Int8Layers::rangeParams(NodeId node) const {
    const auto range = m_ranges.find(node);
    return range == m_ranges.end() ? QuantParams{} : quantParams(range->second);
}

const Int8Layers::Int8Value* Int8Layers::int8(const std::string& value) const {
    const auto it = m_int8.find(value);
    return it == m_int8.end() ? nullptr : &it->second;
}

std::string Int8Layers::newInt8Value(const std::string& wanted, QuantParams params) {
    std::string base = wanted;
    for (int suffix = 2;
         m_b.taken(base + kInt8Suffix) || m_b.taken(base + "_scale") || m_b.taken(base + "_zero_point");
         ++suffix)
        base = wanted + "_" + std::to_string(suffix);
    Int8Value value{m_b.scalar(base + "_scale", params.scale),
                    m_b.int8s(base + "_zero_point", {}, {static_cast<int8_t>(params.zeroPoint)}), params};
    m_int8.emplace(base + kInt8Suffix, value);
    return base + kInt8Suffix;
}

std::string Int8Layers::toInt8(const std::string& value, NodeId rangeOf) {
    if (int8(value)) return value;
    const std::string name = newInt8Value(value, rangeParams(rangeOf));
    const Int8Value& q = m_int8.at(name);
    return m_b.add("QuantizeLinear", {value, q.scale, q.zeroPoint}, name);
}

std::string Int8Layers::toFloat(const std::string& value, const std::string& wanted) {
    const Int8Value* q = int8(value);
    if (!q) return value;
    if (const auto made = m_float.find(value); made != m_float.end()) return made->second;
    const std::string real = m_b.add("DequantizeLinear", {value, q->scale, q->zeroPoint}, wanted);
    m_float.emplace(value, real);
    return real;
}

// y = QLinearConv(x, W, b): the accumulation is int32 (x − zx)·W + b, with b quantized at the
// product of the input's and each channel's weight scale; the result is requantized to the output's
// scale, which is the ReLU's after it when that is fused.
Result<std::string> Int8Layers::product(const Node& node, const std::string& input) {
    const NodeId source = m_model.graph->predecessors(node.id).at(0);
    std::string x = toInt8(input, source);
    const Tensor& w = m_model.weight(node.id, "weight");
    const bool dense = node.kind == LayerKind::Dense;
    // Dense weights are (in, out); as a 1×1 convolution they are (out, in, 1, 1).
    const int64_t outputs = dense ? w.shape()[1] : w.shape()[0];
    const int64_t rowSize = w.size() / outputs;
    std::vector<float> rows(static_cast<size_t>(w.size()));
    if (dense) {
        for (int64_t i = 0; i < rowSize; ++i)
            for (int64_t o = 0; o < outputs; ++o)
                rows[static_cast<size_t>(o * rowSize + i)] = w[i * outputs + o];
    } else {
        std::copy(w.data(), w.data() + w.size(), rows.begin());
    }
    const ChannelQuantized q = quantizePerChannel(rows.data(), outputs, rowSize);
    std::vector<int64_t> weightDims = w.shape().dims();
    if (dense) {
        weightDims = {outputs, rowSize, 1, 1};
        const std::string image = newInt8Value(node.name + "/as_image", m_int8.at(x).params);
        x = m_b.add("Reshape", {x, m_b.int64s(node.name + "/as_image.shape", {0, rowSize, 1, 1})}, image);
    }
    const Int8Value in = m_int8.at(x);
    std::vector<std::string> inputs{x,
                                    in.scale,
                                    in.zeroPoint,
                                    m_b.int8s(node.name + ".weight_quantized", weightDims, q.values),
                                    m_b.floats(node.name + ".weight_scale", {outputs}, q.scales),
                                    m_b.int8s(node.name + ".weight_zero_point", {outputs},
                                              std::vector<int8_t>(static_cast<size_t>(outputs), 0))};
    const std::vector<Edge> readers = m_model.graph->edgesFrom(node.id);
    const bool fused = readers.size() == 1 && m_fusedRelus.contains(readers[0].to.node);
    const QuantParams outParams = rangeParams(fused ? readers[0].to.node : node.id);
    const std::string output = newInt8Value(dense ? node.name + "/image" : node.name, outParams);
    const Int8Value out = m_int8.at(output);
    inputs.push_back(out.scale);
    inputs.push_back(out.zeroPoint);
    if (m_model.hasWeight(node.id, "bias")) {
        const Tensor& bias = m_model.weight(node.id, "bias");
        std::vector<int32_t> quantized(static_cast<size_t>(outputs));
        for (int64_t o = 0; o < outputs; ++o) {
            const double step = static_cast<double>(in.params.scale) * q.scales[static_cast<size_t>(o)];
            quantized[static_cast<size_t>(o)] = static_cast<int32_t>(
                std::clamp<double>(std::round(bias[o] / step), std::numeric_limits<int32_t>::min(),
                                   std::numeric_limits<int32_t>::max()));
        }
        inputs.push_back(m_b.int32s(node.name + ".bias_quantized", {outputs}, quantized));
    }
    onnx::NodeProto& conv = m_b.node("QLinearConv", inputs, output);
    ++m_int8Layers;
    if (!dense) {
        setConvAttributes(conv, m_model, node);
        return conv.output(0);
    }
    OnnxBuilder::attr(conv, "kernel_shape", std::vector<int64_t>{1, 1});
    onnx::NodeProto& flat = m_b.node("Flatten", {conv.output(0)}, newInt8Value(node.name, outParams));
    OnnxBuilder::attr(flat, "axis", int64_t{1});
    return flat.output(0);
}

Result<std::string> Int8Layers::emit(const Node& node, std::span<const std::string> inputs) {
    if (node.enabled && computesInInt8(node.kind)) return product(node, inputs[0]);
    if (m_fusedRelus.contains(node.id)) return inputs[0];
    const bool passes = !node.enabled || passesInt8Through(node.kind);
    if (passes && int8(inputs[0])) {
        if (node.enabled && node.kind == LayerKind::Dropout) return inputs[0];
        const std::string output = newInt8Value(node.name, m_int8.at(inputs[0]).params);
        if (!node.enabled) return m_b.add("Identity", {inputs[0]}, output);
        return emitLayer(m_b, m_model, node, inputs, output);
    }
    std::vector<std::string> real;
    for (const std::string& input : inputs) real.push_back(toFloat(input, withoutInt8Suffix(input)));
    if (node.enabled && !passesInt8Through(node.kind)) ++m_floatLayers;
    if (!node.enabled) return m_b.add("Identity", {real[0]}, node.name);
    return emitLayer(m_b, m_model, node, real);
}

} // namespace nw::onnx_export
