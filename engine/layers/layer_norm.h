#pragma once

#include "engine/layers/registry.h"

namespace nw {

// LayerNorm: normalises each sample over all its values, then scales and shifts element-wise.
LayerInfo layerNormLayerInfo();

namespace layer_norm_attr {
inline constexpr size_t kEpsilon = 0;
}

} // namespace nw
