#include "gui/editor/diagram_export.h"

#include "gui/document/project_document.h"
#include "gui/editor/canvas_palette.h"
#include "gui/editor/graph_scene.h"

#include "engine/core/diagnostic.h"
#include "engine/io/project.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace nw::gui {

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kPngScale = 2;

nw::Status writeError(const QString& path, const std::string& why) {
    return nw::Diagnostic{nw::DiagCode::FileWrite, "Could not write the diagram: " + why, std::nullopt,
                          QFile::encodeName(path).toStdString()};
}

} // namespace

nw::Status exportDiagram(GraphScene& scene, const QString& path) {
    const QRectF network = scene.networkRect();
    if (network.isEmpty()) return writeError(path, "the network has no layers to draw");
    const QRectF source = network.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));
    const QColor background = CanvasPalette::from(scene.palette()).background;

    scene.setExporting(true);
    const QList<QGraphicsItem*> selected = scene.selectedItems();
    scene.clearSelection();
    bool written = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QFileInfo(path).completeBaseName());
        svg.setDescription(QStringLiteral("Neuroweave network diagram"));
        QPainter painter;
        if (painter.begin(&svg)) {
            painter.fillRect(QRect(QPoint(0, 0), size), background);
            scene.render(&painter, QRectF(QPointF(0, 0), size), source);
            written = painter.end();
        }
        written = written && QFileInfo(path).size() > 0;
    } else {
        QImage image(size * kPngScale, QImage::Format_ARGB32_Premultiplied);
        image.fill(background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
        painter.end();
        written = image.save(path, "PNG");
    }
    for (QGraphicsItem* item : selected) item->setSelected(true);
    scene.setExporting(false);
    if (!written) return writeError(path, "the file could not be created");
    return nw::Status::success();
}

nw::Status renderDiagram(const nw::Project& project, const QString& path) {
    ProjectDocument document;
    document.adopt(project);
    GraphScene scene(document.graph());
    return exportDiagram(scene, path);
}

} // namespace nw::gui
