#pragma once

#include "engine/layers/registry.h"

namespace nw {

// BatchNorm: normalises each feature (flat input) or channel (C×H×W input) with the batch's statistics in
// training and the running ones at inference, then scales and shifts.
LayerInfo batchNormLayerInfo();

namespace batch_norm_attr {
inline constexpr size_t kMomentum = 0;
inline constexpr size_t kEpsilon = 1;
} // namespace batch_norm_attr

} // namespace nw
