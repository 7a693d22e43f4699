#pragma once

#include <QDir>
#include <QWidget>

namespace nw::gui::test {

// Saves `widget` as NW_SCREENSHOT_DIR/<name>.png when that variable is set, so the docks can be
// looked at as the tests build them; does nothing otherwise.
inline void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("NW_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace nw::gui::test
