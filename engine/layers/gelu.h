#pragma once

#include "engine/layers/registry.h"

namespace nw {

// GELU: x·Φ(x), Φ the standard normal CDF.
LayerInfo geluLayerInfo();

} // namespace nw
