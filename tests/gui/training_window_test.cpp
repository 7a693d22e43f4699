// Training in the real main window: the Train menu and its shortcuts, the docks following a run,
// the selection steering the probes, and the trained project saved and reopened with its state.
#include "gui/app/main_window.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/recovery/autosaver.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/training/training_dock.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"

#include "dock_screenshot.h"
#include "scripted_prompts.h"
#include "training_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace nw::gui;
using namespace nw::gui::test;

class TrainingWindowTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>(nullptr, m_settings.get());
        window->setPrompts(std::make_unique<ScriptedPrompts>());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) qFatal("the window was not shown");
        return window;
    }

private slots:
    void init() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void trainMenuHasTheRunsActionsAndShortcuts() {
        auto window = makeWindow();
        auto* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("menu.train"));
        QVERIFY(menu);
        const auto shortcut = [&](const char* id) {
            auto* a = window->findChild<QAction*>(QString::fromLatin1(id));
            return a ? a->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("train.start"), QKeySequence(Qt::Key_F5));
        QCOMPARE(shortcut("train.step"), QKeySequence(Qt::Key_F6));
        QCOMPARE(shortcut("train.stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QCOMPARE(shortcut("train.pause"), QKeySequence(Qt::Key_F8));
        for (const char* dock : {"dock.training", "dock.metrics", "dock.decisionBoundary", "dock.activations",
                                 "dock.evaluation"})
            QVERIFY2(window->findChild<QDockWidget*>(QString::fromLatin1(dock)), dock);
    }

    // F5 trains the open project; the charts fill, the selection picks the probed layer, and the
    // project, saved and opened again, brings back its curves and its trained weights.
    void f5TrainsAndTheProjectKeepsTheResult() {
        const QString path = m_dir.filePath(QStringLiteral("spirals.nwproj"));
        {
            auto window = makeWindow();
            QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
            window->document()->changeTrainingState([](nw::Project& p) {
                p.training.epochs = 4;
                p.training.threads = 1;
            });
            QVERIFY(window->selectLayer(QStringLiteral("relu_1")));
            QTest::keyClick(window.get(), Qt::Key_F5);
            QVERIFY(window->training()->isTraining());
            QTRY_COMPARE_WITH_TIMEOUT(window->training()->state(), TrainingController::State::Idle, 120000);
            QCOMPARE(window->metricsDock()->lossChart()->data(MetricsDock::StepSeries).size(), 100);
            window->training()->waitForProbes();
            QVERIFY(window->training()->frame());
            QCOMPARE(window->training()->frame()->node.value,
                     window->document()->project().graph.findByName("relu_1")->id.value);
            QVERIFY(window->isWindowModified());
            // The finished run is in the recovery copy at once, not a minute later.
            QVERIFY(window->autosaver()->folder().hasOwnCopy());
            QVERIFY(window->document()->saveAs(path).ok());
            QVERIFY(!window->autosaver()->folder().hasOwnCopy());
        }
        auto window = makeWindow();
        QVERIFY(window->openFile(path));
        QCOMPARE(window->metricsDock()->lossChart()->data(MetricsDock::StepSeries).size(), 100);
        QCOMPARE(window->metricsDock()->lossChart()->data(MetricsDock::EpochSeries).size(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(window->training()->frame() && window->training()->frame()->grid, 60000);
        QVERIFY(window->trainingDock()->progressText().startsWith(QStringLiteral("Epoch 4/4")));
    }
    // A schedule chosen in the training panel shows only its own fields, is kept in the project, and
    // the learning-rate chart shows the rate each step used: step decay halves it every two epochs.
    void aScheduleChosenInThePanelShapesTheRateChart() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        window->document()->changeTrainingState([](nw::Project& p) {
            p.training.epochs = 4;
            p.training.threads = 1;
            p.training.optimizer.learningRate = 0.02;
        });
        QWidget* dock = window->trainingDock();
        const auto shown = [&](const char* name) {
            auto* field = dock->findChild<QWidget*>(QString::fromLatin1(name));
            return field && field->isVisibleTo(dock);
        };
        auto* kind = dock->findChild<QComboBox*>(QStringLiteral("training.schedule"));
        QVERIFY(kind);
        QVERIFY(!shown("training.stepEpochs"));
        kind->setCurrentIndex(1); // Step decay
        emit kind->activated(1);
        QVERIFY(window->document()->project().training.schedule.kind == nw::ScheduleKind::Step);
        QVERIFY(shown("training.stepEpochs") && shown("training.factor"));
        QVERIFY(!shown("training.gamma") && !shown("training.minFactor") && !shown("training.stopPatience"));
        auto* every = dock->findChild<QSpinBox*>(QStringLiteral("training.stepEpochs"));
        auto* factor = dock->findChild<QDoubleSpinBox*>(QStringLiteral("training.factor"));
        every->setValue(2);
        emit every->editingFinished();
        factor->setValue(0.5);
        emit factor->editingFinished();
        QCOMPARE(window->document()->project().training.schedule.stepEpochs, 2);
        QCOMPARE(window->document()->project().training.schedule.factor, 0.5);
        saveScreenshot(*dock->findChild<QWidget*>(QStringLiteral("training.scheduleBox")),
                       QStringLiteral("training-schedule"));

        QTest::keyClick(window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(window->training()->state(), TrainingController::State::Idle, 120000);
        const SeriesData& rate = window->metricsDock()->learningRateChart()->data(MetricsDock::StepSeries);
        QCOMPARE(rate.size(), 100);
        QCOMPARE(rate.points().front().y(), 0.02);
        QCOMPARE(rate.points().back().y(), 0.01);
        // A change from elsewhere (a project opened, the command line) shows in the panel.
        window->document()->changeTrainingState(
            [](nw::Project& p) { p.training.schedule.kind = nw::ScheduleKind::Cosine; });
        QCOMPARE(kind->currentIndex(), 3);
        QVERIFY(shown("training.minFactor") && !shown("training.factor"));
    }

    // An editor of the training panel that has the focus when the window goes emits editingFinished
    // while the panel is destroyed: it must reach nothing (UBSan, in make test-asan, reports a slot
    // called on a half-destroyed dock).
    void destroyingTheWindowWithAnEditorFocused() {
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        for (const char* name : {"training.dataset.samples", "training.epochs"}) {
            auto* box = window->trainingDock()->findChild<QSpinBox*>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            window->trainingDock()->raise();
            box->setFocus();
            QTest::keyClicks(box, QStringLiteral("7"));
        }
        window.reset();
    }

    // Closing during a run asks first; "Keep Running" keeps both, "Stop and Close" stops the run,
    // keeps what it learnt and goes on to the unsaved-changes question.
    void closingDuringARunAsksThenStopsIt() {
        auto window = makeWindow();
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts* answers = prompts.get();
        window->setPrompts(std::move(prompts));
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        window->document()->changeTrainingState([](nw::Project& p) {
            p.training.epochs = 1000000; // runs until it is stopped
            p.training.threads = 1;
        });
        window->training()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!window->training()->steps().isEmpty(), 120000);

        answers->stopAnswer = false;
        QVERIFY(!window->close());
        QCOMPARE(answers->stopQuestions, QStringList{QStringLiteral("Training is under way.")});
        QVERIFY(window->isVisible());
        QVERIFY(window->training()->isTraining());
        QCOMPARE(answers->saveQuestions, 0);

        answers->stopAnswer = true;
        answers->saveAnswer = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->close());
        QCOMPARE(window->training()->state(), TrainingController::State::Idle);
        QVERIFY(!window->document()->project().history.batchLosses.empty()); // the run's results were kept
        QCOMPARE(answers->saveQuestions, 1);
    }
};

QTEST_MAIN(TrainingWindowTest)
#include "training_window_test.moc"
