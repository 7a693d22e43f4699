#include "gui/docks/palette_tree.h"

#include "gui/editor/mime_types.h"

#include <QMimeData>

namespace nw::gui {

PaletteTree::PaletteTree(QWidget* parent) : QTreeWidget(parent) {
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setIndentation(14);
    setUniformRowHeights(true);
    setIconSize(QSize(20, 20));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(true);
    setAnimated(true);
}

QStringList PaletteTree::mimeTypes() const { return {layerMimeType()}; }

QMimeData* PaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const {
    for (const QTreeWidgetItem* item : items) {
        const QString kind = item->data(0, kKindRole).toString();
        if (kind.isEmpty()) continue;
        auto* mime = new QMimeData;
        mime->setData(layerMimeType(), kind.toUtf8());
        // Text too, so a drop into a text editor or a search field writes the name.
        mime->setText(kind);
        return mime;
    }
    return nullptr;
}

} // namespace nw::gui
