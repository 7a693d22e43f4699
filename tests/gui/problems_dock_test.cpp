#include "gui/docks/diagnostic_text.h"
#include "gui/docks/problems_dock.h"

#include "dock_screenshot.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using nw::gui::ProblemsDock;

namespace {

// Input(1×28×28) -> Dense, whose flat input is missing a Flatten, and a Sigmoid fed by nothing.
struct BrokenNetwork {
    nw::Graph graph;
    nw::NodeId input, dense, sigmoid;
    BrokenNetwork() {
        input = graph.addNode(nw::LayerKind::Input, "pixels");
        if (!graph.setAttribute(input, "shape", nw::Shape{1, 28, 28})) qFatal("shape refused");
        dense = graph.addNode(nw::LayerKind::Dense, "hidden");
        sigmoid = graph.addNode(nw::LayerKind::Sigmoid, "squash");
        if (!graph.connect({{input, 0}, {dense, 0}}, nw::Graph::ShapeCheck::Skip)) qFatal("edge refused");
    }
};

int rowOf(QTreeWidget* list, const QString& layer) {
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == layer) return i;
    return -1;
}

} // namespace

class ProblemsDockTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProblemsDock> m_dock;

private slots:
    void init() {
        m_dock = std::make_unique<ProblemsDock>();
        m_dock->resize(560, 200);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }
    void cleanup() { m_dock.reset(); }

    void aValidNetworkHasNoProblems() {
        nw::Graph graph;
        const nw::NodeId input = graph.addNode(nw::LayerKind::Input);
        const nw::NodeId dense = graph.addNode(nw::LayerKind::Dense);
        QVERIFY(graph.connect({{input, 0}, {dense, 0}}));
        m_dock->setDiagnostics(nw::analyzeGraph(graph).diagnostics, graph);
        QCOMPARE(m_dock->problemCount(), 0);
        QCOMPARE(m_dock->windowTitle(), QStringLiteral("Problems"));
        QVERIFY(!m_dock->list()->isVisible()); // the "No problems" page instead
    }

    void everyDiagnosticIsListedAndCounted() {
        BrokenNetwork net;
        const nw::GraphAnalysis analysis = nw::analyzeGraph(net.graph);
        QVERIFY(analysis.diagnostics.size() >= 3); // shape, missing input, two outputs
        m_dock->setDiagnostics(analysis.diagnostics, net.graph);
        const int count = static_cast<int>(analysis.diagnostics.size());
        QCOMPARE(m_dock->problemCount(), count);
        QCOMPARE(m_dock->list()->topLevelItemCount(), count);
        QCOMPARE(m_dock->windowTitle(), QStringLiteral("Problems (%1)").arg(count));
        QVERIFY(m_dock->list()->isVisible());

        const int denseRow = rowOf(m_dock->list(), QStringLiteral("hidden"));
        QVERIFY(denseRow >= 0);
        const QString text = m_dock->list()->topLevelItem(denseRow)->text(1);
        QVERIFY2(text.startsWith(QStringLiteral("Dense expects a flat input")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\nFix: Insert Flatten")), qPrintable(text));

        // Fewer problems later: the list and the title follow.
        m_dock->setDiagnostics({analysis.diagnostics.front()}, net.graph);
        QCOMPARE(m_dock->list()->topLevelItemCount(), 1);
        QCOMPARE(m_dock->windowTitle(), QStringLiteral("Problems (1)"));
    }

    void clickingAProblemActivatesItsNode() {
        BrokenNetwork net;
        m_dock->setDiagnostics(nw::analyzeGraph(net.graph).diagnostics, net.graph);
        QSignalSpy spy(m_dock.get(), &ProblemsDock::nodeActivated);
        QTreeWidget* list = m_dock->list();
        const int row = rowOf(list, QStringLiteral("squash"));
        QVERIFY(row >= 0);
        const QRect rect = list->visualItemRect(list->topLevelItem(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(spy.count() >= 1);
        QCOMPARE(spy.last().at(0).toUInt(), net.sigmoid.value);

        list->setFocus();
        list->setCurrentItem(list->topLevelItem(rowOf(list, QStringLiteral("hidden"))));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.last().at(0).toUInt(), net.dense.value);
    }

    void theFixIsSeparatedFromTheProblem() {
        using nw::gui::splitDiagnostic;
        const auto shape = splitDiagnostic(
            QStringLiteral("Dense 'd': Dense expects a flat input, got 1×28×28: insert Flatten before it"),
            QStringLiteral("Dense"), QStringLiteral("d"));
        QCOMPARE(shape.problem, QStringLiteral("Dense expects a flat input, got 1×28×28"));
        QCOMPARE(shape.fix, QStringLiteral("Insert Flatten before it"));
        const auto noFix = splitDiagnostic(
            QStringLiteral("The network has 2 Input layers ('a', 'b'); it needs exactly one"));
        QVERIFY(noFix.fix.isEmpty());
        QCOMPARE(noFix.problem,
                 QStringLiteral("The network has 2 Input layers ('a', 'b'); it needs exactly one"));
    }

    // Each problem row shows the warning icon and its text; without problems the dock says so.
    void screenshot() {
        using nw::gui::test::areaOf;
        using nw::gui::test::inkPixels;
        BrokenNetwork net;
        m_dock->setDiagnostics(nw::analyzeGraph(net.graph).diagnostics, net.graph);
        const QImage problems = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("problems"));
        QVERIFY2(nw::gui::test::distinctColours(problems) >= nw::gui::test::kManyColours,
                 qPrintable(QString::number(nw::gui::test::distinctColours(problems))));
        QTreeWidget* list = m_dock->list();
        QHeaderView* header = list->header();
        const QRect top = list->visualItemRect(list->topLevelItem(0));
        QVERIFY(list->viewport()->rect().contains(top));
        const QRect iconCell(header->sectionViewportPosition(0), top.top(), list->iconSize().width() + 8,
                             top.height());
        const QRect textCell(header->sectionViewportPosition(1), top.top(), header->sectionSize(1),
                             top.height());
        // The warning sign is coloured, the layer's name next to it grey.
        const QRect icon =
            nw::gui::test::colouredBounds(problems, areaOf(*list->viewport(), iconCell, *m_dock, problems));
        QVERIFY2(icon.width() >= 10 && icon.height() >= 10,
                 qPrintable(QStringLiteral("%1x%2").arg(icon.width()).arg(icon.height())));
        const int text = inkPixels(problems, areaOf(*list->viewport(), textCell, *m_dock, problems));
        QVERIFY2(text >= 200, qPrintable(QString::number(text)));

        m_dock->setDiagnostics({}, net.graph);
        const QImage empty = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("problems_empty"));
        QVERIFY(empty != problems);
        QLabel* hint = m_dock->findChild<QLabel*>();
        QVERIFY(hint && hint->isVisible());
        const int hintInk = inkPixels(empty, areaOf(*hint, *m_dock, empty), nw::gui::test::kPaleInk);
        QVERIFY2(hintInk >= 100, qPrintable(QString::number(hintInk)));
    }
};

QTEST_MAIN(ProblemsDockTest)
#include "problems_dock_test.moc"
