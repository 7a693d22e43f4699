#include "gui/commands/edge_commands.h"

#include "gui/document/graph_document.h"

namespace nw::gui {

void ConnectCommand::apply() { document()->connectNow(m_edge); }
void ConnectCommand::revert() { document()->disconnectNow(m_edge); }

void DisconnectCommand::apply() { document()->disconnectNow(m_edge); }
void DisconnectCommand::revert() { document()->connectNow(m_edge); }

} // namespace nw::gui
