#include "gui/docks/problems_dock.h"

#include "gui/docks/diagnostic_text.h"

#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"
#include "engine/layers/registry.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>

namespace nw::gui {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kListPage = 0;
constexpr int kEmptyPage = 1;

// Qt's item views measure a wrapped row without knowing its column's width, so long messages were
// cut; this measures the text at the column's current width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem measured = option;
        if (const auto* tree = qobject_cast<const QTreeView*>(option.widget))
            measured.rect = QRect(0, 0, tree->header()->sectionSize(index.column()), 1 << 16);
        return QStyledItemDelegate::sizeHint(measured, index);
    }
};
} // namespace

ProblemsDock::ProblemsDock(QWidget* parent) : QDockWidget(tr("Problems"), parent) {
    setObjectName(QStringLiteral("dock.problems"));
    m_pages = new QStackedWidget(this);

    m_list = new QTreeWidget(m_pages);
    m_list->setObjectName(QStringLiteral("problems.list"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Layer"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    // Rows are as tall as their wrapped text; a narrower column needs taller rows.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, [this] { m_list->doItemsLayout(); });
    m_pages->insertWidget(kListPage, m_list);

    auto* empty = new QLabel(tr("No problems"), m_pages);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_pages->insertWidget(kEmptyPage, empty);
    setWidget(m_pages);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(item); });
    setDiagnostics({}, nw::Graph{});
}

void ProblemsDock::setDiagnostics(const std::vector<nw::Diagnostic>& diagnostics, const nw::Graph& graph) {
    m_list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const nw::Diagnostic& d : diagnostics) {
        const nw::Node* node = d.node ? graph.node(*d.node) : nullptr;
        const QString kind =
            node ? QString::fromStdString(nw::layerRegistry().info(node->kind).name) : QString();
        const QString name = node ? QString::fromStdString(node->name) : tr("Network");
        const DiagnosticText text = splitDiagnostic(QString::fromStdString(d.message), kind, name);
        QString shown = text.problem;
        if (!text.fix.isEmpty()) shown += QLatin1Char('\n') + tr("Fix: %1").arg(text.fix);

        auto* item = new QTreeWidgetItem(m_list, {name, shown});
        item->setIcon(0, icon);
        item->setData(0, kNodeRole, node ? node->id.value : 0u);
        item->setToolTip(1, QString::fromStdString(d.message).toHtmlEscaped());
        item->setToolTip(0,
                         node ? tr("%1 layer; click to select it").arg(kind) : tr("The network as a whole"));
    }
    m_count = static_cast<int>(diagnostics.size());
    m_pages->setCurrentIndex(m_count == 0 ? kEmptyPage : kListPage);
    setWindowTitle(m_count == 0 ? tr("Problems") : tr("Problems (%1)").arg(m_count));
}

void ProblemsDock::activate(QTreeWidgetItem* item) {
    if (!item) return;
    const quint32 id = item->data(0, kNodeRole).toUInt();
    if (id != 0) emit nodeActivated(id);
}

} // namespace nw::gui
