#pragma once

#include "engine/layers/registry.h"

namespace nw {

// ELU: x for x > 0, α·(eˣ - 1) otherwise.
LayerInfo eluLayerInfo();

namespace elu_attr {
inline constexpr size_t kAlpha = 0;
}

} // namespace nw
