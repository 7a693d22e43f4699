#pragma once

// Not read by moc.

#include <QObject>

namespace nw::gui {

// A widget's children outlive its destructor (QWidget's deletes them later), and an editor that loses
// the focus on the way emits editingFinished. Called in a destructor, this keeps such late signals
// from reaching slots of an object that is no longer of its class.
inline void disconnectChildren(QObject* owner) {
    for (QObject* child : owner->findChildren<QObject*>()) child->disconnect(owner);
}

} // namespace nw::gui
