#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Flatten: any per-sample shape -> its values in one row, (C, H, W) -> (C·H·W).
LayerInfo flattenLayerInfo();

} // namespace nw
