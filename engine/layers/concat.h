#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Concat: two inputs joined along channels (C×H×W) or features (flat); the other dimensions must match.
LayerInfo concatLayerInfo();

} // namespace nw
