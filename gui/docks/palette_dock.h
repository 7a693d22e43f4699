#pragma once

#include <QDockWidget>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTreeWidgetItem;

namespace nw::gui {

class LayerSearchPopup;
class PaletteTree;

// The layer palette: every kind of nw::layerRegistry() under its category, with icons, a search
// field and a hover card. Layers drag onto the canvas (layerMimeType(), see gui/editor/mime_types.h) or are
// added at the view centre by a double-click or Enter (layerActivated).
class PaletteDock : public QDockWidget {
    Q_OBJECT

public:
    explicit PaletteDock(QWidget* parent = nullptr);

    // Puts the keyboard in the search field, its text selected (Ctrl+F).
    void focusSearch();
    // Opens the floating layer search at `globalPos`; a choice emits layerChosenFromPopup.
    void openSearchAt(const QPoint& globalPos, const QStringList& fitting = {});

    QLineEdit* searchField() const { return m_search; }
    PaletteTree* tree() const { return m_tree; }
    LayerSearchPopup* searchPopup();
    // The kinds the tree shows for the current search, in palette order.
    QStringList visibleKinds() const;
    // An assignment's layer kinds: the palette shows only these (empty: every kind).
    void setAllowedKinds(const QStringList& kinds);

signals:
    void layerActivated(const QString& kindName);
    void layerChosenFromPopup(const QString& kindName);

private:
    void populate();
    void applyFilter(const QString& query);
    void activateItem(QTreeWidgetItem* item);
    void activateFirstVisible();

    QLineEdit* m_search = nullptr;
    PaletteTree* m_tree = nullptr;
    QLabel* m_noMatch = nullptr;
    LayerSearchPopup* m_popup = nullptr;
    QStringList m_allowedKinds;
};

} // namespace nw::gui
