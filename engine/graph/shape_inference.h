#pragma once

#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace nw {

// What shape inference knows about one node.
struct NodeAnalysis {
    std::optional<Shape> output; // per sample; empty when it could not be inferred
    int64_t params = 0;
    int64_t flops = 0; // forward, per sample
    std::vector<Diagnostic> diagnostics;
};

// The annotated graph: every node's output shape, parameter count and FLOPs, or the diagnostics
// that explain why not. Recomputed after every edit; cheap.
struct GraphAnalysis {
    std::map<NodeId, NodeAnalysis> nodes;
    std::vector<Diagnostic> diagnostics; // every node's, then the graph-level ones
    std::optional<NodeId> input;         // the single Input node, when there is exactly one
    std::optional<NodeId> output;        // the single node nobody reads, when there is exactly one
    int64_t totalParams = 0;
    int64_t totalFlops = 0;

    bool valid() const { return diagnostics.empty(); }
    const NodeAnalysis* node(NodeId id) const;
};

GraphAnalysis analyzeGraph(const Graph& graph);

// The output shape of one node if its inputs were `inputShapes`, without touching the graph.
Result<Shape> inferNodeShape(const Node& node, std::span<const Shape> inputShapes);

// Whether a new layer of `kind`, with its default attributes, takes `shape` on each of its inputs:
// what a wire dropped on empty canvas could feed without a bridge. False for Input, which has none.
bool takesShape(LayerKind kind, const Shape& shape);

} // namespace nw
