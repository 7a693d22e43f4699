#include "engine/graph/shape_fixes.h"

#include "engine/layers/registry.h"

namespace nw {

std::optional<BridgeFix> suggestBridge(const Graph&, const GraphAnalysis&, NodeId) {
    // No reshaping layer kind is registered yet, so no mismatch has a one-layer bridge.
    return std::nullopt;
}

Result<NodeId> applyBridge(Graph& graph, const BridgeFix& fix) {
    const Node* from = graph.node(fix.edge.from.node);
    const Node* to = graph.node(fix.edge.to.node);
    if (!from || !to) return Diagnostic{DiagCode::UnknownNode, "The wire to fix no longer exists"};
    const Point middle{(from->position.x + to->position.x) / 2, (from->position.y + to->position.y) / 2};
    Graph edited = graph;
    const bool wired = graph.edgeInto(fix.edge.to) == fix.edge;
    if (wired)
        if (Status s = edited.disconnect(fix.edge); !s.ok()) return s.error();
    const NodeId bridge = edited.addNode(fix.kind, {}, middle);
    for (size_t i = 0; i < fix.attrs.size(); ++i) {
        const std::string& attrName = layerRegistry().info(fix.kind).attrs[i].name;
        if (Status s = edited.setAttribute(bridge, attrName, fix.attrs[i]); !s.ok()) return s.error();
    }
    if (Status s = edited.connect(Edge{fix.edge.from, PortRef{bridge, 0}}); !s.ok()) return s.error();
    if (Status s = edited.connect(Edge{PortRef{bridge, 0}, fix.edge.to}); !s.ok()) return s.error();
    graph = std::move(edited);
    return bridge;
}

} // namespace nw
