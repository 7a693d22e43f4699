#pragma once

#include "engine/layers/layer.h"

namespace nw {

// L2 regularisation as PyTorch's weight_decay: g += λ·w, applied to weights but not to biases, so a
// bias is free to shift its neuron.
inline auto effectiveGradient(const Param& p, float weightDecay) {
    const float lambda = p.name == "bias" ? 0.0f : weightDecay;
    return p.grad->flat().array() + lambda * p.value->flat().array();
}

} // namespace nw
