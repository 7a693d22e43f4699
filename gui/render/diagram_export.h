#pragma once

#include <QString>

namespace nw {
class Status;
struct Project;
} // namespace nw

namespace nw::gui {

// Draws the project's network into `path`: an SVG when the name ends in .svg, otherwise a PNG at twice
// the scene's resolution (sharp on slides and high-DPI screens). The cards and wires look as on the
// canvas, with a margin around them and without selection, shadows or grid. Fails with a Diagnostic
// when the network is empty or the file cannot be written.
//
// Needs no window and no QApplication: a QGuiApplication is enough, and it may run on the
// "offscreen" platform, so `neuroweave-cli render` works without a display:
//     qputenv("QT_QPA_PLATFORM", "offscreen");   // unless a display is wanted
//     QGuiApplication app(argc, argv);
//     const nw::Status drawn = nw::gui::renderDiagram(project, QStringLiteral("net.svg"));
// Colours follow the application palette (light unless the platform says dark).
nw::Status renderDiagram(const nw::Project& project, const QString& path);

} // namespace nw::gui
