#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Swish (SiLU): x·σ(x).
LayerInfo swishLayerInfo();

} // namespace nw
