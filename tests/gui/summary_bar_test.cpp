#include "gui/app/summary_bar.h"
#include "gui/docks/number_format.h"

#include "dock_screenshot.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"

#include <QLabel>
#include <QLocale>
#include <QtTest>

using nw::gui::SummaryBar;

namespace {

// Input(784) -> Dense 256 -> ReLU -> Dense 128 -> ReLU -> Dense 10 -> Softmax.
nw::Graph mnistMlp() {
    nw::Graph graph;
    nw::NodeId previous = graph.addNode(nw::LayerKind::Input);
    if (!graph.setAttribute(previous, "shape", nw::Shape{784})) qFatal("shape refused");
    const auto append = [&](nw::LayerKind kind, int64_t units = 0) {
        const nw::NodeId id = graph.addNode(kind);
        if (units && !graph.setAttribute(id, "units", units)) qFatal("units refused");
        if (!graph.connect({{previous, 0}, {id, 0}})) qFatal("edge refused");
        previous = id;
    };
    append(nw::LayerKind::Dense, 256);
    append(nw::LayerKind::ReLU);
    append(nw::LayerKind::Dense, 128);
    append(nw::LayerKind::ReLU);
    append(nw::LayerKind::Dense, 10);
    append(nw::LayerKind::Softmax);
    return graph;
}

QString labelText(const SummaryBar& bar, const char* name) {
    const auto* label = bar.findChild<QLabel*>(QString::fromLatin1(name));
    if (!label) qFatal("no label %s", name);
    return label->text();
}

} // namespace

class SummaryBarTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void numbersOfAKnownNetwork() {
        const nw::GraphAnalysis analysis = nw::analyzeGraph(mnistMlp());
        QVERIFY(analysis.valid());
        const nw::gui::NetworkSummary s = nw::gui::summarizeNetwork(analysis, 32);
        QCOMPARE(s.layers, int64_t{7});
        QCOMPARE(s.parameters, int64_t{235146}); // 784·256+256 + 256·128+128 + 128·10+10
        // The three matrix products (a multiply-add is 2 FLOPs) and whatever the activations count.
        int64_t activationFlops = 0;
        for (const auto& [id, node] : analysis.nodes)
            if (node.params == 0) activationFlops += node.flops;
        QVERIFY(activationFlops > 0);
        QCOMPARE(s.flopsPerSample, 2 * (784 * 256 + 256 * 128 + 128 * 10) + activationFlops);
        QCOMPARE(s.problems, int64_t{0});
        // Adam: 4 floats per parameter; activations: 784+256+256+128+128+10+10 values, ×2 for gradients.
        const int64_t activations = 784 + 256 + 256 + 128 + 128 + 10 + 10;
        QCOMPARE(s.trainingBytes, (235146 * 4 + 32 * activations * 2) * 4);
        QCOMPARE(nw::gui::estimateTrainingBytes(analysis, 1, 0), (235146 * 2 + activations * 2) * 4);
    }

    void theBarShowsThemReadably() {
        SummaryBar bar;
        const nw::GraphAnalysis analysis = nw::analyzeGraph(mnistMlp());
        bar.setAnalysis(analysis, 32);
        QCOMPARE(labelText(bar, "summary.layers"), QStringLiteral("7 layers"));
        QCOMPARE(labelText(bar, "summary.parameters"), QStringLiteral("235,146 parameters"));
        QCOMPARE(labelText(bar, "summary.flops"), QStringLiteral("470 k FLOPs/sample"));
        QVERIFY(labelText(bar, "summary.memory").contains(QStringLiteral("MiB")));
        QCOMPARE(labelText(bar, "summary.problems"), QStringLiteral("No problems"));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        nw::gui::test::saveScreenshot(bar, QStringLiteral("summary_bar"));

        nw::Graph broken;
        broken.addNode(nw::LayerKind::Dense);
        bar.setAnalysis(nw::analyzeGraph(broken), 32);
        const int64_t problems = bar.summary().problems;
        QVERIFY(problems >= 2); // no input feeding it, no Input layer
        QCOMPARE(labelText(bar, "summary.problems"), QStringLiteral("%1 problems").arg(problems));
        QCOMPARE(labelText(bar, "summary.layers"), QStringLiteral("1 layer"));
        nw::gui::test::saveScreenshot(bar, QStringLiteral("summary_bar_problems"));
    }

    void scaledNumbers() {
        using nw::gui::formatScaled;
        QCOMPARE(formatScaled(0), QStringLiteral("0"));
        QCOMPARE(formatScaled(950), QStringLiteral("950"));
        QCOMPARE(formatScaled(2410), QStringLiteral("2.41 k"));
        QCOMPARE(formatScaled(999999), QStringLiteral("1.00 M"));
        QCOMPARE(formatScaled(13.5e6), QStringLiteral("13.5 M"));
        QCOMPARE(formatScaled(1.2e9), QStringLiteral("1.20 G"));
        QCOMPARE(nw::gui::formatCount(1234567), QStringLiteral("1,234,567"));
    }
};

QTEST_MAIN(SummaryBarTest)
#include "summary_bar_test.moc"
