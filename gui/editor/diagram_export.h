#pragma once

#include <QString>

namespace nw {
class Status;
struct Project;
} // namespace nw

namespace nw::gui {

class GraphScene;

// Draws the scene's whole network into `path`: an SVG when the name ends in .svg, otherwise a PNG at
// twice the scene's resolution (sharp on slides and high-DPI screens). A margin surrounds the
// network; selection outlines, shadows and the canvas grid are left out. Fails with a Diagnostic
// when the network is empty or the file cannot be written.
nw::Status exportDiagram(GraphScene& scene, const QString& path);

// The same without a window, for `neuroweave-cli render`: builds the scene off-screen from
// `project`. Needs a QGuiApplication (QApplication works too), which may run on the "offscreen"
// platform (QT_QPA_PLATFORM=offscreen), so no display is required:
//     QGuiApplication app(argc, argv);
//     nw::Status s = nw::gui::renderDiagram(project, "net.svg");
nw::Status renderDiagram(const nw::Project& project, const QString& path);

} // namespace nw::gui
