#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Input: where samples enter the network. Its shape attribute is the per-sample shape.
LayerInfo inputLayerInfo();

namespace input_attr {
inline constexpr size_t kShape = 0;
}

} // namespace nw
