#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Reshape: the same values under another per-sample shape of the same size.
LayerInfo reshapeLayerInfo();

namespace reshape_attr {
inline constexpr size_t kShape = 0;
}

} // namespace nw
