#pragma once

#include "engine/layers/registry.h"

namespace nw {

// LeakyReLU: x for x > 0, alpha·x otherwise.
LayerInfo leakyReluLayerInfo();

namespace leaky_relu_attr {
inline constexpr size_t kAlpha = 0;
}

} // namespace nw
