#pragma once

#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"

#include <optional>
#include <string>

namespace nw {

// A layer to insert on `edge` so the shapes on both sides fit: the designer's one-click fix for a
// shape mismatch (a Flatten between a C×H×W output and a Dense, say).
struct BridgeFix {
    Edge edge;
    LayerKind kind{};
    Attributes attrs;
    Text description; // "Insert Flatten between 'conv_1' and 'dense_1'"
    // Set when the layer feeding the wire is a disabled one that fits once switched back on (a
    // Flatten turned off): the fix enables it instead of inserting a second one.
    std::optional<NodeId> enable;
};

// The bridge that makes the input of `consumer` fit, when one layer can do it; nullopt otherwise.
std::optional<BridgeFix> suggestBridge(const Graph& graph, const GraphAnalysis& analysis, NodeId consumer);

// Inserts the bridge: a new node halfway between the two ends, the edge rewired through it, or
// enables fix.enable. Returns the new (or enabled) node's id; on failure the graph is unchanged.
Result<NodeId> applyBridge(Graph& graph, const BridgeFix& fix);

} // namespace nw
