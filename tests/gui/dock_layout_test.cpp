#include "gui/app/summary_bar.h"
#include "gui/docks/palette_dock.h"
#include "gui/docks/problems_dock.h"
#include "gui/inspector/inspector_dock.h"

#include "dock_screenshot.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"

#include <QGraphicsView>
#include <QMainWindow>
#include <QStatusBar>
#include <QtTest>

using namespace nw::gui;

namespace {

// The docks arranged the way the designer window arranges them, around a stand-in canvas.
struct DesignerLayout {
    QMainWindow window;
    PaletteDock* palette = new PaletteDock(&window);
    InspectorDock* inspector = new InspectorDock(&window);
    ProblemsDock* problems = new ProblemsDock(&window);
    SummaryBar* summary = new SummaryBar(&window);

    DesignerLayout() {
        window.setCentralWidget(new QGraphicsView(&window));
        window.addDockWidget(Qt::LeftDockWidgetArea, palette);
        window.addDockWidget(Qt::RightDockWidgetArea, inspector);
        window.addDockWidget(Qt::BottomDockWidgetArea, problems);
        window.statusBar()->addPermanentWidget(summary);
        window.resize(1180, 760);
    }
};

} // namespace

class DockLayoutTest : public QObject {
    Q_OBJECT

private slots:
    void theLayoutIsSavedAndRestored() {
        QByteArray state;
        {
            DesignerLayout designer;
            designer.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&designer.window));
            designer.window.addDockWidget(Qt::LeftDockWidgetArea, designer.problems); // the user moved it
            designer.inspector->hide();                                               // and closed this one
            state = designer.window.saveState();
        }
        DesignerLayout restored;
        QVERIFY(restored.window.restoreState(state));
        QCOMPARE(restored.window.dockWidgetArea(restored.problems), Qt::LeftDockWidgetArea);
        QVERIFY(restored.inspector->isHidden());
        QCOMPARE(restored.window.dockWidgetArea(restored.palette), Qt::LeftDockWidgetArea);
    }

    void screenshot() {
        DesignerLayout designer;
        nw::Graph graph;
        const nw::NodeId input = graph.addNode(nw::LayerKind::Input);
        QVERIFY(graph.setAttribute(input, "shape", nw::Shape{1, 28, 28}));
        const nw::NodeId dense = graph.addNode(nw::LayerKind::Dense);
        const nw::NodeId softmax = graph.addNode(nw::LayerKind::Softmax);
        QVERIFY(graph.connect({{input, 0}, {dense, 0}}, nw::Graph::ShapeCheck::Skip));
        QVERIFY(graph.connect({{dense, 0}, {softmax, 0}}));
        const nw::GraphAnalysis analysis = nw::analyzeGraph(graph);
        designer.inspector->showNode(graph.node(dense), analysis.node(dense));
        designer.problems->setDiagnostics(analysis.diagnostics, graph);
        designer.summary->setAnalysis(analysis, 32);
        designer.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&designer.window));
        QCOMPARE(designer.problems->windowTitle(),
                 QStringLiteral("Problems (%1)").arg(analysis.diagnostics.size()));
        nw::gui::test::saveScreenshot(designer.window, QStringLiteral("docks_in_window"));
    }
};

QTEST_MAIN(DockLayoutTest)
#include "dock_layout_test.moc"
