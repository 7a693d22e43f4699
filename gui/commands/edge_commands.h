#pragma once

#include "gui/commands/graph_command.h"

#include "engine/core/ids.h"

namespace nw::gui {

// Adds one wire; the edit method checked it with canConnect before pushing.
class ConnectCommand : public GraphCommand {
public:
    ConnectCommand(GraphDocument* document, const QString& text, const nw::Edge& edge,
                   QUndoCommand* parent = nullptr)
        : GraphCommand(document, text, parent), m_edge(edge) {}

protected:
    void apply() override;
    void revert() override;

private:
    nw::Edge m_edge;
};

// Removes one wire.
class DisconnectCommand : public GraphCommand {
public:
    DisconnectCommand(GraphDocument* document, const QString& text, const nw::Edge& edge,
                      QUndoCommand* parent = nullptr)
        : GraphCommand(document, text, parent), m_edge(edge) {}

protected:
    void apply() override;
    void revert() override;

private:
    nw::Edge m_edge;
};

} // namespace nw::gui
