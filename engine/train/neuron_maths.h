#pragma once

// The numbers behind one neuron of a Dense layer for one sample, for the designer's Maths panel: its
// inputs and weights, the weighted sum, the activation after it, the loss, the gradient of every
// weight and the update plain gradient descent makes. They come from the engine's own forward and
// backward pass on that one sample, so what the panel shows is what training computes.

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/graph/graph.h"
#include "engine/layers/layer_kind.h"
#include "engine/losses/loss_kind.h"
#include "engine/runtime/weights.h"

#include <optional>
#include <vector>

namespace nw {

struct NeuronMaths {
    std::vector<float> inputs;  // x_i, what the layer receives
    std::vector<float> weights; // w_i of this neuron
    float bias = 0;
    float z = 0; // Σ w_i·x_i + b, the layer's output for this neuron
    // The activation layer right after the Dense layer, when there is one: its kind and f(z).
    std::optional<LayerKind> activationKind;
    float activated = 0;
    double loss = 0;
    float delta = 0;              // ∂L/∂z
    std::vector<float> gradients; // ∂L/∂w_i = δ·x_i
    float biasGradient = 0;       // ∂L/∂b = δ
    double learningRate = 0;
    std::vector<float> updated; // w_i − η·∂L/∂w_i
    float updatedBias = 0;
};

// Runs `graph` with `weights` on sample `sample` of `data` (forward as in training, the loss, the
// backward pass) and reads neuron `unit` of the Dense layer `dense`. Fails when the node is not an
// enabled Dense layer, the unit or the sample is out of range, or the weights do not fit.
Result<NeuronMaths> explainNeuron(const Graph& graph, const Weights& weights, const Dataset& data,
                                  int64_t sample, NodeId dense, int64_t unit, LossKind lossKind,
                                  double learningRate);

} // namespace nw
