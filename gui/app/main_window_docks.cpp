// The docks around the canvas and how they talk to the document, the scene and each other.

#include "gui/app/main_window.h"

#include "gui/app/layer_help.h"
#include "gui/app/recent_files.h"
#include "gui/app/summary_bar.h"
#include "gui/app/user_prompts.h"
#include "gui/docks/palette_dock.h"
#include "gui/docks/problems_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/editor/node_item.h"
#include "gui/inspector/attr_value_convert.h"
#include "gui/inspector/inspector_dock.h"
#include "gui/render/engine_text.h"
#include "gui/training/dataset_panel.h"
#include "gui/training/training_dock.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/dense.h"
#include "engine/layers/input.h"
#include "engine/layers/registry.h"
#include "engine/train/data_fit.h"

#include <QAction>
#include <QChildEvent>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>

namespace nw::gui {

namespace {

constexpr int kPaletteWidth = 230;
constexpr int kInspectorWidth = 300;

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kLayoutVersionKey = QStringLiteral("window/layoutVersion");

} // namespace

void MainWindow::createDocks() {
    setDockNestingEnabled(true);
    m_palette = new PaletteDock(this);
    m_inspector = new InspectorDock(this);
    m_problems = new ProblemsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    // Stacked under the inspector: both stay visible, the inspector gets most of the height.
    splitDockWidget(m_inspector, m_problems, Qt::Vertical);
    resizeDocks({m_palette, m_inspector}, {kPaletteWidth, kInspectorWidth}, Qt::Horizontal);
    resizeDocks({m_inspector, m_problems}, {3, 1}, Qt::Vertical);

    m_summaryBar = new SummaryBar(this);
    m_summaryBar->setObjectName(QStringLiteral("status.summary"));
    statusBar()->addPermanentWidget(m_summaryBar);

    m_panelsMenu = new QMenu(tr("&Panels"), this);
    m_panelsMenu->setObjectName(QStringLiteral("menu.panels"));
    const std::pair<QDockWidget*, const char*> docks[] = {{m_palette, "view.panel.palette"},
                                                          {m_inspector, "view.panel.inspector"},
                                                          {m_problems, "view.panel.problems"}};
    for (const auto& [dock, id] : docks) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setObjectName(QString::fromLatin1(id));
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        m_panelsMenu->addAction(toggle);
    }
    QAction* summary = m_panelsMenu->addAction(tr("&Summary Bar"));
    summary->setObjectName(QStringLiteral("view.panel.summary"));
    summary->setCheckable(true);
    summary->setChecked(true);
    summary->setStatusTip(tr("Show or hide the network summary in the status bar"));
    connect(summary, &QAction::toggled, m_summaryBar, &QWidget::setVisible);
}

void MainWindow::wireDocks() {
    GraphDocument* graph = m_document->graphDocument();
    connect(m_palette, &PaletteDock::layerActivated, this, &MainWindow::addLayerAtViewCentre);
    connect(m_palette, &PaletteDock::layerChosenFromPopup, this, [this](const QString& kind) {
        const PendingWire wire = std::exchange(m_pendingWire, {});
        if (wire.fromNode == 0) return;
        if (m_scene->addConnectedLayer(kind, wire.scenePos, wire.fromNode, wire.fromPort) == 0)
            statusBar()->showMessage(tr("Could not add %1.").arg(kind), kStatusMessageMs);
    });

    connect(m_scene, &GraphScene::nodeSelectionChanged, this, &MainWindow::showSelection);
    connect(graph, &GraphDocument::nodeChanged, this, [this](quint32 id) {
        if (id == m_inspector->nodeId()) showSelection();
    });
    connect(graph, &GraphDocument::nodeRemoved, this, &MainWindow::showSelection);
    connect(graph, &GraphDocument::reset, this, &MainWindow::showSelection);
    connect(graph, &GraphDocument::analysisChanged, this, &MainWindow::showSelection);
    connect(m_inspector, &InspectorDock::attributeEdited, this, &MainWindow::editAttribute);
    connect(m_inspector, &InspectorDock::renameRequested, this, &MainWindow::renameFromInspector);

    connect(m_problems, &ProblemsDock::nodeActivated, this, &MainWindow::revealNode);
    connect(m_problems, &ProblemsDock::fixRequested, this, [this](int index) {
        if (index < 0 || index >= static_cast<int>(m_dataProblems.size()) ||
            !m_dataProblems[size_t(index)].fix)
            return;
        const nw::DataFitFix fix = *m_dataProblems[size_t(index)].fix; // applying it renews the list
        applyDataFix(fix);
    });
    connect(graph, &GraphDocument::reset, this, &MainWindow::updateSummary);
    connect(m_document, &ProjectDocument::projectReplaced, this, &MainWindow::updateSummary);
}

void MainWindow::restoreLayout() {
    if (m_settings->value(kLayoutVersionKey).toInt() != kLayoutVersion) return;
    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    restoreState(m_settings->value(kStateKey).toByteArray(), kLayoutVersion);
    // The summary bar is a status-bar widget, not a dock: saveState() does not know it.
    if (auto* summary = findChild<QAction*>(QStringLiteral("view.panel.summary")))
        summary->setChecked(m_settings->value(QStringLiteral("window/summaryBar"), true).toBool());
}

void MainWindow::saveLayout() {
    m_settings->setValue(kLayoutVersionKey, kLayoutVersion);
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState(kLayoutVersion));
    m_settings->setValue(QStringLiteral("window/summaryBar"), !m_summaryBar->isHidden());
}

void MainWindow::offerConnectedLayer(quint32 fromNode, int fromPort, QPointF scenePos, QPoint globalPos) {
    m_pendingWire = {fromNode, fromPort, scenePos};
    // The kinds that can take what the wire carries come first.
    QStringList fitting;
    const nw::NodeAnalysis* from = m_document->graphDocument()->analysis().node(nw::NodeId{fromNode});
    if (from && from->output)
        for (const nw::LayerInfo& info : nw::layerRegistry().all())
            if (nw::takesShape(info.kind, *from->output)) fitting << QString::fromStdString(info.name);
    m_palette->openSearchAt(globalPos, fitting);
}

void MainWindow::addLayerAtViewCentre(const QString& kindName) {
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    // The scene selects the new layer, so the inspector shows it.
    if (m_scene->addLayerAt(kindName, centre) != 0) m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSelection() {
    const QList<quint32> ids = m_scene->selectedNodeIds();
    const nw::Node* node =
        ids.size() == 1 ? m_document->graphDocument()->engineGraph().node(nw::NodeId{ids.first()}) : nullptr;
    if (!node) {
        m_inspector->showNode(nullptr, nullptr);
        return;
    }
    m_inspector->showNode(node, m_document->graphDocument()->analysis().node(node->id));
}

void MainWindow::editAttribute(quint32 id, int attrIndex, const QVariant& value) {
    const nw::Node* node = m_document->graphDocument()->engineGraph().node(nw::NodeId{id});
    if (!node) return;
    const std::vector<nw::AttrSpec>& specs = nw::layerRegistry().info(node->kind).attrs;
    if (attrIndex < 0 || attrIndex >= static_cast<int>(specs.size())) return;
    const std::optional<nw::AttrValue> typed = fromVariant(value, specs[static_cast<size_t>(attrIndex)]);
    if (!typed) {
        showSelection(); // back to the stored value
        return;
    }
    if (const nw::Status set = m_document->graphDocument()->setAttribute(id, attrIndex, *typed); !set) {
        statusBar()->showMessage(diagnosticMessage(set.error()), 2 * kStatusMessageMs);
        showSelection();
    }
}

void MainWindow::renameFromInspector(quint32 id, const QString& name) {
    if (const nw::Status renamed = m_document->graphDocument()->rename(id, name); !renamed) {
        statusBar()->showMessage(diagnosticMessage(renamed.error()), 2 * kStatusMessageMs);
        showSelection(); // the field shows the name the layer kept
    }
}

void MainWindow::revealNode(quint32 id) {
    const NodeItem* item = m_scene->nodeItem(id);
    if (!item) return;
    m_scene->selectNodes({id});
    // Scrolls only as far as needed, so the rest of the network keeps its place.
    m_view->ensureVisible(item);
}

bool MainWindow::selectLayer(const QString& name) {
    const nw::Node* node = m_document->graphDocument()->engineGraph().findByName(name.toStdString());
    if (!node) return false;
    revealNode(node->id.value);
    return true;
}

void MainWindow::showHelp() {
    const QList<quint32> ids = m_scene->selectedNodeIds();
    const nw::Node* node =
        ids.size() == 1 ? m_document->graphDocument()->engineGraph().node(nw::NodeId{ids.first()}) : nullptr;
    if (node)
        m_prompts->showHelp(this, LayerHelp::title(*node), LayerHelp::html(*node));
    else
        m_prompts->showHelp(this, LayerHelp::designerTitle(), LayerHelp::designerHtml());
}

void MainWindow::updateSummary() {
    const nw::GraphAnalysis& analysis = m_document->graphDocument()->analysis();
    const std::shared_ptr<const nw::DataFacts> facts =
        m_trainingDock ? m_trainingDock->datasetPanel()->dataFacts() : nullptr;
    m_dataProblems =
        facts ? nw::checkDataFit(m_document->project(), analysis, *facts) : std::vector<nw::DataFitProblem>();
    m_summaryBar->setAnalysis(analysis, m_document->project().training.batchSize,
                              static_cast<int64_t>(m_dataProblems.size()));
    m_problems->setProblems(analysis.diagnostics, m_dataProblems, m_document->graphDocument()->engineGraph());
    updatePlaceholder();
}

void MainWindow::applyDataFix(const nw::DataFitFix& fix) {
    GraphDocument* graph = m_document->graphDocument();
    nw::Status applied;
    switch (fix.kind) {
    case nw::DataFitFix::Kind::SetInputShape:
        applied = graph->setAttribute(fix.node.value, nw::input_attr::kShape, nw::AttrValue{fix.shape});
        break;
    case nw::DataFitFix::Kind::SetUnits:
        applied = graph->setAttribute(fix.node.value, nw::dense_attr::kUnits, nw::AttrValue{fix.units});
        break;
    case nw::DataFitFix::Kind::SetLoss:
        m_document->changeTrainingState([loss = fix.loss](nw::Project& p) { p.training.loss = loss; });
        break;
    case nw::DataFitFix::Kind::SetScaling:
        m_document->changeTrainingState(
            [scaling = fix.scaling](nw::Project& p) { p.dataset.scaling = scaling; });
        break;
    }
    if (!applied) reportError(tr("Could not apply the fix."), applied.error());
}

bool MainWindow::event(QEvent* event) {
    // The tab bars of docked panels are made by Qt as panels are grouped. Eliding their labels to fit
    // left "Métri…" and "Activacio…" in the longer languages at 1280 pixels: whole labels, with
    // scroll arrows when a group is wider than its place, read better.
    if (event->type() == QEvent::ChildPolished)
        if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    return QMainWindow::event(event);
}

} // namespace nw::gui
