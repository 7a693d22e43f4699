#include "gui/commands/edit_commands.h"

#include "gui/document/graph_document.h"

#include <algorithm>

namespace nw::gui {

MoveNodesCommand::MoveNodesCommand(GraphDocument* document, const QString& text, std::vector<Move> moves,
                                   bool mergeable, QUndoCommand* parent)
    : GraphCommand(document, text, parent), m_moves(std::move(moves)), m_mergeable(mergeable) {}

bool MoveNodesCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const MoveNodesCommand*>(other);
    if (!next->m_mergeable || next->m_moves.size() != m_moves.size()) return false;
    for (size_t i = 0; i < m_moves.size(); ++i)
        if (m_moves[i].id != next->m_moves[i].id) return false;
    for (size_t i = 0; i < m_moves.size(); ++i) m_moves[i].to = next->m_moves[i].to;
    setObsolete(std::all_of(m_moves.begin(), m_moves.end(), [](const Move& m) { return m.from == m.to; }));
    return true;
}

void MoveNodesCommand::apply() {
    for (const Move& move : m_moves) document()->setPositionNow(move.id.value, move.to);
}

void MoveNodesCommand::revert() {
    for (const Move& move : m_moves) document()->setPositionNow(move.id.value, move.from);
}

SetAttributeCommand::SetAttributeCommand(GraphDocument* document, const QString& text, nw::NodeId node,
                                         int attrIndex, nw::AttrValue before, nw::AttrValue after)
    : GraphCommand(document, text), m_node(node), m_attrIndex(attrIndex), m_before(std::move(before)),
      m_after(std::move(after)) {}

bool SetAttributeCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetAttributeCommand*>(other);
    if (next->m_node != m_node || next->m_attrIndex != m_attrIndex) return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetAttributeCommand::apply() { document()->setAttributeNow(m_node.value, m_attrIndex, m_after); }
void SetAttributeCommand::revert() { document()->setAttributeNow(m_node.value, m_attrIndex, m_before); }

void RenameCommand::apply() { document()->renameNow(m_node.value, m_after); }
void RenameCommand::revert() { document()->renameNow(m_node.value, m_before); }

void SetEnabledCommand::apply() {
    for (const nw::NodeId id : m_nodes) document()->setEnabledNow(id.value, m_enabled);
}

void SetEnabledCommand::revert() {
    for (const nw::NodeId id : m_nodes) document()->setEnabledNow(id.value, !m_enabled);
}

} // namespace nw::gui
