// The ONNX operators the importer turns into layers, one function per operator or pattern. A pattern
// (GELU, Swish, LayerNorm written out in elementary operators, MatMul followed by Add) is recognised
// from its first node forwards, through nodes read by nobody else.
#include "engine/io/onnx_import_context.h"

#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/dense.h"
#include "engine/layers/dropout.h"
#include "engine/layers/elu.h"
#include "engine/layers/layer_norm.h"
#include "engine/layers/leaky_relu.h"
#include "engine/layers/spatial.h"

#include <cmath>
#include <functional>
#include <map>
#include <numbers>

namespace nw::onnx_import {
namespace {

using Attrs = std::vector<std::pair<std::string, AttrValue>>;

struct Op {
    ImportContext& c;
    int index;
    const onnx::NodeProto& node;

    const std::string& input(int i) const { return node.input(i); }
    bool hasInput(int i) const { return node.input_size() > i && !node.input(i).empty(); }
    const std::string& output() const { return node.output(0); }
    const Value* layer(int i) const { return hasInput(i) ? c.layerValue(input(i)) : nullptr; }
    const Constant* constant(int i) const { return hasInput(i) ? c.constant(input(i)) : nullptr; }
    Diagnostic refuse(const Text& why) const { return unsupported(node, why); }
    // Adds the layer; a refusal from the graph (attribute out of range, shapes) is this node's problem.
    Result<NodeId> add(LayerKind kind, const std::vector<std::string>& inputs, const Attrs& attrs,
                       const std::string& out) const {
        Result<NodeId> id = c.addLayer(kind, node.name(), inputs, attrs, out);
        if (!id.ok()) return locatedAt(node, id.error());
        return id;
    }
    Status addSimple(LayerKind kind, const Attrs& attrs = {}) const {
        Result<NodeId> id = add(kind, {input(0)}, attrs, output());
        return id.ok() ? Status{} : Status{id.error()};
    }
    // Only the first output is computed by a layer; a node whose other outputs are read cannot be.
    bool otherOutputsUnused() const {
        for (int i = 1; i < node.output_size(); ++i)
            if (!node.output(i).empty() &&
                (!c.consumers(node.output(i)).empty() || c.isGraphOutput(node.output(i))))
                return false;
        return true;
    }
};

Text needsLayerInput() {
    return Text(NW_TEXT("its input is neither the network's input nor computed by a layer"));
}

std::vector<float> scaled(const Constant& constant, double factor) {
    std::vector<float> out(constant.values.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<float>(constant.values[i] * factor);
    return out;
}

bool allEqual(const Constant& constant, double value, double tolerance) {
    for (double v : constant.values)
        if (std::abs(v - value) > tolerance) return false;
    return !constant.values.empty();
}

// The bias of a Dense layer with `units` outputs, from a constant broadcast to (units).
std::optional<std::vector<float>> biasOf(const Constant& bias, int64_t units, double factor) {
    if (bias.numel() == units) return scaled(bias, factor);
    if (bias.numel() == 1)
        return std::vector<float>(static_cast<size_t>(units), static_cast<float>(bias.values[0] * factor));
    return std::nullopt;
}

// A Dense layer from a weight matrix given as (in, out).
Status dense(const Op& op, const std::vector<float>& weightInOut, int64_t in, int64_t out,
             const std::optional<std::vector<float>>& bias, const std::string& outputValue) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    if (x->shape.rank() != 1 || x->shape[0] != in)
        return op.refuse(Text(NW_TEXT("it multiplies a %1 input by a %2×%3 matrix; only flat inputs of %2 "
                                      "values can become a Dense layer"),
                              {x->shape.toString(), in, out}));
    Result<NodeId> id = op.add(LayerKind::Dense, {op.input(0)},
                               {{"units", out}, {"use_bias", bias.has_value()}}, outputValue);
    if (!id.ok()) return id.error();
    op.c.weights[*id]["weight"] = weightInOut;
    if (bias) op.c.weights[*id]["bias"] = *bias;
    return {};
}

// Gemm: y = alpha·A·op(B) + beta·C with B and C constants.
Status gemm(const Op& op) {
    const Constant* b = op.constant(1);
    if (!b || b->dims.size() != 2)
        return op.refuse(Text(NW_TEXT("its second input is not a constant matrix")));
    if (intAttribute(op.node, "transA", 0) != 0)
        return op.refuse(Text(NW_TEXT("it transposes its input (transA)")));
    const bool transB = intAttribute(op.node, "transB", 0) != 0;
    const double alpha = floatAttribute(op.node, "alpha", 1.0), beta = floatAttribute(op.node, "beta", 1.0);
    const int64_t in = transB ? b->dims[1] : b->dims[0], out = transB ? b->dims[0] : b->dims[1];
    std::vector<float> weight(static_cast<size_t>(in * out));
    for (int64_t i = 0; i < in; ++i)
        for (int64_t o = 0; o < out; ++o)
            weight[static_cast<size_t>(i * out + o)] =
                static_cast<float>(alpha * b->values[static_cast<size_t>(transB ? o * in + i : i * out + o)]);
    std::optional<std::vector<float>> bias;
    if (op.hasInput(2)) {
        const Constant* cConst = op.constant(2);
        if (!cConst) return op.refuse(Text(NW_TEXT("its bias is not a constant")));
        bias = biasOf(*cConst, out, beta);
        if (!bias) return op.refuse(Text(NW_TEXT("its bias does not have one value per output")));
    }
    return dense(op, weight, in, out, bias, op.output());
}

// MatMul by a constant (in, out) matrix, and the Add of a constant that usually follows it.
Status matMul(const Op& op) {
    const Constant* b = op.constant(1);
    if (!b || b->dims.size() != 2)
        return op.refuse(
            Text(NW_TEXT("it multiplies two computed values; only a product with a constant matrix "
                         "can become a Dense layer")));
    const int64_t in = b->dims[0], out = b->dims[1];
    std::optional<std::vector<float>> bias;
    std::string outputValue = op.output();
    int addIndex = -1;
    if (const onnx::NodeProto* add = op.c.soleConsumer(op.output(), &addIndex);
        add && add->op_type() == "Add") {
        const std::string& other = add->input(0) == op.output() ? add->input(1) : add->input(0);
        if (const Constant* constant = op.c.constant(other))
            if ((bias = biasOf(*constant, out, 1.0))) {
                outputValue = add->output(0);
                op.c.markDone(addIndex);
            }
    }
    return dense(op, scaled(*b, 1.0), in, out, bias, outputValue);
}

// Whether ONNX's explicit or automatic padding is what the engine's "valid" or "same" computes for a
// `window` over a (C, H, W) input, and which.
std::optional<Padding> paddingOf(const onnx::NodeProto& node, const Window& window, const Shape& input) {
    const std::string autoPad = stringAttribute(node, "auto_pad");
    std::vector<int64_t> pads = intsAttribute(node, "pads");
    if (autoPad == "VALID") return Padding::Valid;
    if (autoPad == "SAME_UPPER") return Padding::Same;
    if (pads.empty()) pads.assign(4, 0);
    if (pads.size() != 4) return std::nullopt;
    if (autoPad == "SAME_LOWER") {
        for (int axis = 1; axis <= 2; ++axis) {
            Window same = window;
            same.padding = Padding::Same;
            const int64_t out = same.outputSize(input[axis]);
            const int64_t total =
                std::max<int64_t>((out - 1) * window.stride + window.extent() - input[axis], 0);
            if (total % 2) return std::nullopt; // lower puts the odd one before, the engine after
        }
        return Padding::Same;
    }
    if (std::all_of(pads.begin(), pads.end(), [](int64_t p) { return p == 0; })) return Padding::Valid;
    Window same = window;
    same.padding = Padding::Same;
    for (int axis = 1; axis <= 2; ++axis) {
        const int64_t out = same.outputSize(input[axis]);
        const int64_t total = std::max<int64_t>((out - 1) * window.stride + window.extent() - input[axis], 0);
        const int64_t before = same.padBefore(input[axis]);
        if (pads[static_cast<size_t>(axis - 1)] != before ||
            pads[static_cast<size_t>(axis + 1)] != total - before)
            return std::nullopt;
    }
    return Padding::Same;
}

// The square window of a Conv or pooling node, or why it is not one the engine has.
std::optional<Text> windowOf(const Op& op, const std::vector<int64_t>& kernel, Window& window) {
    const std::vector<int64_t> strides = intsAttribute(op.node, "strides");
    const std::vector<int64_t> dilations = intsAttribute(op.node, "dilations");
    if (kernel.size() != 2 || kernel[0] != kernel[1])
        return Text(NW_TEXT("its window is not square (%1)"), {Shape(kernel).toString()});
    if (!strides.empty() && (strides.size() != 2 || strides[0] != strides[1]))
        return Text(NW_TEXT("its strides differ between height and width"));
    if (!dilations.empty() && (dilations.size() != 2 || dilations[0] != dilations[1]))
        return Text(NW_TEXT("its dilations differ between height and width"));
    window.kernel = kernel[0];
    window.stride = strides.empty() ? 1 : strides[0];
    window.dilation = dilations.empty() ? 1 : dilations[0];
    const Value* x = op.layer(0);
    if (!x || x->shape.rank() != 3) return Text(NW_TEXT("its input is not a channels×height×width image"));
    const std::optional<Padding> padding = paddingOf(op.node, window, x->shape);
    if (!padding)
        return Text(NW_TEXT("its padding %1 is neither none nor the engine's \"same\" padding"),
                    {Shape(intsAttribute(op.node, "pads")).toString()});
    window.padding = *padding;
    return std::nullopt;
}

Status conv(const Op& op) {
    const Constant* w = op.constant(1);
    if (!w || w->dims.size() != 4)
        return op.refuse(Text(NW_TEXT("its weights are not a constant 4-D tensor")));
    if (intAttribute(op.node, "group", 1) != 1)
        return op.refuse(
            Text(NW_TEXT("it is a grouped convolution (group %1)"), {intAttribute(op.node, "group", 1)}));
    Window window;
    if (std::optional<Text> why = windowOf(op, {w->dims[2], w->dims[3]}, window)) return op.refuse(*why);
    if (op.layer(0)->shape[0] != w->dims[1])
        return op.refuse(Text(NW_TEXT("its weights expect %1 input channels, the input has %2"),
                              {w->dims[1], op.layer(0)->shape[0]}));
    const Constant* b = op.constant(2);
    if (op.hasInput(2) && (!b || b->numel() != w->dims[0]))
        return op.refuse(Text(NW_TEXT("its bias is not a constant with one value per filter")));
    Result<NodeId> id = op.add(LayerKind::Conv2D, {op.input(0)},
                               {{"filters", w->dims[0]},
                                {"kernel", window.kernel},
                                {"stride", window.stride},
                                {"padding", EnumValue{static_cast<int>(window.padding)}},
                                {"dilation", window.dilation},
                                {"use_bias", b != nullptr}},
                               op.output());
    if (!id.ok()) return id.error();
    op.c.weights[*id]["weight"] = w->floats();
    if (b) op.c.weights[*id]["bias"] = b->floats();
    return {};
}

Status pool(const Op& op, LayerKind kind) {
    if (!op.otherOutputsUnused()) return op.refuse(Text(NW_TEXT("its indices output is used")));
    if (intAttribute(op.node, "ceil_mode", 0) != 0)
        return op.refuse(Text(NW_TEXT("it rounds its output size up (ceil_mode)")));
    if (intAttribute(op.node, "storage_order", 0) != 0)
        return op.refuse(Text(NW_TEXT("it stores its indices by column")));
    Window window;
    if (std::optional<Text> why = windowOf(op, intsAttribute(op.node, "kernel_shape"), window))
        return op.refuse(*why);
    if (window.dilation != 1) return op.refuse(Text(NW_TEXT("its window is dilated")));
    // The engine leaves padding out of an average, as count_include_pad = 0 does.
    if (kind == LayerKind::AvgPool2D && window.padding == Padding::Same &&
        intAttribute(op.node, "count_include_pad", 0) != 0)
        return op.refuse(Text(NW_TEXT("it counts the padding in its averages (count_include_pad)")));
    return op.addSimple(kind, {{"pool_size", window.kernel},
                               {"stride", window.stride},
                               {"padding", EnumValue{static_cast<int>(window.padding)}}});
}

// GlobalAveragePool gives (N, C, 1, 1) and the layer (N, C): the value keeps both, so the Flatten,
// Reshape or Squeeze that usually follows becomes nothing, and a Shape of it still reads (C, 1, 1).
Status globalAveragePool(const Op& op) {
    const Value* x = op.layer(0);
    if (!x || x->shape.rank() != 3)
        return op.refuse(Text(NW_TEXT("its input is not a channels×height×width image")));
    Result<NodeId> id = op.add(LayerKind::GlobalAveragePool, {op.input(0)}, {}, op.output());
    if (!id.ok()) return id.error();
    op.c.setOnnxShape(op.output(), Shape{x->shape[0], 1, 1});
    return {};
}

// Squeeze of a value ONNX sees with unit axes the layer does not have: nothing to compute.
Status squeeze(const Op& op) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    if (!x->onnxShape) return op.refuse(Text(NW_TEXT("it removes axes of a computed value")));
    op.c.alias(op.output(), op.input(0));
    return {};
}

Status batchNormalization(const Op& op) {
    if (intAttribute(op.node, "training_mode", 0) != 0 || !op.otherOutputsUnused())
        return op.refuse(
            Text(NW_TEXT("it is exported in training mode; export the model in evaluation mode")));
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    const int64_t channels = x->shape.empty() ? 0 : x->shape[0];
    std::vector<const Constant*> params;
    for (int i = 1; i <= 4; ++i) {
        const Constant* p = op.constant(i);
        if (!p || p->numel() != channels)
            return op.refuse(
                Text(NW_TEXT("its scale, bias, mean and variance are not constants with one value "
                             "per channel")));
        params.push_back(p);
    }
    Result<NodeId> id = op.add(LayerKind::BatchNorm, {op.input(0)},
                               {{"momentum", floatAttribute(op.node, "momentum", 0.9)},
                                {"epsilon", floatAttribute(op.node, "epsilon", 1e-5)}},
                               op.output());
    if (!id.ok()) return id.error();
    auto& w = op.c.weights[*id];
    w["gamma"] = params[0]->floats();
    w["beta"] = params[1]->floats();
    w["running_mean"] = params[2]->floats();
    w["running_var"] = params[3]->floats();
    return {};
}

// LayerNormalization (opset 17) over every per-sample axis.
Status layerNormalization(const Op& op) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    const int64_t axis = intAttribute(op.node, "axis", -1);
    const int64_t rank = x->shape.rank() + 1;
    if (!(axis == 1 || axis == 1 - rank))
        return op.refuse(Text(NW_TEXT("it normalises over only some of the axes of a sample")));
    const Constant* gamma = op.constant(1);
    const Constant* beta = op.constant(2);
    const int64_t size = x->shape.numel();
    if (!gamma || gamma->numel() != size || (op.hasInput(2) && (!beta || beta->numel() != size)))
        return op.refuse(Text(NW_TEXT("its scale and bias are not constants of the input's shape")));
    Result<NodeId> id = op.add(LayerKind::LayerNorm, {op.input(0)},
                               {{"epsilon", floatAttribute(op.node, "epsilon", 1e-5)}}, op.output());
    if (!id.ok()) return id.error();
    op.c.weights[*id]["gamma"] = gamma->floats();
    op.c.weights[*id]["beta"] = beta ? beta->floats() : std::vector<float>(static_cast<size_t>(size));
    return {};
}

// Softmax over the features of a flat input (the axis rules changed in opset 13, not for this case).
Status softmax(const Op& op) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    const int64_t axis = intAttribute(op.node, "axis", op.c.opset < 13 ? 1 : -1);
    if (x->shape.rank() != 1 || !(axis == 1 || axis == -1))
        return op.refuse(Text(NW_TEXT("it is taken over an axis other than the features of a flat input")));
    return op.addSimple(LayerKind::Softmax);
}

Status flatten(const Op& op) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    if (intAttribute(op.node, "axis", 1) != 1)
        return op.refuse(Text(NW_TEXT("it flattens from an axis other than 1")));
    if (x->shape.rank() == 1) {
        op.c.alias(op.output(), op.input(0));
        return {};
    }
    return op.addSimple(LayerKind::Flatten);
}

// Reshape to a constant target whose first entry keeps the batch (0, -1 or Shape(x)[0]).
Status reshape(const Op& op) {
    const Value* x = op.layer(0);
    if (!x) return op.refuse(needsLayerInput());
    const Constant* target = op.constant(1);
    if (!target) return op.refuse(Text(NW_TEXT("its target shape is computed while the network runs")));
    std::vector<double> dims = target->values;
    if (dims.empty()) return op.refuse(Text(NW_TEXT("its target shape is empty")));
    const double first = dims.front();
    dims.erase(dims.begin());
    const bool keepsBatch =
        first == 0 || first == kBatchDimension ||
        (first == -1 && std::none_of(dims.begin(), dims.end(), [](double d) { return d == -1; }));
    if (!keepsBatch) return op.refuse(Text(NW_TEXT("it changes the batch dimension")));
    std::vector<int64_t> sample;
    int64_t known = 1, inferred = -1;
    for (size_t i = 0; i < dims.size(); ++i) {
        int64_t d = static_cast<int64_t>(dims[i]);
        const Shape& seen = x->onnxShape.value_or(x->shape);
        if (d == 0 && static_cast<int>(i) < seen.rank()) d = seen[static_cast<int>(i)];
        if (d == -1)
            inferred = static_cast<int64_t>(i);
        else if (d <= 0)
            return op.refuse(
                Text(NW_TEXT("its target shape does not fit the input %1"), {x->shape.toString()}));
        else
            known *= d;
        sample.push_back(d);
    }
    if (inferred >= 0) sample[static_cast<size_t>(inferred)] = known > 0 ? x->shape.numel() / known : 0;
    Shape shape(sample);
    if (shape.empty() || shape.numel() != x->shape.numel())
        return op.refuse(Text(NW_TEXT("its target shape does not fit the input %1"), {x->shape.toString()}));
    if (shape == x->shape) {
        op.c.alias(op.output(), op.input(0));
        return {};
    }
    if (shape.rank() == 1) return op.addSimple(LayerKind::Flatten);
    return op.addSimple(LayerKind::Reshape, {{"shape", shape}});
}

Status dropout(const Op& op) {
    if (!op.layer(0)) return op.refuse(needsLayerInput());
    if (!op.otherOutputsUnused()) return op.refuse(Text(NW_TEXT("its mask output is used")));
    double rate = floatAttribute(op.node, "ratio", 0.5);
    if (op.c.opset >= 12 && op.hasInput(1)) {
        const Constant* ratio = op.constant(1);
        if (!ratio || !ratio->isScalarLike()) return op.refuse(Text(NW_TEXT("its ratio is not a constant")));
        rate = ratio->values[0];
    }
    return op.addSimple(LayerKind::Dropout, {{"rate", rate}});
}

Status add(const Op& op) {
    const Value* a = op.layer(0);
    const Value* b = op.layer(1);
    if (a && b) {
        Result<NodeId> id = op.add(LayerKind::Add, {op.input(0), op.input(1)}, {}, op.output());
        return id.ok() ? Status{} : Status{id.error()};
    }
    const Constant* constant = a ? op.constant(1) : op.constant(0);
    if ((a || b) && constant && allEqual(*constant, 0.0, 0.0)) {
        op.c.alias(op.output(), a ? op.input(0) : op.input(1));
        return {};
    }
    return op.refuse(Text(NW_TEXT("it adds a constant to a value that is not a product with a matrix")));
}

// Concat along the channels or features: pairs of inputs become a chain of Concat layers.
Status concat(const Op& op) {
    if (op.node.input_size() < 2) return op.refuse(Text(NW_TEXT("it joins fewer than two inputs")));
    const Value* first = op.layer(0);
    if (!first) return op.refuse(needsLayerInput());
    const int64_t axis = intAttribute(op.node, "axis", 1);
    if (!(axis == 1 || axis == -(first->shape.rank() + 1)))
        return op.refuse(Text(NW_TEXT("it joins along an axis other than the channels or features")));
    std::string joined = op.input(0);
    for (int i = 1; i < op.node.input_size(); ++i) {
        if (!op.layer(i)) return op.refuse(needsLayerInput());
        const std::string out =
            i + 1 == op.node.input_size() ? op.output() : op.output() + "#" + std::to_string(i);
        Result<NodeId> id = op.add(LayerKind::Concat, {joined, op.input(i)}, {}, out);
        if (!id.ok()) return id.error();
        joined = out;
    }
    return {};
}

// --- Patterns written out in elementary operators ---

// The single reader of `value` when it has type `type`.
const onnx::NodeProto* next(const Op& op, const std::string& value, const std::string& type, int* index) {
    const onnx::NodeProto* n = op.c.soleConsumer(value, index);
    return n && n->op_type() == type ? n : nullptr;
}

// The input of binary `n` other than `value`, or nullptr when neither is `value`.
const std::string* otherInput(const onnx::NodeProto& n, const std::string& value) {
    if (n.input_size() != 2) return nullptr;
    if (n.input(0) == value) return &n.input(1);
    if (n.input(1) == value) return &n.input(0);
    return nullptr;
}

// GELU as x·½(1 + erf(x/√2)): Div(x, √2) → Erf → Add 1 → Mul x → Mul ½ (PyTorch and this exporter).
bool gelu(const Op& op) {
    const std::string& x = op.input(0);
    const Constant* divisor = op.constant(1);
    if (op.node.op_type() != "Div" || !op.layer(0) || !divisor ||
        !allEqual(*divisor, std::numbers::sqrt2, 1e-4))
        return false;
    int erfIndex, addIndex, timesIndex, halfIndex;
    const onnx::NodeProto* erf = next(op, op.output(), "Erf", &erfIndex);
    const onnx::NodeProto* plus = erf ? next(op, erf->output(0), "Add", &addIndex) : nullptr;
    const std::string* one = plus ? otherInput(*plus, erf->output(0)) : nullptr;
    if (!one || !op.c.constant(*one) || !allEqual(*op.c.constant(*one), 1.0, 1e-6)) return false;
    const onnx::NodeProto* times = next(op, plus->output(0), "Mul", &timesIndex);
    const std::string* timesOther = times ? otherInput(*times, plus->output(0)) : nullptr;
    if (!timesOther || *timesOther != x) return false;
    const onnx::NodeProto* half = next(op, times->output(0), "Mul", &halfIndex);
    const std::string* halfOther = half ? otherInput(*half, times->output(0)) : nullptr;
    if (!halfOther || !op.c.constant(*halfOther) || !allEqual(*op.c.constant(*halfOther), 0.5, 1e-6))
        return false;
    if (!op.add(LayerKind::GELU, {x}, {}, half->output(0)).ok()) return false;
    for (int i : {erfIndex, addIndex, timesIndex, halfIndex}) op.c.markDone(i);
    return true;
}

// Swish (SiLU) as x·sigmoid(x): a Sigmoid read only by a Mul with its own input.
bool swish(const Op& op) {
    if (op.node.op_type() != "Sigmoid" || !op.layer(0)) return false;
    int mulIndex;
    const onnx::NodeProto* times = next(op, op.output(), "Mul", &mulIndex);
    const std::string* other = times ? otherInput(*times, op.output()) : nullptr;
    if (!other || *other != op.input(0)) return false;
    if (!op.add(LayerKind::Swish, {op.input(0)}, {}, times->output(0)).ok()) return false;
    op.c.markDone(mulIndex);
    return true;
}

// The mean over a sample's features that a written-out LayerNorm takes, starting at `n` reading `x`:
// ReduceMean over the last axis (PyTorch), or x·a·o with a = 1/D (D×1) and o = ones (1×D) (this
// exporter). Returns the value holding the mean, spread back over the features, and the nodes used.
std::optional<std::string> meanOver(const Op& op, const onnx::NodeProto& n, const std::string& x, int64_t d,
                                    std::vector<int>& used) {
    if (n.op_type() == "ReduceMean" && n.input(0) == x) {
        std::vector<int64_t> axes = intsAttribute(n, "axes");
        if (op.c.opset >= 18 && n.input_size() > 1 && op.c.constant(n.input(1)))
            axes = op.c.constant(n.input(1))->integers();
        if (axes != std::vector<int64_t>{-1} && axes != std::vector<int64_t>{1}) return std::nullopt;
        if (intAttribute(n, "keepdims", 1) != 1) return std::nullopt;
        return n.output(0);
    }
    if (n.op_type() != "MatMul" || n.input(0) != x) return std::nullopt;
    const Constant* average = op.c.constant(n.input(1));
    if (!average || average->dims != std::vector<int64_t>{d, 1} ||
        !allEqual(*average, 1.0 / static_cast<double>(d), 1e-6))
        return std::nullopt;
    int spreadIndex;
    const onnx::NodeProto* spread = next(op, n.output(0), "MatMul", &spreadIndex);
    if (!spread) return std::nullopt;
    const Constant* ones = op.c.constant(spread->input(1));
    if (!ones || ones->dims != std::vector<int64_t>{1, d} || !allEqual(*ones, 1.0, 0)) return std::nullopt;
    used.push_back(spreadIndex);
    return spread->output(0);
}

// LayerNorm written out: d = x − mean(x); v = mean(d·d or d²); (d / √(v + ε))·γ + β, optionally
// reshaped back to the shape before a Flatten (this exporter's form for images).
bool layerNormPattern(const Op& op) {
    const Value* xv = op.layer(0);
    if (!xv || xv->shape.rank() != 1) return false;
    const std::string& x = op.input(0);
    const int64_t d = xv->shape[0];
    std::vector<int> used{op.index};
    const std::optional<std::string> mean = meanOver(op, op.node, x, d, used);
    if (!mean) return false;
    int subIndex;
    const onnx::NodeProto* sub = next(op, *mean, "Sub", &subIndex);
    if (!sub || sub->input(0) != x || sub->input(1) != *mean) return false;
    used.push_back(subIndex);
    const std::string& centred = sub->output(0);
    const std::vector<int> readers = op.c.consumers(centred);
    if (readers.size() != 2 || op.c.isGraphOutput(centred)) return false;
    int squareIndex = -1, divIndex = -1;
    for (int i : readers) {
        const onnx::NodeProto& n = op.c.node(i);
        const bool square = (n.op_type() == "Mul" && n.input(0) == centred && n.input(1) == centred) ||
                            (n.op_type() == "Pow" && n.input(0) == centred && op.c.constant(n.input(1)) &&
                             allEqual(*op.c.constant(n.input(1)), 2.0, 0));
        if (square)
            squareIndex = i;
        else if (n.op_type() == "Div" && n.input(0) == centred)
            divIndex = i;
    }
    if (squareIndex < 0 || divIndex < 0) return false;
    used.push_back(squareIndex);
    const std::string& squares = op.c.node(squareIndex).output(0);
    int varianceIndex;
    const onnx::NodeProto* varianceStart = op.c.soleConsumer(squares, &varianceIndex);
    if (!varianceStart) return false;
    used.push_back(varianceIndex);
    const std::optional<std::string> variance = meanOver(op, *varianceStart, squares, d, used);
    if (!variance) return false;
    int epsIndex, sqrtIndex;
    const onnx::NodeProto* plusEps = next(op, *variance, "Add", &epsIndex);
    const std::string* epsName = plusEps ? otherInput(*plusEps, *variance) : nullptr;
    const Constant* eps = epsName ? op.c.constant(*epsName) : nullptr;
    if (!eps || !eps->isScalarLike()) return false;
    const onnx::NodeProto* root = next(op, plusEps->output(0), "Sqrt", &sqrtIndex);
    const onnx::NodeProto& div = op.c.node(divIndex);
    if (!root || div.input(1) != root->output(0)) return false;
    used.insert(used.end(), {epsIndex, sqrtIndex, divIndex});
    std::string normalised = div.output(0);
    // This exporter reshapes an image's normalised values back before scaling them.
    std::optional<Shape> restored;
    int reshapeIndex;
    if (const onnx::NodeProto* back = next(op, normalised, "Reshape", &reshapeIndex)) {
        const Constant* target = op.c.constant(back->input(1));
        if (!target || target->numel() < 2) return false;
        std::vector<int64_t> dims = target->integers();
        restored = Shape(std::vector<int64_t>(dims.begin() + 1, dims.end()));
        if (restored->numel() != d) return false;
        used.push_back(reshapeIndex);
        normalised = back->output(0);
    }
    int gammaIndex, betaIndex;
    const onnx::NodeProto* times = next(op, normalised, "Mul", &gammaIndex);
    const std::string* gammaName = times ? otherInput(*times, normalised) : nullptr;
    const onnx::NodeProto* plus = times ? next(op, times->output(0), "Add", &betaIndex) : nullptr;
    const std::string* betaName = plus ? otherInput(*plus, times->output(0)) : nullptr;
    const Constant* gamma = gammaName ? op.c.constant(*gammaName) : nullptr;
    const Constant* beta = betaName ? op.c.constant(*betaName) : nullptr;
    if (!gamma || !beta || gamma->numel() != d || beta->numel() != d) return false;
    used.insert(used.end(), {gammaIndex, betaIndex});
    // Normalise the image itself when x is a Flatten of it that only this pattern reads.
    std::string input = x;
    if (restored) {
        const Node* flattenLayer = op.c.graph.node(*xv->layer);
        const auto predecessors = op.c.graph.predecessors(*xv->layer);
        const bool onlyPattern = op.c.consumers(x).size() == 2 && !op.c.isGraphOutput(x);
        if (flattenLayer->kind == LayerKind::Flatten && predecessors.size() == 1 && onlyPattern) {
            for (int i = 0; i < op.c.nodeCount(); ++i)
                if (op.c.node(i).output_size() > 0 && op.c.node(i).output(0) == x &&
                    op.c.node(i).input_size() > 0) {
                    const Value* source = op.c.layerValue(op.c.node(i).input(0));
                    if (source && source->shape == *restored) {
                        input = op.c.node(i).input(0);
                        (void)op.c.graph.removeNode(*xv->layer);
                    }
                }
        }
    }
    Result<NodeId> id = op.add(LayerKind::LayerNorm, {input}, {{"epsilon", eps->values[0]}},
                               input == x && restored ? plus->output(0) + "#flat" : plus->output(0));
    if (!id.ok()) return false;
    op.c.weights[*id]["gamma"] = gamma->floats();
    op.c.weights[*id]["beta"] = beta->floats();
    if (input == x && restored &&
        !op.add(LayerKind::Reshape, {plus->output(0) + "#flat"}, {{"shape", *restored}}, plus->output(0))
             .ok())
        return false;
    for (int i : used) op.c.markDone(i);
    return true;
}

Status elementwise(const Op& op) {
    const std::string& type = op.node.op_type();
    if (!op.layer(0)) return op.refuse(needsLayerInput());
    if (type == "Relu") return op.addSimple(LayerKind::ReLU);
    if (type == "Sigmoid") return op.addSimple(LayerKind::Sigmoid);
    if (type == "Tanh") return op.addSimple(LayerKind::Tanh);
    if (type == "LeakyRelu")
        return op.addSimple(LayerKind::LeakyReLU, {{"alpha", floatAttribute(op.node, "alpha", 0.01)}});
    if (type == "Elu")
        return op.addSimple(LayerKind::ELU, {{"alpha", floatAttribute(op.node, "alpha", 1.0)}});
    return op.addSimple(LayerKind::Identity);
}

using Converter = std::function<Status(const Op&)>;

const std::map<std::string, Converter>& converters() {
    static const std::map<std::string, Converter> table{
        {"Gemm", gemm},
        {"MatMul", matMul},
        {"Conv", conv},
        {"MaxPool", [](const Op& op) { return pool(op, LayerKind::MaxPool2D); }},
        {"AveragePool", [](const Op& op) { return pool(op, LayerKind::AvgPool2D); }},
        {"GlobalAveragePool", globalAveragePool},
        {"BatchNormalization", batchNormalization},
        {"LayerNormalization", layerNormalization},
        {"Relu", elementwise},
        {"Sigmoid", elementwise},
        {"Tanh", elementwise},
        {"LeakyRelu", elementwise},
        {"Elu", elementwise},
        {"Identity", elementwise},
        {"Softmax", softmax},
        {"Flatten", flatten},
        {"Squeeze", squeeze},
        {"Reshape", reshape},
        {"Dropout", dropout},
        {"Add", add},
        {"Concat", concat},
    };
    return table;
}

} // namespace

std::vector<std::string> supportedOperators() {
    std::vector<std::string> ops;
    for (const auto& [name, converter] : converters()) ops.push_back(name);
    return ops;
}

Status importNode(ImportContext& context, int index) {
    const onnx::NodeProto& node = context.node(index);
    const Op op{context, index, node};
    context.markDone(index);
    if (!node.domain().empty() && node.domain() != "ai.onnx")
        return op.refuse(
            Text(NW_TEXT("it belongs to the operator set '%1', not to ONNX's own"), {node.domain()}));
    if (node.output_size() == 0) return op.refuse(Text(NW_TEXT("it has no output")));
    std::vector<const Constant*> constants;
    for (const std::string& input : node.input())
        constants.push_back(input.empty() ? nullptr : context.constant(input));
    // Shape(x) of a layer output is known: the batch is symbolic, the rest fixed.
    if (node.op_type() == "Shape" && op.layer(0)) {
        context.setConstant(op.output(), shapeOf(op.layer(0)->onnxShape.value_or(op.layer(0)->shape)));
        return {};
    }
    if (std::optional<Result<Constant>> folded = foldConstant(node, context.opset, constants)) {
        if (!folded->ok()) return folded->error();
        context.setConstant(op.output(), std::move(**folded));
        return {};
    }
    if (gelu(op) || swish(op) || layerNormPattern(op)) return {};
    const auto converter = converters().find(node.op_type());
    if (converter == converters().end())
        return op.refuse(Text(NW_TEXT("Neuroweave has no layer for the operator %1"), {node.op_type()}));
    return converter->second(op);
}

} // namespace nw::onnx_import
