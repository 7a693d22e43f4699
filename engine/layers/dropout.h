#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Dropout: in training zeroes each value with probability rate and scales the rest by 1/(1-rate); identity at
// inference.
LayerInfo dropoutLayerInfo();

namespace dropout_attr {
inline constexpr size_t kRate = 0;
}

} // namespace nw
