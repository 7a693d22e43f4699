#pragma once

// The small preview of a project template in the gallery. Not read by moc.

#include <QPixmap>
#include <QString>

#include <optional>

namespace nw::gui {

struct TemplatePreview {
    QString chain;  // "Input 2 → Dense 16 → ReLU → Dense 2 → Softmax"
    QPixmap sketch; // the layers' icons in data-flow order, joined by short wires
    int layers = 0;
};

// Reads the .nwproj at `path` (a resource or a file) and draws its preview at `devicePixelRatio`;
// nothing when the file cannot be read or parsed.
std::optional<TemplatePreview> makeTemplatePreview(const QString& path, qreal devicePixelRatio = 1.0);

// The sketch of an empty canvas: a dashed frame, the same size as a template's.
QPixmap emptyProjectSketch(qreal devicePixelRatio = 1.0);

} // namespace nw::gui
