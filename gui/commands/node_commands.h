#pragma once

#include "gui/commands/graph_command.h"

#include "engine/graph/graph.h"

#include <vector>

namespace nw::gui {

// Adds nodes and the wires among them: a layer dropped from the palette, a paste, a duplicate.
// The nodes carry their final ids and names, so redo restores exactly what undo took away.
class AddNodesCommand : public GraphCommand {
public:
    AddNodesCommand(GraphDocument* document, const QString& text, std::vector<nw::Node> nodes,
                    std::vector<nw::Edge> edges = {}, QUndoCommand* parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<nw::Node> m_nodes;
    std::vector<nw::Edge> m_edges;
};

// Removes nodes with every wire that touches them, and keeps both to put back.
class RemoveNodesCommand : public GraphCommand {
public:
    RemoveNodesCommand(GraphDocument* document, const QString& text, const std::vector<nw::NodeId>& ids,
                       QUndoCommand* parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<nw::Node> m_nodes;
    std::vector<nw::Edge> m_edges;
};

} // namespace nw::gui
