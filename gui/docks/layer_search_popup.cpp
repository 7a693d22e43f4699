#include "gui/docks/layer_search_popup.h"

#include "gui/docks/layer_catalog.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace nw::gui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kVisibleRows = 9;
} // namespace

LayerSearchPopup::LayerSearchPopup(QWidget* parent) : QFrame(parent, Qt::Popup) {
    setObjectName(QStringLiteral("layerSearchPopup"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Add a layer…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, this, &LayerSearchPopup::refill);
    connect(m_list, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });
    connect(m_list, &QListWidget::itemClicked, this, [this] { chooseCurrent(); });
    refill({});
}

void LayerSearchPopup::popup(const QPoint& globalPos, const QStringList& fitting) {
    m_fitting = fitting;
    m_search->clear();
    refill({});
    const int rowHeight = qMax(m_list->sizeHintForRow(0), 22);
    m_list->setFixedHeight(rowHeight * kVisibleRows + 2 * m_list->frameWidth());
    resize(qMax(260, sizeHint().width()), sizeHint().height());
    QPoint pos = globalPos;
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(qBound(area.left(), pos.x(), area.right() - width()));
        pos.setY(qBound(area.top(), pos.y(), area.bottom() - height()));
    }
    move(pos);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList LayerSearchPopup::listedKinds() const {
    QStringList kinds;
    for (int i = 0; i < m_list->count(); ++i) kinds << m_list->item(i)->data(kKindRole).toString();
    return kinds;
}

void LayerSearchPopup::chooseCurrent() {
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) return;
    const QString kind = item->data(kKindRole).toString();
    hide();
    emit layerChosen(kind);
}

bool LayerSearchPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The list has no focus: the arrows move its highlight while the user keeps typing.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: chooseCurrent(); return true;
        case Qt::Key_Escape: hide(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void LayerSearchPopup::refill(const QString& query) {
    m_list->clear();
    std::vector<const nw::LayerInfo*> kinds = layersInPaletteOrder();
    std::stable_partition(kinds.begin(), kinds.end(), [this](const nw::LayerInfo* info) {
        return m_fitting.contains(QString::fromStdString(info->name));
    });
    for (const nw::LayerInfo* info : kinds) {
        if (!layerMatches(*info, query)) continue;
        auto* item = new QListWidgetItem(layerIcon(*info), QString::fromStdString(info->name), m_list);
        item->setData(kKindRole, QString::fromStdString(info->name));
        item->setToolTip(layerHoverCard(*info));
    }
    if (m_list->count() > 0) m_list->setCurrentRow(0);
}

} // namespace nw::gui
