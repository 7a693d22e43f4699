// A RapidCheck property over random sequences of the run's commands (Train, Pause, Resume, Step,
// Stop, Reset Weights), with the event loop turning in between as it does for a person clicking:
// no crash, no deadlock, and no lost metric (the controller's points are exactly the project's
// history, numbered without a gap).
#include "gui/document/project_document.h"
#include "gui/training/training_controller.h"

#include "training_fixture.h"

#include <QCoreApplication>
#include <QThread>
#include <QtTest>

#include <rapidcheck.h>

using namespace nw::gui;
using namespace nw::gui::test;

namespace {

enum class Command { Start, Pause, Resume, Step, Stop, Reset, Events };

void apply(TrainingController& c, Command command) {
    switch (command) {
    case Command::Start: c.start(); break;
    case Command::Pause: c.pause(); break;
    case Command::Resume: c.resume(); break;
    case Command::Step: c.step(); break;
    case Command::Stop: c.stop(); break;
    case Command::Reset: c.resetWeights(); break;
    case Command::Events: QCoreApplication::processEvents(QEventLoop::AllEvents, 5); break;
    }
}

} // namespace

class TrainingStressTest : public QObject {
    Q_OBJECT

private slots:
    void randomCommandsLoseNothing() {
        const bool held = rc::check("random run commands keep the metrics and the project in step", [] {
            ProjectDocument doc;
            openExample(doc, "spirals.nwproj", 2); // 50 steps: runs also end by themselves
            TrainingController controller(&doc);
            const auto commands = *rc::gen::container<std::vector<Command>>(
                *rc::gen::inRange(1, 40),
                rc::gen::element(Command::Start, Command::Pause, Command::Resume, Command::Step,
                                 Command::Stop, Command::Reset, Command::Events, Command::Events));
            for (const Command command : commands) apply(controller, command);
            controller.stopAndWait();
            RC_ASSERT(controller.state() == TrainingController::State::Idle);
            const nw::MetricHistory& history = doc.project().history;
            RC_ASSERT(static_cast<size_t>(controller.steps().size()) == history.batchLosses.size());
            RC_ASSERT(static_cast<size_t>(controller.epochs().size()) == history.epochs.size());
            for (int i = 0; i < controller.steps().size(); ++i) {
                RC_ASSERT(controller.steps()[i].step == i + 1);
                RC_ASSERT(static_cast<float>(controller.steps()[i].loss) == history.batchLosses[size_t(i)]);
            }
        });
        QVERIFY(held);
    }

    // The window's own timer, not a final pull after the end, delivers every step, also when the
    // views take their time over each delivery (the run ends while they draw).
    void theTimerDeliversEveryStep() {
        ProjectDocument doc;
        openExample(doc, "spirals.nwproj", 200);
        TrainingController controller(&doc);
        connect(&controller, &TrainingController::metricsAppended, this, [] { QThread::msleep(20); });
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), TrainingController::State::Idle, 120000);
        QCOMPARE(controller.steps().size(), 200 * 25);
        QCOMPARE(controller.epochs().size(), 200);
        QCOMPARE(controller.epochs().back().step, qint64(200 * 25));
    }
};

QTEST_MAIN(TrainingStressTest)
#include "training_stress_test.moc"
