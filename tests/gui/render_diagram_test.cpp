// renderDiagram the way neuroweave-cli calls it: a QGuiApplication on the offscreen platform, no
// window, no QApplication. Exits non-zero with a message when something is wrong.
#include "gui/render/diagram_export.h"

#include <QGuiApplication>
#include <QImage>
#include <QUndoCommand>

#include "sample_projects.h"
#include <QTemporaryDir>

#include <cstdio>

namespace {

int fail(const char* what) {
    std::fprintf(stderr, "FAIL: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const nw::Project project = nw::gui::test::sampleProject();

    const QString svg = dir.filePath(QStringLiteral("net.svg"));
    if (!nw::gui::renderDiagram(project, svg)) return fail("the SVG was not written");
    QFile file(svg);
    if (!file.open(QIODevice::ReadOnly)) return fail("the SVG cannot be read");
    const QByteArray text = file.readAll();
    if (!text.contains("<svg") || !text.contains("dense") || !text.contains("softmax"))
        return fail("the SVG does not name the layers");

    const QString png = dir.filePath(QStringLiteral("net.png"));
    if (!nw::gui::renderDiagram(project, png)) return fail("the PNG was not written");
    const QImage image(png);
    // Three 160-unit cards 200 apart plus margins, at twice the scale.
    if (image.width() < 2 * 560 || image.height() < 2 * 80) return fail("the PNG is too small");
    if (image.pixelColor(image.width() / 2, image.height() / 2) == image.pixelColor(2, 2))
        return fail("the PNG's middle is blank");

    if (nw::gui::renderDiagram(nw::Project{}, png)) return fail("an empty network was drawn");
    if (nw::gui::renderDiagram(project, dir.filePath(QStringLiteral("missing/dir/net.png"))))
        return fail("a file in a missing directory was reported as written");
    std::puts("PASS");
    return 0;
}
