#pragma once

#include "engine/layers/registry.h"

namespace nw {

// Softmax: turns a flat vector of scores into probabilities that sum to 1.
LayerInfo softmaxLayerInfo();

} // namespace nw
