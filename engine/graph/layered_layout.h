#pragma once

#include "engine/graph/graph.h"

#include <functional>
#include <map>

namespace nw {

struct LayoutSpacing {
    double columnStep = 240; // from one layer's left edge to the next one's: room for a shape label
    double rowGap = 40;      // between two cards of one layer
    double grid = 20;        // positions are multiples of it
};

// A layered left-to-right layout (Sugiyama-style): a node's layer is the longest path from a source,
// the order within a layer follows the barycentre of the neighbours (a few sweeps both ways), each
// layer is centred vertically on the first node's old position. `height` gives each card's height.
// Returns the top-left corner of every node.
std::map<NodeId, Point> layeredLayout(const Graph& graph, const std::function<double(NodeId)>& height,
                                      const LayoutSpacing& spacing = {});

} // namespace nw
