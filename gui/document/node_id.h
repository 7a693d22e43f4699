#pragma once

// Node ids cross the GUI as quint32 (signals, item data, undo commands); the engine's Graph takes
// nw::NodeId. Not read by moc.

#include "engine/core/ids.h"

#include <QtGlobal>

namespace nw::gui {

inline nw::NodeId toId(quint32 id) { return nw::NodeId{id}; }

} // namespace nw::gui
