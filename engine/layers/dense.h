#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Dense (fully connected): y = xW + b over flat samples.
LayerInfo denseLayerInfo();

namespace dense_attr {
inline constexpr size_t kUnits = 0;
inline constexpr size_t kUseBias = 1;
inline constexpr size_t kInitializer = 2;
} // namespace dense_attr

} // namespace nw
