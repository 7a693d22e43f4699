#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace nw::gui {

// A small floating search over the layer kinds: type, pick with the arrows, Enter. The canvas opens
// it where a wire was dropped on empty space, to add a connected layer there.
class LayerSearchPopup : public QFrame {
    Q_OBJECT

public:
    explicit LayerSearchPopup(QWidget* parent = nullptr);

    // Shows the popup with its top-left corner at `globalPos` (kept on the screen), the search
    // field empty and focused. `fitting` (kind names) are listed first, in palette order, then the
    // rest: for a wire dropped on empty canvas, the kinds that can take it.
    void popup(const QPoint& globalPos, const QStringList& fitting = {});

    QLineEdit* searchField() const { return m_search; }
    // The kinds listed for the current search, in order.
    QStringList listedKinds() const;
    // Emits layerChosen for the highlighted kind, if any, and closes.
    void chooseCurrent();

signals:
    void layerChosen(const QString& kindName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill(const QString& query);

    QStringList m_fitting;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace nw::gui
