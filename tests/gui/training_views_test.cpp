// The views that watch a run: heatmaps, charts, the decision boundary, the neurons' maps on the
// cards and the training dock, driven by a real TrainingController on the offscreen platform.
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/training/dataset_panel.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/training/training_dock.h"
#include "gui/views/activation_view.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"
#include "gui/views/charts/series_data.h"
#include "gui/views/decision_boundary_view.h"
#include "gui/views/distribution_plot.h"
#include "gui/views/distribution_view.h"
#include "gui/views/evaluation_view.h"
#include "gui/views/heatmap_images.h"
#include "gui/views/maths_view.h"
#include "gui/views/neuron_map_overlay.h"

#include "training_fixture.h"

#include "engine/lesson/lesson.h"
#include "engine/train/neuron_maths.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nw::gui;
using namespace nw::gui::test;

class TrainingViewsTest : public QObject {
    Q_OBJECT

private slots:
    // One pixel per value, one tile per feature map or kernel.
    void heatmapsHaveTheShapesOfWhatTheyShow() {
        const auto sizes = [](const Heatmap& map) {
            QList<QSize> s;
            for (const QImage& t : map.tiles) s << t.size();
            return s;
        };
        nw::Tensor maps(nw::Shape{6, 24, 20});
        maps[5] = -2;
        maps[7] = 1;
        const Heatmap featureMaps = heatmapOf(maps);
        QCOMPARE(sizes(featureMaps), QList<QSize>(6, QSize(20, 24)));
        QCOMPARE(featureMaps.limit, 2.0f);
        QCOMPARE(sizes(heatmapOf(nw::Tensor(nw::Shape{32}))), QList<QSize>{QSize(32, 1)});
        QCOMPARE(sizes(heatmapOf(nw::Tensor(nw::Shape{784, 120}))), QList<QSize>{QSize(120, 784)});
        QCOMPARE(sizes(heatmapOf(nw::Tensor(nw::Shape{16, 6, 5, 5}))), QList<QSize>(96, QSize(5, 5)));
        // The sign shows: negative blue, positive orange, zero pale.
        const QImage& first = featureMaps.tiles[0];
        QVERIFY(qBlue(first.pixel(5, 0)) > qRed(first.pixel(5, 0)));
        QVERIFY(qRed(first.pixel(7, 0)) > qBlue(first.pixel(7, 0)));
    }

    // The CNN's first convolution shows its 6 feature maps of 24×24 for the chosen sample, its 6
    // kernels of 5×5 and their gradients.
    void activationViewShowsTheLayersOwnShape() {
        ProjectDocument doc;
        openExample(doc, "fashion_cnn.nwproj", 1);
        TrainingController controller(&doc);
        ActivationView view(&controller, doc.graphDocument());
        view.resize(600, 300);
        const nw::Node* conv = doc.project().graph.findByName("conv_1");
        controller.setProbeNode(conv->id.value);
        controller.setProbeSample(3);
        controller.step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 1, 120000);
        controller.waitForProbes();
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.frame() && controller.frame()->params && controller.frame()->params->step == 1, 60000);
        QCOMPARE(view.tiles().size(), 6);
        for (const QImage& tile : view.tiles()) QCOMPARE(tile.size(), QSize(24, 24));
        QVERIFY(view.caption().contains(QStringLiteral("conv_1")));
        QVERIFY(view.caption().contains(QStringLiteral("sample 3")));
        view.setMode(ActivationView::Mode::Weights);
        QCOMPARE(view.tiles().size(), 6);
        QCOMPARE(view.tiles().front().size(), QSize(5, 5));
        view.setMode(ActivationView::Mode::Gradients);
        QCOMPARE(view.tiles().size(), 6);
        const nw::Node* dense = doc.project().graph.findByName("dense_1");
        controller.setProbeNode(dense->id.value);
        controller.waitForProbes();
        view.setMode(ActivationView::Mode::Activations);
        QCOMPARE(view.tiles().size(), 1);
        QCOMPARE(view.tiles().front().size(), QSize(120, 1));
        controller.stop();
        controller.waitForRunEnd();
    }

    // Root mean squares of weights, gradients and the change per step between two snapshots.
    void layerMagnitudesMeasureTheChangePerStep() {
        nw::ParamSnapshot before, after;
        before.step = 10;
        after.step = 14;
        nw::Tensor w0(nw::Shape{2, 2}), w1(nw::Shape{2, 2}), g(nw::Shape{2, 2});
        for (int i = 0; i < 4; ++i) {
            w0[i] = 1;
            w1[i] = 3;
            g[i] = i % 2 ? 0.5f : -0.5f;
        }
        before.weights = {{nw::NodeId{2}, {"weight"}, {w0}}};
        after.weights = {{nw::NodeId{2}, {"weight"}, {w1}}};
        after.gradients = {{nw::NodeId{2}, {"weight"}, {g}}};
        const std::vector<nw::LayerMagnitude> m = nw::layerMagnitudes(after, &before);
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0].weightRms, 3.0);
        QCOMPARE(m[0].gradientRms, 0.5);
        QCOMPARE(m[0].updateRms, 2.0); // over both steps; the probe thread divides by the step count
        QCOMPARE(nw::layerMagnitudes(after, nullptr)[0].updateRms, 0.0);
    }

    void decimationKeepsTheExtremes() {
        QVector<QPointF> points;
        for (int i = 0; i < 1'000'000; ++i) points.push_back({double(i), std::sin(i * 0.001)});
        points[654321].ry() = 5;
        points[123456].ry() = -7;
        const QVector<QPointF> shown = decimate(points, 0, 999'999, 500);
        QVERIFY(shown.size() <= 2 * 500 + 4);
        QVERIFY(std::is_sorted(shown.begin(), shown.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        const auto [lo, hi] = std::minmax_element(
            shown.begin(), shown.end(), [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
        QCOMPARE(lo->y(), -7.0);
        QCOMPARE(hi->y(), 5.0);
        // A zoomed range only looks at its own points.
        const QVector<QPointF> zoomed = decimate(points, 1000, 1100, 500);
        QCOMPARE(zoomed.front().x(), 999.0);
        QCOMPARE(zoomed.back().x(), 1100.0);
    }

    // A million steps keep every point but draw about one per pixel column; export writes them all.
    void chartsStayLightWithAMillionPoints() {
        MetricChart chart(QStringLiteral("Loss"), QStringLiteral("loss"));
        chart.resize(800, 300);
        const int line =
            chart.addSeries(QStringLiteral("training"), Qt::blue, MetricChart::Style::Line, true);
        QVector<QPointF> points;
        for (int i = 1; i <= 1'000'000; ++i) points.push_back({double(i), 1.0 / i});
        chart.append(line, points);
        chart.refresh();
        QCOMPARE(chart.data(line).size(), 1'000'000);
        QVERIFY(chart.drawnPoints(line) > 0);
        QVERIFY2(chart.drawnPoints(line) <= 2 * 800 + 4,
                 qPrintable(QString::number(chart.drawnPoints(line))));
        chart.zoomTo(10, 20);
        QVERIFY(chart.drawnPoints(line) <= 13);
        chart.setLogScale(true);
        QVERIFY(chart.logScale());
        chart.setSmoothing(0.9);
        QVERIFY(chart.data(line).shown()[10].y() > points[10].y()); // the average of the larger ones before
        QVERIFY(chart.readOut(15).contains(QStringLiteral("step 15")));
        QTemporaryDir dir;
        QVERIFY(chart.exportPng(dir.filePath(QStringLiteral("c.png"))));
        QVERIFY(chart.exportSvg(dir.filePath(QStringLiteral("c.svg"))));
        QVERIFY(chart.exportCsv(dir.filePath(QStringLiteral("c.csv"))));
        QFile csv(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!csv.readLine().isEmpty()) ++lines;
        QCOMPARE(lines, 1'000'001);
        QVERIFY(QImage(dir.filePath(QStringLiteral("c.png"))).width() > 0);
    }

    // In a chart as narrow as the Metrics dock gives one in German, the axes label no more ticks than
    // fit: a one-cycle learning rate spanning eight decades on a log axis, and 4000 steps.
    void axisLabelsFitANarrowChart() {
        MetricChart chart(QStringLiteral("Learning rate"), QStringLiteral("learning rate"));
        chart.resize(180, 180);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int line = chart.addSeries(QStringLiteral("rate"), Qt::blue, MetricChart::Style::Line, false);
        QVector<QPointF> points;
        for (int i = 1; i <= 4000; ++i) points.push_back({double(i), std::pow(10.0, -8.0 * i / 4000)});
        chart.append(line, points);
        chart.setLogScale(true);
        chart.refresh();
        QChart* qchart = chart.findChild<QChartView*>()->chart();
        QTRY_VERIFY(!qchart->axes(Qt::Vertical).isEmpty() &&
                    qobject_cast<QLogValueAxis*>(qchart->axes(Qt::Vertical).first()) &&
                    qobject_cast<QLogValueAxis*>(qchart->axes(Qt::Vertical).first())->max() >= 1);
        auto* y = qobject_cast<QLogValueAxis*>(qchart->axes(Qt::Vertical).first());
        const double labels = std::log(y->max() / y->min()) / std::log(y->base()) + 1;
        QVERIFY2(labels <= 6, qPrintable(QStringLiteral("%1 labels, base %2").arg(labels).arg(y->base())));
        auto* x = qobject_cast<QValueAxis*>(qchart->axes(Qt::Horizontal).first());
        const int labelWidth = QFontMetrics(x->labelsFont()).horizontalAdvance(QStringLiteral("4000"));
        // Counted again once the chart has laid out its plot, which a redraw follows.
        QTRY_VERIFY2((x->tickCount() - 1) * labelWidth < qchart->plotArea().width(),
                     qPrintable(QStringLiteral("%1 ticks of %2 px over %3 px")
                                    .arg(x->tickCount())
                                    .arg(labelWidth)
                                    .arg(qchart->plotArea().width())));
    }

    // Training spirals fills the charts, colours the plane and puts a map under each hidden layer.
    void spiralsFillsChartsPlaneAndCards() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 3);
        GraphScene scene(doc.graphDocument());
        TrainingController controller(&doc);
        MetricsDock metrics(&controller);
        DecisionBoundaryView plane(&controller);
        NeuronMapOverlay maps(&scene, &controller);
        TrainingDock dock(&doc, &controller);
        controller.start();
        trainToEnd(controller);
        controller.waitForProbes();
        QTRY_VERIFY_WITH_TIMEOUT(!plane.planeImage().isNull(), 60000);
        QCOMPARE(metrics.lossChart()->data(MetricsDock::StepSeries).size(), 75);
        QCOMPARE(metrics.lossChart()->data(MetricsDock::EpochSeries).size(), 3);
        QCOMPARE(metrics.accuracyChart()->data(MetricsDock::ValidationSeries).size(), 3);
        const int side = ProbeRequest{}.gridResolution;
        QCOMPARE(plane.planeImage().size(), QSize(side, side));
        QCOMPARE(maps.cardsWithMaps(), 5);
        QVERIFY2(dock.progressText().startsWith(QStringLiteral("Epoch 3/3")),
                 qPrintable(dock.progressText()));
        // Both classes appear on the plane.
        const QImage image = plane.planeImage();
        int orange = 0, blue = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                (qRed(image.pixel(x, y)) > qBlue(image.pixel(x, y)) ? orange : blue)++;
        QVERIFY(orange > 100 && blue > 100);
        // Reset weights empties the views.
        controller.resetWeights();
        QCOMPARE(metrics.lossChart()->data(MetricsDock::StepSeries).size(), 0);
        QVERIFY(plane.planeImage().isNull());
        QCOMPARE(maps.cardsWithMaps(), 0);
    }

    // The probes take every layer's distributions at epoch ends; the view draws the selected layer's
    // with a column per epoch, and says why when there is nothing of the chosen kind.
    void distributionsFollowTheEpochs() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 3);
        TrainingController controller(&doc);
        DistributionView view(&controller, doc.graphDocument());
        QVERIFY(view.plot().empty());
        QVERIFY(view.placeholder().contains(QStringLiteral("Select a layer")));
        const nw::Graph& graph = doc.project().graph;
        const nw::NodeId dense = graph.findByName("dense_1")->id;
        const nw::NodeId relu = graph.findByName("relu_1")->id;
        controller.setProbeNode(dense.value);
        controller.start();
        trainToEnd(controller);
        controller.waitForProbes();

        const auto& taken = controller.distributions();
        QVERIFY(!taken.empty());
        for (size_t i = 1; i < taken.size(); ++i) QVERIFY(taken[i - 1]->epoch < taken[i]->epoch);
        // The run's end is always taken, whatever was skipped on the way.
        QCOMPARE(taken.back()->epoch, 3);
        const nw::LayerDistribution* layer = taken.back()->layer(dense);
        QVERIFY(layer);
        QCOMPARE(layer->weights.total(), qint64(2 * 32 + 32));
        QCOMPARE(layer->gradients.total(), qint64(2 * 32 + 32));
        QCOMPARE(layer->activations.total(), qint64(100 * 32)); // the 100 validation samples

        const DistributionPlot& plot = view.plot();
        QVERIFY(!plot.empty());
        QCOMPARE(plot.lastEpoch, 3);
        QCOMPARE(plot.image.width(), plot.lastEpoch - plot.firstEpoch + 1);
        QVERIFY(plot.lo <= layer->weights.lo && plot.hi >= layer->weights.hi); // one range for all epochs
        QVERIFY2(view.caption().startsWith(QStringLiteral("dense_1: weights, epochs")),
                 qPrintable(view.caption()));

        controller.setProbeNode(relu.value);
        controller.waitForProbes();
        QVERIFY(view.plot().empty());
        QVERIFY2(view.placeholder().contains(QStringLiteral("has no weights")),
                 qPrintable(view.placeholder()));
        view.setKind(DistributionView::Kind::Activations);
        QVERIFY(!view.plot().empty());
        QCOMPARE(view.plot().lo, 0.0f); // ReLU outputs: none below zero, and some at it

        controller.resetWeights();
        QVERIFY(controller.distributions().empty());
        QVERIFY(view.plot().empty());
    }

    // Step mode with the maths: a phase at a time, the numbers of the engine's own step; after the
    // update, Next trains that step; a weight typed in is an undoable edit that the numbers follow.
    void mathsViewStepsThroughATrainingStep() {
        ProjectDocument doc;
        doc.adopt(nw::findBuiltinLesson("backpropagation")->project);
        doc.changeTrainingState([](nw::Project& p) { p.training.threads = 1; });
        TrainingController controller(&doc);
        MathsView view(&doc, &controller);
        view.show();
        QVERIFY(!view.maths());
        QVERIFY(view.summary().contains(QStringLiteral("Dense layer")));
        const nw::NodeId hidden = doc.project().graph.findByName("hidden")->id;
        controller.setProbeNode(hidden.value);
        // Selected before any run: the panel asks for a step rather than for a selection.
        QVERIFY(view.summary().contains(QStringLiteral("F6")));
        controller.start();
        trainToEnd(controller);
        controller.waitForProbes();
        QVERIFY(view.maths());
        const nw::NeuronMaths shown = *view.maths();
        QVERIFY(view.summary().contains(QStringLiteral("z = Σ")));
        QVERIFY(view.summary().contains(QStringLiteral("sigmoid(z)")));
        QVERIFY(!view.summary().contains(QStringLiteral("L = ")));
        QCOMPARE(view.table()->columnCount(), 4);
        // What the engine computes for that neuron, sample and the project's weights.
        const std::shared_ptr<const ProbeFrame> frame = controller.frame();
        const nw::Result<nw::NeuronMaths> engine = nw::explainNeuron(
            doc.project().graph, *doc.project().weights, frame->data(), frame->sample, hidden, 0,
            doc.project().training.loss, doc.project().training.optimizer.learningRate);
        QVERIFY(engine.ok());
        QCOMPARE(shown.z, engine->z);
        QCOMPARE(shown.gradients, engine->gradients);

        view.advance();
        QCOMPARE(view.phase(), MathsView::Phase::Loss);
        QVERIFY(view.summary().contains(QStringLiteral("L = ")));
        view.advance();
        QCOMPARE(view.table()->columnCount(), 5);
        QCOMPARE(view.table()->item(0, 4)->text(), QString::number(shown.gradients[0], 'g', 5));
        view.advance();
        QCOMPARE(view.phase(), MathsView::Phase::Update);
        QCOMPARE(view.table()->columnCount(), 6);

        // A weight typed in: the numbers follow, and undo takes it back.
        view.table()->item(0, 2)->setText(QStringLiteral("0.5"));
        QVERIFY(doc.undoStack()->canUndo());
        QCOMPARE(view.maths()->weights[0], 0.5f);
        QCOMPARE(view.maths()->z, view.maths()->bias + 0.5f * view.maths()->inputs[0] +
                                      view.maths()->weights[1] * view.maths()->inputs[1]);
        doc.undoStack()->undo();
        QCOMPARE(view.maths()->weights[0], shown.weights[0]);

        // Next after the update trains the step shown.
        const qsizetype steps = controller.steps().size();
        view.advance();
        QCOMPARE(view.phase(), MathsView::Phase::Forward);
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), steps + 1, 60000);
        QCOMPARE(controller.state(), TrainingController::State::Paused);
        controller.stopAndWait();
    }

    // The confusion matrix counts the validation split; a click on a cell lists exactly its
    // samples, misclassified ones come first otherwise.
    void evaluationShowsTheMatrixAndItsSamples() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 1);
        TrainingController controller(&doc);
        EvaluationView view(&controller);
        view.resize(700, 300);
        controller.start();
        trainToEnd(controller);
        controller.waitForProbes();
        const std::shared_ptr<const ProbeFrame> frame = controller.frame();
        QVERIFY(frame && frame->predictions);
        const nw::Predictions& p = *frame->predictions;
        int64_t total = 0;
        for (const int64_t c : p.confusion) total += c;
        QCOMPARE(total, int64_t(100));
        QCOMPARE(view.shownSamples().size(), 100);
        QVERIFY(view.summary().contains(QStringLiteral("100 validation samples")));
        // Misclassified first.
        const QList<qint64> all = view.shownSamples();
        const auto wrong = [&](qint64 row) {
            const auto i = std::find(p.indices.begin(), p.indices.end(), row) - p.indices.begin();
            return p.predicted[size_t(i)] != p.truth[size_t(i)];
        };
        const auto firstRight = std::find_if(all.begin(), all.end(), [&](qint64 r) { return !wrong(r); });
        QVERIFY(std::none_of(firstRight, all.end(), wrong));
        // A click on the cell (true 1, predicted 0).
        QSignalSpy clicked(view.matrix(), &ConfusionMatrixWidget::cellClicked);
        const QRect cell = view.matrix()->cellRect(1, 0);
        QTest::mouseClick(view.matrix(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(view.shownSamples().size(), int(p.count(1, 0)));
        for (const qint64 row : view.shownSamples()) {
            const auto i = size_t(std::find(p.indices.begin(), p.indices.end(), row) - p.indices.begin());
            QCOMPARE(p.truth[i], 1);
            QCOMPARE(p.predicted[i], 0);
        }
        QTest::mouseClick(view.matrix(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view.shownSamples().size(), 100);
    }

    // The data set's preview: the points and the samples per class.
    void datasetPanelCountsTheClasses() {
        ProjectDocument doc;
        QVERIFY(doc.open(exampleProject("spirals.nwproj")).ok());
        DatasetPanel panel(&doc);
        QSignalSpy ready(&panel, &DatasetPanel::previewReady);
        QVERIFY(ready.wait(60000));
        QVERIFY(!panel.previewImage().isNull());
        QVERIFY2(panel.previewText().contains(QStringLiteral("500 samples")),
                 qPrintable(panel.previewText().replace(QLatin1Char(0x0a), QLatin1Char(0x7c))));
        QVERIFY2(panel.previewText().contains(QStringLiteral("class 0: 250, class 1: 250")),
                 qPrintable(panel.previewText().replace(QLatin1Char(0x0a), QLatin1Char(0x7c))));
    }
};

QTEST_MAIN(TrainingViewsTest)
#include "training_views_test.moc"
