#include "engine/graph/graph.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <algorithm>
#include <map>
#include <queue>

namespace nw {
namespace {

std::string lowerCase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

NodeId Graph::addNode(LayerKind kind, std::string name, Point position) {
    Node n;
    n.id = NodeId{m_nextId++};
    n.kind = kind;
    n.name = name.empty() || findByName(name) ? uniqueName(kind) : std::move(name);
    n.attrs = defaultAttributes(layerRegistry().info(kind).attrs);
    n.position = position;
    m_nodes.push_back(std::move(n));
    return m_nodes.back().id;
}

Status Graph::insertNode(Node n) {
    if (!n.id.valid())
        return Diagnostic{DiagCode::UnknownNode, Text(NW_TEXT("A node id must be a positive number"))};
    if (node(n.id))
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("Node id %1 is used twice"), {static_cast<int64_t>(n.id.value)}),
                          n.id};
    if (n.name.empty())
        return Diagnostic{DiagCode::InvalidAttribute, Text(NW_TEXT("A node needs a name")), n.id};
    if (findByName(n.name))
        return Diagnostic{DiagCode::InvalidAttribute,
                          Text(NW_TEXT("The name '%1' is used by another node"), {n.name}), n.id};
    if (!n.enabled && n.kind == LayerKind::Input)
        return Diagnostic{DiagCode::InvalidAttribute,
                          Text(NW_TEXT("The Input layer '%1' cannot be disabled"), {n.name}), n.id};
    const LayerInfo& info = layerRegistry().info(n.kind);
    if (n.attrs.size() != info.attrs.size())
        return Diagnostic{
            DiagCode::InvalidAttribute,
            Text(NW_TEXT("%1 has %2 attributes, got %3"), {info.name, info.attrs.size(), n.attrs.size()}),
            n.id};
    for (size_t i = 0; i < info.attrs.size(); ++i)
        if (Text why = checkAttributeText(info.attrs[i], n.attrs[i]); !why.empty())
            return Diagnostic{DiagCode::AttributeRange,
                              Text(NW_TEXT("%1 '%2': %3"), {info.name, n.name, why}), n.id};
    m_nextId = std::max(m_nextId, n.id.value + 1);
    const auto at = std::lower_bound(m_nodes.begin(), m_nodes.end(), n.id,
                                     [](const Node& a, NodeId id) { return a.id < id; });
    m_nodes.insert(at, std::move(n));
    return {};
}

Status Graph::removeNode(NodeId id) {
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(), [&](const Node& n) { return n.id == id; });
    if (it == m_nodes.end())
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(id.value)}), id};
    m_nodes.erase(it);
    std::erase_if(m_edges, [&](const Edge& e) { return e.from.node == id || e.to.node == id; });
    return {};
}

Status Graph::canConnect(const Edge& edge, ShapeCheck check) const {
    const Node* from = node(edge.from.node);
    const Node* to = node(edge.to.node);
    if (!from || !to) {
        const NodeId missing = from ? edge.to.node : edge.from.node;
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(missing.value)}),
                          missing};
    }
    const LayerInfo& fromInfo = layerRegistry().info(from->kind);
    const LayerInfo& toInfo = layerRegistry().info(to->kind);
    if (edge.from.port != 0)
        return Diagnostic{
            DiagCode::PortOutOfRange,
            Text(NW_TEXT("%1 '%2' has 1 output, not port %3"), {fromInfo.name, from->name, edge.from.port}),
            from->id};
    const int inputs = static_cast<int>(toInfo.inputPorts.size());
    if (edge.to.port < 0 || edge.to.port >= inputs)
        return Diagnostic{DiagCode::PortOutOfRange,
                          inputs == 1
                              ? Text(NW_TEXT("%1 '%2' has %3 input, so input port %4 does not exist"),
                                     {toInfo.name, to->name, inputs, edge.to.port})
                              : Text(NW_TEXT("%1 '%2' has %3 inputs, so input port %4 does not exist"),
                                     {toInfo.name, to->name, inputs, edge.to.port}),
                          to->id};
    if (from->id == to->id)
        return Diagnostic{DiagCode::SelfLoop, Text(NW_TEXT("A layer cannot feed itself: '%1'"), {to->name}),
                          to->id};
    if (std::find(m_edges.begin(), m_edges.end(), edge) != m_edges.end())
        return Diagnostic{DiagCode::DuplicateEdge, Text(NW_TEXT("These ports are already connected")),
                          to->id};
    if (const auto existing = edgeInto(edge.to)) {
        const Node* feeder = node(existing->from.node);
        return Diagnostic{DiagCode::InputAlreadyConnected,
                          Text(NW_TEXT("Input %1 of '%2' is already fed by '%3': disconnect it first"),
                               {edge.to.port, to->name, feeder->name}),
                          to->id};
    }
    if (reaches(to->id, from->id))
        return Diagnostic{DiagCode::Cycle,
                          Text(NW_TEXT("Connecting '%1' to '%2' would make a cycle: '%2' already feeds '%1'"),
                               {from->name, to->name}),
                          to->id};

    if (check == ShapeCheck::Skip) return {};
    // Shapes: when the source's shape and the target's other inputs are known, the target must accept them.
    const GraphAnalysis analysis = analyzeGraph(*this);
    const NodeAnalysis* source = analysis.node(from->id);
    if (!source || !source->output) return {};
    std::vector<Shape> shapes(static_cast<size_t>(inputs));
    for (int port = 0; port < inputs; ++port) {
        if (port == edge.to.port) {
            shapes[static_cast<size_t>(port)] = *source->output;
            continue;
        }
        const auto other = edgeInto(PortRef{to->id, port});
        const NodeAnalysis* otherSource = other ? analysis.node(other->from.node) : nullptr;
        if (!otherSource || !otherSource->output) return {};
        shapes[static_cast<size_t>(port)] = *otherSource->output;
    }
    if (Result<Shape> out = inferNodeShape(*to, shapes); !out.ok()) {
        Diagnostic d = out.error();
        const TextArg why = d.text.empty() ? TextArg(d.message) : TextArg(d.text);
        d.text = Text(NW_TEXT("'%1' outputs %2, which %3 '%4' cannot take. %5"),
                      {from->name, source->output->toString(), toInfo.name, to->name, why});
        d.message = d.text.english();
        d.node = to->id;
        return d;
    }
    return {};
}

Status Graph::connect(const Edge& edge, ShapeCheck check) {
    if (Status s = canConnect(edge, check); !s.ok()) return s;
    m_edges.insert(std::lower_bound(m_edges.begin(), m_edges.end(), edge), edge);
    return {};
}

Status Graph::disconnect(const Edge& edge) {
    const auto it = std::find(m_edges.begin(), m_edges.end(), edge);
    if (it == m_edges.end())
        return Diagnostic{DiagCode::UnknownNode, Text(NW_TEXT("These ports are not connected")),
                          edge.to.node};
    m_edges.erase(it);
    return {};
}

Status Graph::setAttribute(NodeId id, std::string_view attrName, const AttrValue& value) {
    Node* n = mutableNode(id);
    if (!n)
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(id.value)}), id};
    const LayerInfo& info = layerRegistry().info(n->kind);
    const int index = info.attrIndex(attrName);
    if (index < 0)
        return Diagnostic{DiagCode::UnknownAttribute,
                          Text(NW_TEXT("%1 has no attribute '%2'"), {info.name, std::string(attrName)}), id};
    const AttrSpec& spec = info.attrs[static_cast<size_t>(index)];
    if (Text why = checkAttributeText(spec, value); !why.empty())
        return Diagnostic{DiagCode::AttributeRange, Text(NW_TEXT("%1 '%2': %3"), {info.name, n->name, why}),
                          id};
    n->attrs[static_cast<size_t>(index)] = value;
    return {};
}

Status Graph::rename(NodeId id, std::string newName) {
    Node* n = mutableNode(id);
    if (!n)
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(id.value)}), id};
    if (newName.empty())
        return Diagnostic{DiagCode::InvalidAttribute, Text(NW_TEXT("A node needs a name")), id};
    if (const Node* other = findByName(newName); other && other->id != id)
        return Diagnostic{DiagCode::InvalidAttribute,
                          Text(NW_TEXT("The name '%1' is used by another node"), {newName}), id};
    n->name = std::move(newName);
    return {};
}

Status Graph::setPosition(NodeId id, Point position) {
    Node* n = mutableNode(id);
    if (!n)
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(id.value)}), id};
    n->position = position;
    return {};
}

Status Graph::setEnabled(NodeId id, bool enabled) {
    Node* n = mutableNode(id);
    if (!n)
        return Diagnostic{DiagCode::UnknownNode,
                          Text(NW_TEXT("There is no node %1"), {static_cast<int64_t>(id.value)}), id};
    if (!enabled && n->kind == LayerKind::Input)
        return Diagnostic{DiagCode::InvalidAttribute,
                          Text(NW_TEXT("The Input layer '%1' cannot be disabled"), {n->name}), id};
    n->enabled = enabled;
    return {};
}

const Node* Graph::node(NodeId id) const {
    const auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), id,
                                     [](const Node& a, NodeId key) { return a.id < key; });
    return it != m_nodes.end() && it->id == id ? &*it : nullptr;
}

Node* Graph::mutableNode(NodeId id) { return const_cast<Node*>(node(id)); }

const Node* Graph::findByName(std::string_view nodeName) const {
    for (const Node& n : m_nodes)
        if (n.name == nodeName) return &n;
    return nullptr;
}

std::optional<Edge> Graph::edgeInto(PortRef input) const {
    for (const Edge& e : m_edges)
        if (e.to == input) return e;
    return std::nullopt;
}

std::vector<Edge> Graph::edgesFrom(NodeId id) const {
    std::vector<Edge> out;
    for (const Edge& e : m_edges)
        if (e.from.node == id) out.push_back(e);
    return out;
}

std::vector<NodeId> Graph::predecessors(NodeId id) const {
    std::vector<Edge> in;
    for (const Edge& e : m_edges)
        if (e.to.node == id) in.push_back(e);
    std::sort(in.begin(), in.end(), [](const Edge& a, const Edge& b) { return a.to.port < b.to.port; });
    std::vector<NodeId> out;
    for (const Edge& e : in) out.push_back(e.from.node);
    return out;
}

std::vector<NodeId> Graph::topologicalOrder() const {
    std::map<NodeId, int> indegree;
    for (const Node& n : m_nodes) indegree[n.id] = 0;
    for (const Edge& e : m_edges) ++indegree[e.to.node];
    std::priority_queue<NodeId, std::vector<NodeId>, std::greater<>> ready;
    for (const auto& [id, degree] : indegree)
        if (degree == 0) ready.push(id);
    std::vector<NodeId> order;
    while (!ready.empty()) {
        const NodeId id = ready.top();
        ready.pop();
        order.push_back(id);
        for (const Edge& e : m_edges)
            if (e.from.node == id && --indegree[e.to.node] == 0) ready.push(e.to.node);
    }
    return order;
}

bool Graph::reaches(NodeId from, NodeId to) const {
    std::vector<NodeId> stack{from};
    std::vector<NodeId> seen;
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        if (id == to) return true;
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        for (const Edge& e : m_edges)
            if (e.from.node == id) stack.push_back(e.to.node);
    }
    return false;
}

std::string Graph::uniqueName(LayerKind kind) const {
    const std::string base = lowerCase(layerRegistry().info(kind).name);
    for (int i = 1;; ++i) {
        std::string candidate = base + "_" + std::to_string(i);
        if (!findByName(candidate)) return candidate;
    }
}

bool Graph::operator==(const Graph& other) const {
    return m_nodes == other.m_nodes && m_edges == other.m_edges;
}

} // namespace nw
