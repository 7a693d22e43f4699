#pragma once

#include <QUndoCommand>

namespace nw::gui {

class GraphDocument;

// Base of every edit of the network. Subclasses store exactly what they need to undo (the removed
// nodes and wires, the old values) and apply it through GraphDocument's primitive edits, which emit
// the signals the views follow. A command with children (an inserted bridge: unwire, add, wire twice)
// runs them in order on redo and backwards on undo, then announces the new analysis once.
class GraphCommand : public QUndoCommand {
public:
    GraphCommand(GraphDocument* document, const QString& text, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_document(document) {}

    void redo() final {
        QUndoCommand::redo(); // the children, if any
        apply();
        finish();
    }
    void undo() final {
        revert();
        QUndoCommand::undo(); // the children, backwards
        finish();
    }

protected:
    virtual void apply() {}
    virtual void revert() {}
    GraphDocument* document() const { return m_document; }

private:
    void finish();

    GraphDocument* m_document;
};

// Merge ids (QUndoCommand::id) of the commands that merge with their successor.
enum class CommandId { Move = 1, SetAttribute = 2 };

} // namespace nw::gui
