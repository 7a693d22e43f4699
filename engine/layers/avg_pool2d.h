#pragma once

#include "engine/layers/registry.h"

namespace nw {

// AvgPool2D: the mean of each window, channel by channel. Attributes: pool_attr (spatial.h).
LayerInfo avgPool2dLayerInfo();

} // namespace nw
