#pragma once

// The contract every layer kind fulfils, written once.
//
// A layer kind is described to the rest of the program by a LayerInfo (registry.h): its ports,
// attribute schema, shape rule, parameter and FLOP counts, description and formula. The runtime
// object below does the arithmetic for one node of a compiled Network.
//
// Tensors passed to forward/backward put the batch first: x:(N, ...inputShape) -> y:(N, ...outputShape).
// The Network allocates every buffer once, at the largest batch; N may be smaller for the last batch.

#include "engine/core/rng.h"
#include "engine/core/tensor.h"
#include "engine/layers/layer_kind.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace nw {

// A trainable tensor and its gradient, both owned by the layer. Also used for a layer's state
// (see Layer::state()), which has no gradient: grad is then null.
struct Param {
    std::string name; // "weight", "bias", "running_mean"
    Tensor* value = nullptr;
    Tensor* grad = nullptr;
};

class Layer {
public:
    virtual ~Layer() = default;

    // y = f(x). `training` selects training behaviour where a layer has one (dropout, batch norm).
    virtual void forward(std::span<const Tensor* const> inputs, Tensor& output, bool training) = 0;

    // Given dL/dy, writes dL/dx into `inputGrads` (overwriting them; an entry may be null when that
    // input needs no gradient) and dL/dparams into the Params' grads (overwriting them).
    // `inputs` and `output` are the values of the matching forward() call.
    virtual void backward(std::span<const Tensor* const> inputs, const Tensor& output,
                          const Tensor& outputGrad, std::span<Tensor* const> inputGrads) = 0;

    // The trainable tensors: the optimizer updates these.
    virtual std::vector<Param> params() { return {}; }

    // Learned tensors that are not trained by gradient (BatchNorm's running mean and variance): saved
    // and restored with the weights, after the params, but never touched by an optimizer. grad is null.
    virtual std::vector<Param> state() { return {}; }

    // Draws the initial parameters and resets the state; layers without either ignore it. A layer
    // that draws random numbers in training (Dropout) also seeds its stream from `rng` here.
    virtual void initialize(Rng&) {}

    // Restarts the random stream of a layer that draws random numbers in training, so the same seed
    // replays the same draws (Dropout's masks). Other layers ignore it.
    virtual void reseed(uint64_t) {}
};

} // namespace nw
