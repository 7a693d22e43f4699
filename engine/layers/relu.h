#pragma once

#include "engine/layers/registry.h"

namespace nw {

// ReLU: max(0, x).
LayerInfo reluLayerInfo();

} // namespace nw
