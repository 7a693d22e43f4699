#pragma once

#include "engine/layers/registry.h"

namespace nw {

// GlobalAveragePool: the mean of each channel, (C, H, W) -> (C).
LayerInfo globalAveragePoolLayerInfo();

} // namespace nw
