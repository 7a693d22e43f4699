#pragma once

#include "gui/commands/graph_command.h"

#include "engine/graph/graph.h"

#include <string>
#include <vector>

namespace nw::gui {

// Moves nodes: a drag, an arrow-key nudge, an automatic layout. Mergeable moves (nudges) of the same
// nodes fold into one undo step; a drag or a layout stays a step of its own.
class MoveNodesCommand : public GraphCommand {
public:
    struct Move {
        nw::NodeId id;
        nw::Point from;
        nw::Point to;
    };
    MoveNodesCommand(GraphDocument* document, const QString& text, std::vector<Move> moves, bool mergeable,
                     QUndoCommand* parent = nullptr);

    int id() const override { return m_mergeable ? int(CommandId::Move) : -1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Move> m_moves;
    bool m_mergeable;
};

// Sets one attribute of one node. Consecutive edits of the same attribute (a spin box's steps, a
// slider) merge; an edit that ends where it started disappears from the history.
class SetAttributeCommand : public GraphCommand {
public:
    SetAttributeCommand(GraphDocument* document, const QString& text, nw::NodeId node, int attrIndex,
                        nw::AttrValue before, nw::AttrValue after);

    int id() const override { return int(CommandId::SetAttribute); }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    nw::NodeId m_node;
    int m_attrIndex;
    nw::AttrValue m_before;
    nw::AttrValue m_after;
};

class RenameCommand : public GraphCommand {
public:
    RenameCommand(GraphDocument* document, const QString& text, nw::NodeId node, std::string before,
                  std::string after)
        : GraphCommand(document, text), m_node(node), m_before(std::move(before)), m_after(std::move(after)) {
    }

protected:
    void apply() override;
    void revert() override;

private:
    nw::NodeId m_node;
    std::string m_before;
    std::string m_after;
};

// Disables or enables nodes; only the nodes whose flag changes are stored.
class SetEnabledCommand : public GraphCommand {
public:
    SetEnabledCommand(GraphDocument* document, const QString& text, std::vector<nw::NodeId> nodes,
                      bool enabled)
        : GraphCommand(document, text), m_nodes(std::move(nodes)), m_enabled(enabled) {}

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<nw::NodeId> m_nodes;
    bool m_enabled;
};

} // namespace nw::gui
