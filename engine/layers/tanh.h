#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Tanh: squashing to (-1, 1).
LayerInfo tanhLayerInfo();

} // namespace nw
