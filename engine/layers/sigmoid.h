#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Sigmoid: 1 / (1 + e^-x), squashing to (0, 1).
LayerInfo sigmoidLayerInfo();

} // namespace nw
