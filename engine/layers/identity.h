#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Identity (Linear): y = x.
LayerInfo identityLayerInfo();

} // namespace nw
