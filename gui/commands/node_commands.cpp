#include "gui/commands/node_commands.h"

#include "gui/document/graph_document.h"

#include <algorithm>

namespace nw::gui {

void GraphCommand::finish() { m_document->finishEdit(); }

AddNodesCommand::AddNodesCommand(GraphDocument* document, const QString& text, std::vector<nw::Node> nodes,
                                 std::vector<nw::Edge> edges, QUndoCommand* parent)
    : GraphCommand(document, text, parent), m_nodes(std::move(nodes)), m_edges(std::move(edges)) {}

void AddNodesCommand::apply() {
    for (const nw::Node& node : m_nodes) {
        const nw::Status inserted = document()->insertNodeNow(node);
        Q_ASSERT(inserted.ok());
        Q_UNUSED(inserted);
    }
    for (const nw::Edge& edge : m_edges) document()->connectNow(edge);
}

void AddNodesCommand::revert() {
    for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it) document()->removeNodeNow(it->id.value);
}

RemoveNodesCommand::RemoveNodesCommand(GraphDocument* document, const QString& text,
                                       const std::vector<nw::NodeId>& ids, QUndoCommand* parent)
    : GraphCommand(document, text, parent) {
    const nw::Graph& graph = document->engineGraph();
    auto removed = [&](nw::NodeId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    for (const nw::Node& node : graph.nodes())
        if (removed(node.id)) m_nodes.push_back(node);
    for (const nw::Edge& edge : graph.edges())
        if (removed(edge.from.node) || removed(edge.to.node)) m_edges.push_back(edge);
}

void RemoveNodesCommand::apply() {
    for (const nw::Node& node : m_nodes) document()->removeNodeNow(node.id.value);
}

void RemoveNodesCommand::revert() {
    for (const nw::Node& node : m_nodes) {
        const nw::Status inserted = document()->insertNodeNow(node);
        Q_ASSERT(inserted.ok());
        Q_UNUSED(inserted);
    }
    for (const nw::Edge& edge : m_edges) document()->connectNow(edge);
}

} // namespace nw::gui
