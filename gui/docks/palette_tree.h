#pragma once

#include <QTreeWidget>

namespace nw::gui {

// The palette's list of layers by category. A layer item drags as layerMimeType() carrying the kind's
// registry name; category items do not drag.
class PaletteTree : public QTreeWidget {
    Q_OBJECT

public:
    // The role holding a layer item's kind name; empty on category items.
    static constexpr int kKindRole = Qt::UserRole + 1;

    explicit PaletteTree(QWidget* parent = nullptr);

    QStringList mimeTypes() const override;
    // Public so the canvas tests can build exactly the data a drag carries.
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace nw::gui
