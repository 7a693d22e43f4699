#pragma once

// Trained values by node, apart from the Network (network.h) that exports and imports them: the
// project file and the exports hold weights without pulling in the runtime.

#include "engine/core/ids.h"
#include "engine/core/tensor.h"

#include <string>
#include <vector>

namespace nw {

// The trained values of one node's parameters, in the order its Layer::params() lists them, followed
// by its state (Layer::state(): BatchNorm's running statistics), which is saved and restored the same
// way but never trained.
struct NodeWeights {
    NodeId node;
    std::vector<std::string> names;
    std::vector<Tensor> values;
    bool operator==(const NodeWeights&) const = default;
};
using Weights = std::vector<NodeWeights>; // ordered by node id

} // namespace nw
