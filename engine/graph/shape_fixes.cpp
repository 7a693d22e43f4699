#include "engine/graph/shape_fixes.h"

#include "engine/layers/registry.h"
#include "engine/layers/reshape.h"

#include <cmath>

namespace nw {
namespace {

struct Candidate {
    LayerKind kind;
    Attributes attrs;
};

// An image shape (C, s, s) for `size` values with C = 1 (grey) or 3 (colour), when one exists.
std::optional<Shape> squareImage(int64_t size) {
    for (int64_t channels : {1, 3}) {
        if (size % channels) continue;
        const auto side = static_cast<int64_t>(std::llround(std::sqrt(static_cast<double>(size / channels))));
        if (side * side * channels == size) return Shape{channels, side, side};
    }
    return std::nullopt;
}

// The single layers that could turn `shape` into something another layer accepts: Flatten for
// anything with more than one dimension, Reshape to an image for flat or 2-D data.
std::vector<Candidate> candidatesFor(const Shape& shape) {
    std::vector<Candidate> out;
    if (shape.rank() > 1) out.push_back({LayerKind::Flatten, {}});
    std::optional<Shape> image;
    if (shape.rank() == 1) image = squareImage(shape[0]);
    if (shape.rank() == 2) image = Shape{1, shape[0], shape[1]};
    if (image) {
        Attributes attrs = defaultAttributes(layerRegistry().info(LayerKind::Reshape).attrs);
        attrs[reshape_attr::kShape] = *image;
        out.push_back({LayerKind::Reshape, std::move(attrs)});
    }
    return out;
}

Text describeFix(const Graph& graph, const Edge& edge, const Candidate& c, const Shape& bridged) {
    const LayerInfo& info = layerRegistry().info(c.kind);
    const std::string& from = graph.node(edge.from.node)->name;
    const std::string& to = graph.node(edge.to.node)->name;
    if (c.kind == LayerKind::Reshape)
        return Text(NW_TEXT("Insert %1 to %2 between '%3' and '%4'"),
                    {info.name, bridged.toString(), from, to});
    return Text(NW_TEXT("Insert %1 between '%2' and '%3'"), {info.name, from, to});
}

// What the disabled `node` would give if it were enabled, its inputs as they are.
std::optional<Shape> outputIfEnabled(const Graph& graph, const GraphAnalysis& analysis, const Node& node) {
    const int ports = static_cast<int>(layerRegistry().info(node.kind).inputPorts.size());
    std::vector<Shape> inputs;
    for (int port = 0; port < ports; ++port) {
        const auto edge = graph.edgeInto(PortRef{node.id, port});
        const NodeAnalysis* source = edge ? analysis.node(edge->from.node) : nullptr;
        if (!source || !source->output) return std::nullopt;
        inputs.push_back(*source->output);
    }
    Node enabled = node;
    enabled.enabled = true;
    Result<Shape> output = inferNodeShape(enabled, inputs);
    return output.ok() ? std::optional<Shape>(output.value()) : std::nullopt;
}

} // namespace

std::optional<BridgeFix> suggestBridge(const Graph& graph, const GraphAnalysis& analysis, NodeId consumer) {
    const Node* node = graph.node(consumer);
    if (!node) return std::nullopt;
    const int ports = static_cast<int>(layerRegistry().info(node->kind).inputPorts.size());
    std::vector<Shape> shapes;
    std::vector<Edge> edges;
    for (int port = 0; port < ports; ++port) {
        const auto edge = graph.edgeInto(PortRef{consumer, port});
        const NodeAnalysis* source = edge ? analysis.node(edge->from.node) : nullptr;
        if (!source || !source->output) return std::nullopt; // a missing input is not a shape problem
        shapes.push_back(*source->output);
        edges.push_back(*edge);
    }
    if (inferNodeShape(*node, shapes).ok()) return std::nullopt; // nothing to fix
    // A disabled layer on a wire (a Flatten switched off) that fits once on again: switch it on.
    for (size_t port = 0; port < shapes.size(); ++port) {
        const Node* source = graph.node(edges[port].from.node);
        if (!source || source->enabled) continue;
        std::optional<Shape> enabledOutput = outputIfEnabled(graph, analysis, *source);
        if (!enabledOutput) continue;
        std::vector<Shape> trial = shapes;
        trial[port] = *enabledOutput;
        if (!inferNodeShape(*node, trial).ok()) continue;
        return BridgeFix{
            edges[port], source->kind, {}, Text(NW_TEXT("Enable '%1'"), {source->name}), source->id};
    }
    // The last input first: of a merge's inputs, the later one is usually the branch just wired.
    for (size_t port = shapes.size(); port-- > 0;)
        for (Candidate& c : candidatesFor(shapes[port])) {
            const LayerInfo& info = layerRegistry().info(c.kind);
            const Shape input[] = {shapes[port]};
            const Result<Shape> bridged = info.inferShape(LayerSignature{c.attrs, input});
            if (!bridged.ok()) continue;
            std::vector<Shape> trial = shapes;
            trial[port] = bridged.value();
            if (!inferNodeShape(*node, trial).ok()) continue;
            Text description = describeFix(graph, edges[port], c, bridged.value());
            return BridgeFix{edges[port], c.kind, std::move(c.attrs), std::move(description)};
        }
    return std::nullopt;
}

Result<NodeId> applyBridge(Graph& graph, const BridgeFix& fix) {
    const Node* from = graph.node(fix.edge.from.node);
    const Node* to = graph.node(fix.edge.to.node);
    if (!from || !to)
        return Diagnostic{DiagCode::UnknownNode, Text(NW_TEXT("The wire to fix no longer exists"))};
    if (fix.enable) {
        if (Status s = graph.setEnabled(*fix.enable, true); !s.ok()) return s.error();
        return *fix.enable;
    }
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
