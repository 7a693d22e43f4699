#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace nw::gui::test {

// Saves `widget` as NW_SCREENSHOT_DIR/<name>.png when that variable is set, so the docks can be
// looked at as the tests build them; does nothing otherwise.
inline void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("NW_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    // Let pending layout requests run first, as the event loop would before painting.
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace nw::gui::test
