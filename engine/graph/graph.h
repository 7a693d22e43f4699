#pragma once

#include "engine/core/diagnostic.h"
#include "engine/core/ids.h"
#include "engine/layers/attributes.h"
#include "engine/layers/layer_kind.h"

#include <optional>
#include <string>
#include <vector>

namespace nw {

// Where a node sits on the canvas, in scene units. The engine keeps it so one file holds everything.
struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

struct Node {
    NodeId id;
    LayerKind kind{};
    std::string name; // unique within the graph: "dense_1"
    Attributes attrs; // one value per AttrSpec of the kind, in schema order
    Point position;
    // A disabled node stays on the canvas but passes its first input through unchanged, so a layer
    // can be switched off without rewiring.
    bool enabled = true;
    bool operator==(const Node&) const = default;
};

// The one source of truth for a network: nodes and the wires between their ports. Every edit goes
// through a method that keeps the graph a valid DAG (each input fed at most once, no cycle) or
// returns a Diagnostic saying why not. Shapes are not stored here: see analyzeGraph().
class Graph {
public:
    // Adds a node with the kind's default attributes. An empty name becomes "<kind>_<n>".
    NodeId addNode(LayerKind kind, std::string name = {}, Point position = {});
    // Adds a node exactly as given (id included): for loaders and undo. Fails if the id or name is taken.
    Status insertNode(Node node);
    // Removes the node and every edge touching it.
    Status removeNode(NodeId id);

    // Whether canConnect() also refuses shapes that do not fit. Edits check them. A loader skips
    // them: a saved graph may hold a mismatch the editor allowed (an Input reshaped after it was
    // wired), which analyzeGraph() reports, and refusing the edge would make the file unopenable.
    enum class ShapeCheck { Check, Skip };

    // Why `edge` cannot be added, or success: unknown node, port out of range, input already fed,
    // self loop, cycle, duplicate, or shapes that do not fit (with the numbers).
    Status canConnect(const Edge& edge, ShapeCheck check = ShapeCheck::Check) const;
    Status connect(const Edge& edge, ShapeCheck check = ShapeCheck::Check);
    Status disconnect(const Edge& edge);

    Status setAttribute(NodeId id, std::string_view attrName, const AttrValue& value);
    Status rename(NodeId id, std::string name);
    Status setPosition(NodeId id, Point position);
    Status setEnabled(NodeId id, bool enabled);

    const Node* node(NodeId id) const;
    const Node* findByName(std::string_view nodeName) const;
    const std::vector<Node>& nodes() const { return m_nodes; } // ordered by id
    const std::vector<Edge>& edges() const { return m_edges; } // ordered
    // The edge feeding an input port, if any.
    std::optional<Edge> edgeInto(PortRef input) const;
    std::vector<Edge> edgesFrom(NodeId id) const;
    // Nodes whose output is read by `id`, in input-port order.
    std::vector<NodeId> predecessors(NodeId id) const;

    // Every node, each after all the nodes it reads from; ties broken by id, so the order is stable.
    std::vector<NodeId> topologicalOrder() const;
    // Whether `to` can be reached from `from` by following edges forward.
    bool reaches(NodeId from, NodeId to) const;

    // The id the next addNode() will use.
    NodeId nextId() const { return NodeId{m_nextId}; }

    bool operator==(const Graph& other) const;

private:
    Node* mutableNode(NodeId id);
    std::string uniqueName(LayerKind kind) const;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    uint32_t m_nextId = 1;
};

} // namespace nw
