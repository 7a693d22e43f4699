#include "gui/docks/problems_dock.h"

#include "gui/docks/diagnostic_text.h"
#include "gui/render/engine_text.h"

#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"
#include "engine/layers/registry.h"
#include "engine/train/data_fit.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Layer"), tr("Problem"), QString()});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The Fix buttons' column: as wide as a button, whatever the rows' heights.
    m_list->header()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_list->header()->resizeSection(2, QPushButton(tr("Fix")).sizeHint().width() + 8);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    // Rows are as tall as their wrapped text; a narrower column needs taller rows.
    // The list, not the dock: a header resized while the dock's children are destroyed must not reach
    // a dock that is no longer one.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list,
            [list = m_list] { list->doItemsLayout(); });
    m_pages->insertWidget(kListPage, m_list);

    m_empty = new QLabel(m_pages);
    m_empty->setObjectName(QStringLiteral("problems.empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_pages->insertWidget(kEmptyPage, m_empty);
    setWidget(m_pages);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(item); });
    setDiagnostics({}, nw::Graph{});
}

void ProblemsDock::setDiagnostics(const std::vector<nw::Diagnostic>& diagnostics, const nw::Graph& graph) {
    setProblems(diagnostics, {}, graph);
}

QTreeWidgetItem* ProblemsDock::addRow(const nw::Diagnostic& d, const nw::Graph& graph, const QIcon& icon,
                                      const QString& wholeName) {
    const nw::Node* node = d.node ? graph.node(*d.node) : nullptr;
    const QString kind = node ? QString::fromStdString(nw::layerRegistry().info(node->kind).name) : QString();
    const QString name = node ? QString::fromStdString(node->name) : wholeName;
    const DiagnosticText text = splitDiagnostic(diagnosticMessage(d), kind, name);
    QString shown = text.problem;
    if (!text.fix.isEmpty()) shown += QLatin1Char('\n') + tr("Fix: %1").arg(text.fix);

    auto* item = new QTreeWidgetItem(m_list, {name, shown});
    item->setIcon(0, icon);
    item->setData(0, kNodeRole, node ? node->id.value : 0u);
    item->setToolTip(1, diagnosticMessage(d).toHtmlEscaped());
    item->setToolTip(0, node ? tr("%1 layer; click to select it").arg(kind) : tr("The network as a whole"));
    return item;
}

void ProblemsDock::setProblems(const std::vector<nw::Diagnostic>& diagnostics,
                               const std::vector<nw::DataFitProblem>& dataProblems, const nw::Graph& graph) {
    m_list->clear();
    // "The network has no Input layer" is all an empty canvas would say: a beginning, not a problem.
    const bool empty = graph.nodes().empty();
    m_count = 0;
    if (!empty) {
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const nw::Diagnostic& d : diagnostics) addRow(d, graph, warning, tr("Network"));
        const QIcon information = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        for (size_t i = 0; i < dataProblems.size(); ++i) {
            const nw::DataFitProblem& problem = dataProblems[i];
            QTreeWidgetItem* item =
                addRow(problem.diagnostic, graph, problem.warning ? information : warning, tr("Data"));
            if (!problem.diagnostic.node) item->setToolTip(0, tr("The data set and how it is scaled"));
            if (!problem.fix) continue;
            // At the top of its row, however tall the wrapped message makes it.
            auto* cell = new QWidget(m_list);
            auto* layout = new QVBoxLayout(cell);
            layout->setContentsMargins(2, 2, 2, 2);
            auto* fix = new QPushButton(tr("Fix"), cell);
            fix->setObjectName(QStringLiteral("problems.fix.%1").arg(i));
            fix->setToolTip(
                tr("Make the change the message suggests (Edit → Undo takes a layer's change back)"));
            connect(fix, &QPushButton::clicked, this, [this, i] { emit fixRequested(static_cast<int>(i)); });
            layout->addWidget(fix, 0, Qt::AlignTop);
            m_list->setItemWidget(item, 2, cell);
        }
        m_count = static_cast<int>(diagnostics.size() + dataProblems.size());
    }
    m_empty->setText(empty ? tr("Nothing to check yet: drag an Input layer from the palette to begin.")
                           : tr("No problems"));
    m_pages->setCurrentIndex(m_count == 0 ? kEmptyPage : kListPage);
    setWindowTitle(m_count == 0 ? tr("Problems") : tr("Problems (%1)").arg(m_count));
}

void ProblemsDock::activate(QTreeWidgetItem* item) {
    if (!item) return;
    const quint32 id = item->data(0, kNodeRole).toUInt();
    if (id != 0) emit nodeActivated(id);
}

} // namespace nw::gui
