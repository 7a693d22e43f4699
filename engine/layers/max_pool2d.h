#pragma once

#include "engine/layers/registry.h"

namespace nw {

// MaxPool2D: the largest value of each window, channel by channel. Attributes: pool_attr (spatial.h).
LayerInfo maxPool2dLayerInfo();

} // namespace nw
