#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Add: the element-wise sum of two inputs of the same shape (residual connections).
LayerInfo addLayerInfo();

} // namespace nw
