#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"

#include "child_process.h"

#include "engine/layers/registry.h"
#include "training_fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nw::gui;
using namespace nw::gui::test;

class TrainingControllerTest : public QObject {
    Q_OBJECT

private slots:
    // Spirals: 400 training samples in batches of 16 make 25 steps an epoch.
    void spiralsTrainsToHighAccuracyWithChartPoints() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 60);
        TrainingController controller(&doc);
        QSignalSpy appended(&controller, &TrainingController::metricsAppended);
        controller.start();
        QVERIFY(controller.isTraining());
        trainToEnd(controller);

        QCOMPARE(controller.state(), TrainingController::State::Idle);
        QCOMPARE(controller.steps().size(), 60 * 25);
        QCOMPARE(controller.epochs().size(), 60);
        QVERIFY(appended.count() > 0);
        // Pulled in bunches, never one signal per step.
        QVERIFY(appended.count() < controller.steps().size());
        QVERIFY2(controller.epochs().back().validationAccuracy >= 0.95,
                 qPrintable(QString::number(controller.epochs().back().validationAccuracy)));
        QVERIFY(controller.steps().back().loss < controller.steps().front().loss);
        // The results are in the project, unsaved.
        QVERIFY(doc.project().weights.has_value());
        QCOMPARE(doc.project().history.batchLosses.size(), size_t(60 * 25));
        QCOMPARE(doc.project().history.epochs.size(), size_t(60));
        QVERIFY(doc.isModified());
    }

    // Paused from the start, three steps train exactly three batches; a stop then ends the run.
    void stepTrainsExactlyOneBatchEach() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 5);
        TrainingController controller(&doc);
        controller.step();
        QCOMPARE(controller.state(), TrainingController::State::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 1, 60000);
        controller.step();
        controller.step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 3, 60000);
        QCOMPARE(controller.state(), TrainingController::State::Paused);
        controller.stop();
        trainToEnd(controller);
        QCOMPARE(controller.steps().size(), 3);
        QCOMPARE(controller.state(), TrainingController::State::Idle);
        QCOMPARE(doc.project().history.batchLosses.size(), size_t(3));
    }

    // Slowed down to one step every thousand seconds, a run has made its first step and waits for
    // the next: Stop ends the wait (and the run) at once, and the numbers are those of a fast run.
    void aSlowRunStopsAtOnceAndKeepsItsNumbers() {
        ProjectDocument fastDoc;
        openExample(fastDoc, "spirals.nwproj", 1);
        TrainingController fast(&fastDoc);
        fast.start();
        trainToEnd(fast);

        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 1);
        TrainingController controller(&doc);
        controller.setStepsPerSecond(0.001);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 1, 60000);
        controller.stop();
        trainToEnd(controller); // would wait a thousand seconds, past the test's time limit, if Stop did not
                                // end the wait
        QCOMPARE(controller.steps().size(), 1);
        QCOMPARE(controller.steps().front().loss, fast.steps().front().loss);

        // Back to full speed in the middle of a slow run: the rest runs flat out. Train after a Stop
        // finishes the run's planned epoch: its 24 steps left.
        controller.setStepsPerSecond(0.001);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 2, 60000);
        controller.setStepsPerSecond(0);
        trainToEnd(controller);
        QCOMPARE(controller.steps().size(), 25);
    }

    void pauseAndResumeContinueTheRun() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 4);
        TrainingController controller(&doc);
        controller.start();
        controller.pause();
        QCOMPARE(controller.state(), TrainingController::State::Paused);
        controller.resume();
        QVERIFY(controller.state() != TrainingController::State::Paused);
        trainToEnd(controller);
        QCOMPARE(controller.steps().size(), 4 * 25);
        QCOMPARE(controller.epochs().size(), 4);
    }

    // A second Start continues from the trained weights and appends to the history.
    void startAgainContinues() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 2);
        TrainingController controller(&doc);
        controller.start();
        trainToEnd(controller);
        controller.start();
        trainToEnd(controller);
        QCOMPARE(controller.steps().size(), 4 * 25);
        QCOMPARE(controller.epochs().back().epoch, 4);
        QCOMPARE(doc.project().history.epochs.size(), size_t(4));
        QCOMPARE(doc.project().history.epochs.back().epoch, 4);
        controller.resetWeights();
        QVERIFY(!doc.project().weights);
        QCOMPARE(controller.steps().size(), 0);
    }

    // After the network is edited, Train starts a new run from fresh weights instead of refusing the
    // old weights; the first run stays in the project's runs.
    void anEditedNetworkTrainsAsANewRun() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 2);
        TrainingController controller(&doc);
        controller.start();
        trainToEnd(controller);
        QCOMPARE(doc.project().runs.size(), size_t(1));
        const nw::Node* dense = doc.project().graph.findByName("dense_1");
        QVERIFY(dense);
        QVERIFY(doc.graphDocument()->setAttribute(dense->id.value, 0, nw::AttrValue{int64_t{8}}).ok());
        controller.start();
        QVERIFY2(controller.lastMessage().contains(QStringLiteral("new run")),
                 qPrintable(controller.lastMessage()));
        trainToEnd(controller);
        QVERIFY2(controller.lastMessage().startsWith(QStringLiteral("Training finished")),
                 qPrintable(controller.lastMessage()));
        QCOMPARE(doc.project().runs.size(), size_t(2));
        QCOMPARE(*doc.project().currentRun, 2);
        QCOMPARE(doc.project().history.epochs.size(), size_t(2));
        QCOMPARE(controller.epochs().size(), 2);
        QCOMPARE(doc.project().runs[0].history.epochs.size(), size_t(2));
    }

    // A network that does not fit its data cannot train: the message says why, as a sentence, and
    // goes once the edit that caused it is undone.
    void whyARunCouldNotStartGoesWithTheEditThatCausedIt() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 1);
        TrainingController controller(&doc);
        const nw::Node* input = doc.project().graph.findByName("input_1");
        QVERIFY(input);
        const int shape = nw::layerRegistry().find("Input")->attrIndex("shape");
        QVERIFY(doc.graphDocument()->setAttribute(input->id.value, shape, nw::AttrValue{nw::Shape{3}}).ok());
        controller.start();
        trainToEnd(controller);
        QVERIFY2(controller.lastMessage().startsWith(QStringLiteral("Training could not start")),
                 qPrintable(controller.lastMessage()));
        QVERIFY2(controller.lastMessage().endsWith(QLatin1Char('.')), qPrintable(controller.lastMessage()));
        doc.undoStack()->undo();
        QCOMPARE(controller.lastMessage(), QString());
    }

    // The designer and neuroweave-cli give the same numbers, bit for bit, for the same project.
    void sameNumbersAsTheCommandLine() {
        QTemporaryDir dir;
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 3);
        const QString input = dir.filePath(QStringLiteral("spirals.nwproj"));
        const QString output = dir.filePath(QStringLiteral("cli.nwproj"));
        QVERIFY(doc.saveAs(input).ok());

        const nw::ChildProcessResult cli = runChild(
            QStringLiteral(NW_CLI_PATH), {QStringLiteral("train"), input, QStringLiteral("-o"), output});
        QVERIFY2(cli.exitCode == 0, cli.output.c_str());
        const nw::Result<nw::Project> byCli = nw::loadProject(QFile::encodeName(output).toStdString());
        QVERIFY(byCli.ok());

        TrainingController controller(&doc);
        controller.start();
        trainToEnd(controller);
        const nw::Project& byDesigner = doc.project();
        QVERIFY(byDesigner.weights && byCli.value().weights);
        QVERIFY(*byDesigner.weights == *byCli.value().weights);
        QVERIFY(byDesigner.history.batchLosses == byCli.value().history.batchLosses);
        QCOMPARE(byDesigner.history.epochs.size(), byCli.value().history.epochs.size());
        for (size_t i = 0; i < byDesigner.history.epochs.size(); ++i) {
            QCOMPARE(byDesigner.history.epochs[i].validationLoss,
                     byCli.value().history.epochs[i].validationLoss);
            QCOMPARE(byDesigner.history.epochs[i].validationAccuracy,
                     byCli.value().history.epochs[i].validationAccuracy);
        }
    }

    // A continued run gives the numbers of `neuroweave-cli train --continue`, on synthetic and on CSV
    // data (whose encoding the designer stores too).
    void continuedRunsGiveTheCommandLinesNumbers() {
        for (const char* example : {"spirals.nwproj", "fruit_csv.nwproj"}) {
            QTemporaryDir dir;
            ProjectDocument doc;
            openExample(doc, example, 2);
            const QString input = dir.filePath(QStringLiteral("p.nwproj"));
            const QString output = dir.filePath(QStringLiteral("cli.nwproj"));
            QVERIFY(doc.saveAs(input).ok());
            for (const QStringList& args :
                 {QStringList{QStringLiteral("train"), input, QStringLiteral("-o"), output},
                  QStringList{QStringLiteral("train"), output, QStringLiteral("--continue"),
                              QStringLiteral("--epochs"), QStringLiteral("1")}}) {
                const nw::ChildProcessResult cli = runChild(QStringLiteral(NW_CLI_PATH), args);
                QVERIFY2(cli.exitCode == 0, cli.output.c_str());
            }
            const nw::Result<nw::Project> byCli = nw::loadProject(QFile::encodeName(output).toStdString());
            QVERIFY(byCli.ok());

            TrainingController controller(&doc);
            controller.start();
            trainToEnd(controller);
            doc.changeTrainingState([](nw::Project& p) { p.training.epochs = 1; });
            controller.start();
            trainToEnd(controller);
            const nw::Project& byDesigner = doc.project();
            QCOMPARE(byDesigner.history.epochs.size(), size_t(3));
            QVERIFY(byDesigner.weights && byCli.value().weights);
            QVERIFY2(*byDesigner.weights == *byCli.value().weights, example);
            QVERIFY(byDesigner.history.batchLosses == byCli.value().history.batchLosses);
            QVERIFY(byDesigner.trainingState == byCli.value().trainingState);
            QVERIFY(byDesigner.csvEncoding == byCli.value().csvEncoding);
        }
    }

    // An absurd learning rate overflows the weights; the run stops itself with the weights of the
    // last finite step, which equal those of a run stopped by hand after as many steps.
    void divergenceKeepsTheLastFiniteWeights() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 3);
        doc.changeTrainingState([](nw::Project& p) {
            p.training.optimizer.kind = nw::OptimizerKind::SGD;
            p.training.optimizer.learningRate = 1e30;
        });
        TrainingController controller(&doc);
        controller.start();
        trainToEnd(controller);
        QVERIFY2(controller.lastMessage().contains(QStringLiteral("diverged")),
                 qPrintable(controller.lastMessage()));
        QVERIFY(controller.lastMessage().contains(QStringLiteral("lower learning rate")));
        QVERIFY(doc.project().weights);
        QVERIFY(allFinite(*doc.project().weights));
        const nw::Weights diverged = *doc.project().weights;
        const int finiteSteps = static_cast<int>(doc.project().history.batchLosses.size());
        QVERIFY(finiteSteps >= 1);
        QVERIFY(finiteSteps < 3 * 25);

        controller.resetWeights();
        for (int i = 0; i < finiteSteps; ++i) controller.step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), finiteSteps, 60000);
        controller.stop();
        trainToEnd(controller);
        QVERIFY(*doc.project().weights == diverged);
    }

    // Editing the network stops the run first and keeps none of its weights. The run is held after
    // its first step until the controller has seen it, and no event is handled between the resume
    // and the edit: the run is still going for the controller, however fast the machine trains.
    void editingTheNetworkStopsTraining() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 1000);
        TrainingController controller(&doc);
        controller.step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 1, 60000);
        controller.resume();
        QCOMPARE(controller.state(), TrainingController::State::Running);
        const nw::Node* dense = doc.project().graph.findByName("dense_2");
        QVERIFY(dense);
        QVERIFY(doc.graphDocument()->setAttribute(dense->id.value, 0, nw::AttrValue{int64_t{16}}).ok());
        trainToEnd(controller);
        QCOMPARE(controller.state(), TrainingController::State::Idle);
        QVERIFY(controller.lastMessage().contains(QStringLiteral("edited")));
        QVERIFY(!doc.project().weights);
        QCOMPARE(controller.steps().size(), 0);
    }

    // Opening another project during a run ends the run quietly: nothing was edited. Held and
    // resumed as above, so the run is going whatever the machine's speed.
    void openingAnotherProjectEndsTheRun() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 1000);
        TrainingController controller(&doc);
        controller.step();
        QTRY_COMPARE_WITH_TIMEOUT(controller.steps().size(), 1, 60000);
        controller.resume();
        QCOMPARE(controller.state(), TrainingController::State::Running);
        QVERIFY(doc.open(exampleProject("xor.nwproj")).ok());
        QCOMPARE(controller.state(), TrainingController::State::Idle);
        QVERIFY(!controller.lastMessage().contains(QStringLiteral("edited")));
        QCOMPARE(controller.steps().size(), 0);
        QVERIFY(!doc.project().weights);
    }

    // The probe thread shows the selected node for the selected sample and the spirals' plane.
    void probesShowActivationsAndThePlane() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 2);
        TrainingController controller(&doc);
        const nw::Node* dense = doc.project().graph.findByName("dense_1");
        controller.setProbeNode(dense->id.value);
        controller.setProbeSample(7);
        controller.start();
        trainToEnd(controller);
        controller.waitForProbes();
        const std::shared_ptr<const ProbeFrame> frame = controller.frame();
        QVERIFY(frame);
        QVERIFY(frame->params);
        QCOMPARE(frame->params->step, qint64(2 * 25));
        QVERIFY(frame->activation);
        QCOMPARE(frame->activation->shape(), nw::Shape{32});
        QCOMPARE(frame->sample, qint64(7));
        QVERIFY(frame->grid);
        QCOMPARE(frame->grid->outputs, 2);
        const auto side = size_t(ProbeRequest{}.gridResolution);
        QCOMPARE(frame->grid->output.size(), side * side * 2);
        // dense_1, relu_1, dense_2, relu_2, dense_3: every hidden layer gets its unit maps.
        QCOMPARE(frame->grid->nodes.size(), size_t(5));
        QVERIFY(frame->predictions);
        QCOMPARE(frame->predictions->indices.size(), size_t(100));
        QCOMPARE(frame->magnitudes.size(), size_t(3));
        for (const nw::LayerMagnitude& m : frame->magnitudes) {
            QVERIFY(m.weightRms > 0);
            QVERIFY(m.gradientRms > 0);
        }
    }

    // A project opened with trained weights shows them: history for the charts, probes for the views.
    void reopenedProjectShowsItsTrainedState() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trained.nwproj"));
        {
            ProjectDocument doc;
            openExample(doc, "spirals.nwproj", 2);
            TrainingController controller(&doc);
            controller.start();
            trainToEnd(controller);
            QVERIFY(doc.saveAs(path).ok());
        }
        ProjectDocument doc;
        TrainingController controller(&doc);
        QVERIFY(doc.open(path).ok());
        QCOMPARE(controller.steps().size(), 50);
        QCOMPARE(controller.epochs().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(controller.frame() && controller.frame()->grid, 60000);
        QCOMPARE(controller.frame()->params->weights, *doc.project().weights);
    }
};

QTEST_MAIN(TrainingControllerTest)
#include "training_controller_test.moc"
