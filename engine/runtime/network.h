#pragma once

#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"
#include "engine/layers/layer.h"
#include "engine/runtime/weights.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nw {

// A compiled graph: layers in topological order with every buffer (activations, gradients,
// parameters) allocated once for `maxBatch` samples. forward/backward allocate nothing.
class Network {
public:
    struct Step {
        NodeId node;
        LayerKind kind{};
        bool enabled = true; // false: the layer is an identity on its first input
        std::unique_ptr<Layer> layer;
        std::vector<int> inputs; // indices of earlier steps
        Tensor output;           // (N, outputShape)
        Tensor grad;             // dL/doutput
        int consumers = 0;
    };

    const Shape& inputShape() const { return m_inputShape; }
    const Shape& outputShape() const { return m_outputShape; }
    int64_t maxBatch() const { return m_maxBatch; }
    // What the final layer computes: Identity when it is disabled.
    LayerKind outputKind() const {
        return m_steps.back().enabled ? m_steps.back().kind : LayerKind::Identity;
    }

    // x:(N, inputShape) -> y:(N, outputShape), N <= maxBatch.
    const Tensor& forward(const Tensor& input, bool training);

    // The input of the final layer when that layer is a Softmax or a Sigmoid: a loss that knows the
    // activation (cross-entropy) works on these logits, which is exact and numerically stable.
    // nullptr when the final layer is something else.
    const Tensor* logits() const;

    // Back-propagates dL/dy from the last forward(). With `fromLogits`, `grad` is dL/dlogits and the
    // final activation is skipped. Fills every Param's grad.
    void backward(const Tensor& grad, bool fromLogits = false);

    std::vector<Param> params();
    int64_t paramCount() const;

    // Draws every layer's initial parameters from `seed`; each node gets its own stream, so adding a
    // node does not change the others' initial weights.
    void initialize(uint64_t seed);

    // Every enabled node's parameters and state; nodes with neither are left out.
    Weights exportWeights() const;
    // Copies saved weights in; a node or shape that does not match gives a Diagnostic and changes
    // nothing. Weights saved for a node that is now disabled are ignored.
    Status importWeights(const Weights& weights);

    // The output of a node from the last forward() (for probes and tests).
    const Tensor* activation(NodeId node) const;
    const std::vector<Step>& steps() const { return m_steps; }

private:
    friend Result<std::unique_ptr<Network>> compile(const Graph& graph, int64_t maxBatch);
    Network() = default;
    void setBatch(int64_t n);

    std::vector<Step> m_steps; // m_steps[0] is the Input node
    // Per-call argument lists, kept so a training step allocates nothing.
    std::vector<const Tensor*> m_inputs;
    std::vector<Tensor*> m_inputGrads;
    std::vector<Tensor> m_scratch;   // per step, for summing gradients of outputs read more than once
    std::vector<bool> m_gradWritten; // per step, in backward(): a reader has written its grad already
    std::vector<int> m_summed;       // backward(): the inputs of a step whose gradient went to scratch
    Shape m_inputShape;
    Shape m_outputShape;
    int64_t m_maxBatch = 0;
};

// Compiles a valid graph (analyzeGraph(graph).valid()) into a Network for batches of up to
// `maxBatch` samples. An invalid graph gives its first Diagnostic.
Result<std::unique_ptr<Network>> compile(const Graph& graph, int64_t maxBatch);

} // namespace nw
