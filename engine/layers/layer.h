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

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace nw {

enum class LayerKind {
    Input,
    Dense,
    ReLU,
    LeakyReLU,
    Sigmoid,
    Tanh,
    Softmax,
};

// A trainable tensor and its gradient, both owned by the layer.
struct Param {
    std::string name; // "weight", "bias"
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
    virtual void backward(std::span<const Tensor* const> inputs, const Tensor& output, const Tensor& outputGrad,
                          std::span<Tensor* const> inputGrads) = 0;

    virtual std::vector<Param> params() { return {}; }

    // Draws the initial parameters; layers without parameters ignore it.
    virtual void initialize(Rng&) {}
};

} // namespace nw
