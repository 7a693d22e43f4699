#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Conv2D: a bank of learned filters slid over a channels-first image.
LayerInfo conv2dLayerInfo();

namespace conv2d_attr {
inline constexpr size_t kFilters = 0;
inline constexpr size_t kKernel = 1;
inline constexpr size_t kStride = 2;
inline constexpr size_t kPadding = 3;
inline constexpr size_t kDilation = 4;
inline constexpr size_t kUseBias = 5;
inline constexpr size_t kInitializer = 6;
} // namespace conv2d_attr

} // namespace nw
