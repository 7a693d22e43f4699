#include "engine/io/onnx_layers.h"

#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/elu.h"
#include "engine/layers/layer_norm.h"
#include "engine/layers/leaky_relu.h"
#include "engine/layers/registry.h"
#include "engine/layers/reshape.h"

#include <cmath>

namespace nw::onnx_export {
namespace {

struct Context {
    OnnxBuilder& b;
    const ExportModel& model;
    const Node& node;
    std::span<const std::string> in;
    const std::string& output; // the name wanted for the layer's output value

    const std::string& name() const { return output; }
    std::string sub(const std::string& part) const { return node.name + "/" + part; }
    std::string param(const std::string& part) const { return node.name + "." + part; }
    const Shape& inputShape(size_t port) const {
        return model.shapeOf(model.graph->predecessors(node.id).at(port));
    }
    const Shape& outputShape() const { return model.shapeOf(node.id); }
    const Tensor& weight(const std::string& n) const { return model.weight(node.id, n); }
    // A (1, C) parameter tensor as an initializer of shape `dims`.
    std::string vector(const std::string& paramName, const std::string& onnxName,
                       const std::vector<int64_t>& dims) const {
        return b.floats(param(onnxName), dims, weight(paramName).data());
    }
};

// x:(N, in) W:(in, out) -> Gemm(x, Wᵀ, b), the form OpenCV reads (transB = 1, alpha = beta = 1). A
// layer without bias gets zeros, so every Gemm has the same three inputs.
std::string dense(const Context& c) {
    const Tensor& w = c.weight("weight");
    const int64_t in = w.shape()[0], out = w.shape()[1];
    std::vector<float> transposed(static_cast<size_t>(in * out));
    for (int64_t i = 0; i < in; ++i)
        for (int64_t o = 0; o < out; ++o) transposed[static_cast<size_t>(o * in + i)] = w[i * out + o];
    const std::string weight = c.b.floats(c.param("weight"), {out, in}, transposed);
    const std::string bias =
        c.model.hasWeight(c.node.id, "bias")
            ? c.vector("bias", "bias", {out})
            : c.b.floats(c.param("bias"), {out}, std::vector<float>(static_cast<size_t>(out)));
    onnx::NodeProto& n = c.b.node("Gemm", {c.in[0], weight, bias}, c.name());
    OnnxBuilder::attr(n, "transB", int64_t{1});
    OnnxBuilder::attr(n, "alpha", 1.0);
    OnnxBuilder::attr(n, "beta", 1.0);
    return n.output(0);
}

void windowAttributes(onnx::NodeProto& n, const Window& w, const Pads& p) {
    OnnxBuilder::attr(n, "kernel_shape", std::vector<int64_t>{w.kernel, w.kernel});
    OnnxBuilder::attr(n, "strides", std::vector<int64_t>{w.stride, w.stride});
    OnnxBuilder::attr(n, "pads", std::vector<int64_t>{p.top, p.left, p.bottom, p.right});
}

// x:(N,Cin,H,W) W:(Cout,Cin,K,K) b:(Cout) -> y:(N,Cout,H',W')
std::string conv(const Context& c) {
    const Tensor& weight = c.weight("weight");
    std::vector<std::string> inputs{c.in[0],
                                    c.b.floats(c.param("weight"), weight.shape().dims(), weight.data())};
    if (c.model.hasWeight(c.node.id, "bias")) inputs.push_back(c.vector("bias", "bias", {weight.shape()[0]}));
    onnx::NodeProto& n = c.b.node("Conv", inputs, c.name());
    setConvAttributes(n, c.model, c.node);
    return n.output(0);
}

// Padding never wins a max and is left out of an average (count_include_pad = 0), as in the engine.
std::string pool(const Context& c, const std::string& op) {
    const Window w = poolWindow(c.node.attrs);
    onnx::NodeProto& n = c.b.node(op, {c.in[0]}, c.name());
    windowAttributes(n, w, windowPads(w, c.inputShape(0), c.outputShape()));
    if (op == "AveragePool") OnnxBuilder::attr(n, "count_include_pad", int64_t{0});
    return n.output(0);
}

// (N,C,H,W) -> (N,C,1,1) -> (N,C)
std::string globalAveragePool(const Context& c) {
    const std::string pooled = c.b.add("GlobalAveragePool", {c.in[0]}, c.sub("pooled"));
    onnx::NodeProto& n = c.b.node("Flatten", {pooled}, c.name());
    OnnxBuilder::attr(n, "axis", int64_t{1});
    return n.output(0);
}

// Inference form with the running statistics; ONNX's momentum has the engine's meaning.
std::string batchNorm(const Context& c) {
    const int64_t channels = c.inputShape(0)[0];
    onnx::NodeProto& n =
        c.b.node("BatchNormalization",
                 {c.in[0], c.vector("gamma", "gamma", {channels}), c.vector("beta", "beta", {channels}),
                  c.vector("running_mean", "running_mean", {channels}),
                  c.vector("running_var", "running_var", {channels})},
                 c.name());
    OnnxBuilder::attr(n, "epsilon", attrFloat(c.node.attrs, batch_norm_attr::kEpsilon));
    OnnxBuilder::attr(n, "momentum", attrFloat(c.node.attrs, batch_norm_attr::kMomentum));
    return n.output(0);
}

// Opset 13 has no LayerNormalization and OpenCV 4.6 neither reads it nor broadcasts a (N,1) mean
// over (N,D). So the mean is taken and spread back with two thin products, x·a·o with a = 1/D (D×1)
// and o = ones (1×D), which every consumer runs:
// x:(N,...) -> f:(N,D) -> d = f − f·a·o -> v = (d⊙d)·a·o -> d/√(v + ε) -> (N,...) ⊙ γ + β
std::string layerNorm(const Context& c) {
    const Shape& shape = c.inputShape(0);
    const int64_t d = shape.numel();
    std::string x = c.in[0];
    if (shape.rank() > 1) {
        onnx::NodeProto& f = c.b.node("Flatten", {x}, c.sub("flat"));
        OnnxBuilder::attr(f, "axis", int64_t{1});
        x = f.output(0);
    }
    const std::string average = c.b.floats(
        c.sub("average"), {d, 1}, std::vector<float>(static_cast<size_t>(d), 1.0f / static_cast<float>(d)));
    const std::string spread =
        c.b.floats(c.sub("spread"), {1, d}, std::vector<float>(static_cast<size_t>(d), 1.0f));
    const auto meanOf = [&](const std::string& v, const std::string& what) {
        const std::string m = c.b.add("MatMul", {v, average}, c.sub(what + "_1"));
        return c.b.add("MatMul", {m, spread}, c.sub(what));
    };
    const std::string centred = c.b.add("Sub", {x, meanOf(x, "mean")}, c.sub("centred"));
    const std::string squares = c.b.add("Mul", {centred, centred}, c.sub("squares"));
    const std::string variance = meanOf(squares, "variance");
    const std::string eps =
        c.b.scalar(c.sub("epsilon"), static_cast<float>(attrFloat(c.node.attrs, layer_norm_attr::kEpsilon)));
    const std::string stddev =
        c.b.add("Sqrt", {c.b.add("Add", {variance, eps}, c.sub("variance_eps"))}, c.sub("stddev"));
    std::string normalised = c.b.add("Div", {centred, stddev}, c.sub("normalised"));
    if (shape.rank() > 1) {
        std::vector<int64_t> target{0};
        target.insert(target.end(), shape.dims().begin(), shape.dims().end());
        normalised =
            c.b.add("Reshape", {normalised, c.b.int64s(c.sub("shape"), target)}, c.sub("normalised_shaped"));
    }
    const std::string scaled =
        c.b.add("Mul", {normalised, c.vector("gamma", "gamma", shape.dims())}, c.sub("scaled"));
    return c.b.add("Add", {scaled, c.vector("beta", "beta", shape.dims())}, c.name());
}

// Opset 13 has no Gelu: x·½(1 + erf(x/√2)), the exact form the engine computes.
std::string gelu(const Context& c) {
    const std::string scaled =
        c.b.add("Div", {c.in[0], c.b.scalar(c.sub("sqrt2"), std::sqrt(2.0f))}, c.sub("scaled"));
    const std::string erf = c.b.add("Erf", {scaled}, c.sub("erf"));
    const std::string plusOne = c.b.add("Add", {erf, c.b.scalar(c.sub("one"), 1.0f)}, c.sub("plus_one"));
    const std::string times = c.b.add("Mul", {c.in[0], plusOne}, c.sub("times_x"));
    return c.b.add("Mul", {times, c.b.scalar(c.sub("half"), 0.5f)}, c.name());
}

std::string withAlpha(const Context& c, const std::string& op, double alpha) {
    onnx::NodeProto& n = c.b.node(op, {c.in[0]}, c.name());
    OnnxBuilder::attr(n, "alpha", alpha);
    return n.output(0);
}

std::string withAxis(const Context& c, const std::string& op, const std::vector<std::string>& inputs) {
    onnx::NodeProto& n = c.b.node(op, inputs, c.name());
    OnnxBuilder::attr(n, "axis", int64_t{1});
    return n.output(0);
}

// (N, ...) -> (N, target...): 0 keeps the batch dimension as it is.
std::string reshape(const Context& c) {
    std::vector<int64_t> target{0};
    const Shape& shape = c.outputShape();
    target.insert(target.end(), shape.dims().begin(), shape.dims().end());
    return c.b.add("Reshape", {c.in[0], c.b.int64s(c.param("shape"), target)}, c.name());
}

} // namespace

void setConvAttributes(onnx::NodeProto& n, const ExportModel& model, const Node& node) {
    using namespace conv2d_attr;
    const Attributes& a = node.attrs;
    const Window w{attrInt(a, kKernel), attrInt(a, kStride), attrInt(a, kDilation),
                   static_cast<Padding>(attrEnum(a, kPadding))};
    const Shape& input = model.shapeOf(model.graph->predecessors(node.id).at(0));
    windowAttributes(n, w, windowPads(w, input, model.shapeOf(node.id)));
    OnnxBuilder::attr(n, "dilations", std::vector<int64_t>{w.dilation, w.dilation});
}

Result<std::string> emitLayer(OnnxBuilder& b, const ExportModel& model, const Node& node,
                              std::span<const std::string> inputs, const std::string& output) {
    const Context c{b, model, node, inputs, output.empty() ? node.name : output};
    switch (node.kind) {
    case LayerKind::Input: break;
    case LayerKind::Dense: return dense(c);
    case LayerKind::ReLU: return b.add("Relu", {inputs[0]}, c.name());
    case LayerKind::LeakyReLU:
        return withAlpha(c, "LeakyRelu", attrFloat(node.attrs, leaky_relu_attr::kAlpha));
    case LayerKind::Sigmoid: return b.add("Sigmoid", {inputs[0]}, c.name());
    case LayerKind::Tanh: return b.add("Tanh", {inputs[0]}, c.name());
    case LayerKind::Softmax: return withAxis(c, "Softmax", {inputs[0]});
    case LayerKind::Conv2D: return conv(c);
    case LayerKind::MaxPool2D: return pool(c, "MaxPool");
    case LayerKind::AvgPool2D: return pool(c, "AveragePool");
    case LayerKind::GlobalAveragePool: return globalAveragePool(c);
    case LayerKind::Flatten: return withAxis(c, "Flatten", {inputs[0]});
    case LayerKind::Reshape: return reshape(c);
    case LayerKind::Dropout: return inputs[0]; // inference: the identity
    case LayerKind::BatchNorm: return batchNorm(c);
    case LayerKind::LayerNorm: return layerNorm(c);
    case LayerKind::GELU: return gelu(c);
    case LayerKind::ELU: return withAlpha(c, "Elu", attrFloat(node.attrs, elu_attr::kAlpha));
    case LayerKind::Swish:
        return b.add("Mul", {inputs[0], b.add("Sigmoid", {inputs[0]}, c.sub("sigmoid"))}, c.name());
    case LayerKind::Add: return b.add("Add", {inputs[0], inputs[1]}, c.name());
    case LayerKind::Concat: return withAxis(c, "Concat", {inputs[0], inputs[1]});
    case LayerKind::Identity: return b.add("Identity", {inputs[0]}, c.name());
    }
    return Diagnostic{DiagCode::ExportUnsupported,
                      Text(NW_TEXT("The layer '%1' (%2) has no ONNX form in this version"),
                           {node.name, layerRegistry().info(node.kind).name}),
                      node.id};
}

} // namespace nw::onnx_export
