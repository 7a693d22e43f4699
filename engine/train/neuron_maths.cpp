#include "engine/train/neuron_maths.h"

#include "engine/layers/registry.h"
#include "engine/losses/loss.h"
#include "engine/runtime/network.h"

#include <algorithm>

namespace nw {
namespace {

Diagnostic mathsError(Text message) { return Diagnostic{DiagCode::JsonValue, std::move(message)}; }

// The palette's Activation family: what follows a Dense layer to make its neurons' outputs.
bool isActivation(LayerKind kind) {
    return layerRegistry().info(kind).category == PaletteCategory::Activation;
}

} // namespace

Result<NeuronMaths> explainNeuron(const Graph& graph, const Weights& weights, const Dataset& data,
                                  int64_t sample, NodeId dense, int64_t unit, LossKind lossKind,
                                  double learningRate) {
    const Node* node = graph.node(dense);
    if (!node || node->kind != LayerKind::Dense || !node->enabled)
        return mathsError(Text(NW_TEXT("The maths are shown for an enabled Dense layer")));
    if (sample < 0 || sample >= data.size())
        return mathsError(Text(NW_TEXT("There is no sample %1"), {sample}));
    Result<std::unique_ptr<Network>> compiled = compile(graph, 1);
    if (!compiled.ok()) return compiled.error();
    Network& network = **compiled;
    if (Status imported = network.importWeights(weights); !imported.ok()) return imported.error();

    Tensor features(data.sampleShape().withBatch(1));
    Tensor targets(Shape{1, data.targetWidth()});
    const int64_t index[] = {sample};
    gatherBatch(data, index, features, targets);
    features.setSampleShape(network.inputShape());
    // As a training step computes it: the same loss on the same (fused) output, then backward.
    const Tensor& out = network.forward(features, true);
    std::unique_ptr<Loss> loss = makeLoss(lossKind, false);
    const bool fromLogits = network.logits() && loss->fusedActivation() == network.outputKind();
    if (fromLogits) loss = makeLoss(lossKind, true);
    const Tensor& lossInput = fromLogits ? *network.logits() : out;
    Tensor lossGrad(lossInput.shape());
    NeuronMaths maths;
    maths.loss = loss->compute(lossInput, targets, lossGrad);
    network.backward(lossGrad, fromLogits);

    const auto& steps = network.steps();
    const auto at =
        std::find_if(steps.begin(), steps.end(), [&](const Network::Step& s) { return s.node == dense; });
    if (at == steps.end() || at->inputs.empty())
        return mathsError(Text(NW_TEXT("The Dense layer is not part of the network")));
    const Tensor& x = steps[static_cast<size_t>(at->inputs.front())].output;
    const std::vector<Param> params = at->layer->params();
    const Tensor& w = *params[0].value;
    const int64_t in = w.shape()[0], units = w.shape()[1];
    if (unit < 0 || unit >= units)
        return mathsError(Text(NW_TEXT("The layer has %1 neurons, not a neuron %2"), {units, unit + 1}));
    const Tensor* b = params.size() > 1 ? params[1].value : nullptr;
    const Tensor* bGrad = params.size() > 1 ? params[1].grad : nullptr;
    for (int64_t i = 0; i < in; ++i) {
        maths.inputs.push_back(x.data()[i]);
        maths.weights.push_back(w.data()[i * units + unit]);
        maths.gradients.push_back(params[0].grad->data()[i * units + unit]);
    }
    maths.bias = b ? b->data()[unit] : 0.0f;
    maths.z = at->output.data()[unit];
    maths.delta = at->grad.data()[unit];
    maths.biasGradient = bGrad ? bGrad->data()[unit] : 0.0f;
    // The activation right after, when the Dense layer feeds exactly one and it is one.
    const std::vector<Edge> consumers = graph.edgesFrom(dense);
    if (consumers.size() == 1)
        if (const Node* next = graph.node(consumers.front().to.node);
            next && next->enabled && isActivation(next->kind)) {
            const auto nextStep = std::find_if(steps.begin(), steps.end(),
                                               [&](const Network::Step& s) { return s.node == next->id; });
            if (nextStep != steps.end()) {
                maths.activationKind = next->kind;
                maths.activated = nextStep->output.data()[unit];
            }
        }
    maths.learningRate = learningRate;
    for (int64_t i = 0; i < in; ++i)
        maths.updated.push_back(static_cast<float>(maths.weights[static_cast<size_t>(i)] -
                                                   learningRate * maths.gradients[static_cast<size_t>(i)]));
    maths.updatedBias = static_cast<float>(maths.bias - learningRate * maths.biasGradient);
    return maths;
}

} // namespace nw
