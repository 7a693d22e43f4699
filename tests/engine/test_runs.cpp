// Continuing a training, learning-rate schedules, early stopping and gradient clipping.

#include "engine/train/schedule.h"
#include "engine/train/session.h"
#include "engine/train/setting_fields.h"
#include "engine/train/sweep.h"
#include "training_fixtures.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace nw;

namespace {

// Trains `project` from its start as `start` says and stores the results in it.
StopReason train(Project& project, TrainingSession::Start start, TrainingObserver* observer = nullptr) {
    auto session = TrainingSession::create(project, ".", start);
    EXPECT_TRUE(session.ok()) << session.error().message;
    const StopReason reason = (*session)->trainer().run(observer);
    (*session)->storeResults(project);
    return reason;
}

// Two trainings went the same way: weights, every step's loss and every epoch's figures but the time.
void expectSameTraining(const Project& a, const Project& b) {
    ASSERT_TRUE(a.weights && b.weights);
    EXPECT_TRUE(*a.weights == *b.weights);
    EXPECT_EQ(a.history.batchLosses, b.history.batchLosses);
    ASSERT_EQ(a.history.epochs.size(), b.history.epochs.size());
    for (size_t i = 0; i < a.history.epochs.size(); ++i) {
        EpochMetrics ea = a.history.epochs[i];
        EpochMetrics eb = b.history.epochs[i];
        ea.seconds = eb.seconds = 0;
        EXPECT_EQ(ea, eb) << "epoch " << i + 1;
    }
}

class StopAtStep : public TrainingObserver {
public:
    StopAtStep(Trainer& trainer, int64_t step) : m_trainer(trainer), m_step(step) {}
    void onBatch(const BatchMetrics& m) override {
        if (m.step == m_step) m_trainer.stop();
    }

private:
    Trainer& m_trainer;
    int64_t m_step;
};

} // namespace

// Adam's moments, the shuffle and a step schedule all go on: 2 epochs and 3 more are 5 at once.
TEST(Runs, ContinuingEqualsTrainingAtOnce) {
    Project atOnce = spiralsProject(5);
    atOnce.training.schedule.kind = ScheduleKind::Step;
    atOnce.training.schedule.stepEpochs = 2;
    atOnce.training.schedule.factor = 0.5;
    Project inTwo = atOnce;
    ASSERT_EQ(train(atOnce, TrainingSession::Start::Fresh), StopReason::Completed);

    inTwo.training.epochs = 2;
    ASSERT_EQ(train(inTwo, TrainingSession::Start::Fresh), StopReason::Completed);
    ASSERT_TRUE(inTwo.trainingState);
    EXPECT_EQ(inTwo.trainingState->optimizer.steps, 2 * 25);
    inTwo.training.epochs = 3;
    ASSERT_EQ(train(inTwo, TrainingSession::Start::Continue), StopReason::Completed);
    inTwo.training.epochs = atOnce.training.epochs;
    expectSameTraining(inTwo, atOnce);
    EXPECT_DOUBLE_EQ(atOnce.history.epochs[4].learningRate, 0.01 * 0.25);
}

// Stopped in the middle of an epoch, then continued: the unfinished epoch is finished and the run ends
// where it was planned to, exactly as if it had never stopped. Also through a save and a load.
TEST(Runs, ContinuingAfterAStopInTheMiddleOfAnEpoch) {
    Project atOnce = spiralsProject(3);
    Project stopped = atOnce;
    ASSERT_EQ(train(atOnce, TrainingSession::Start::Fresh), StopReason::Completed);

    auto session = TrainingSession::create(stopped, ".");
    ASSERT_TRUE(session.ok());
    StopAtStep observer((*session)->trainer(), 37);
    ASSERT_EQ((*session)->trainer().run(&observer), StopReason::Stopped);
    (*session)->storeResults(stopped);
    EXPECT_EQ(stopped.history.batchLosses.size(), 37u);
    EXPECT_EQ(stopped.trainingState->epochBatches, 12);
    EXPECT_EQ(stopped.trainingState->plannedEpochs, 3);

    Result<Project> reread = parseProject(serializeProject(stopped));
    ASSERT_TRUE(reread.ok()) << reread.error().message;
    EXPECT_TRUE(*reread == stopped);
    Project continued = std::move(reread.value());
    ASSERT_EQ(train(continued, TrainingSession::Start::Continue), StopReason::Completed);
    expectSameTraining(continued, atOnce);
}

// Another optimizer since: its state cannot be taken over, and the run says so and starts it afresh.
TEST(Runs, ContinuingWithAnotherOptimizerSaysItStartsItAfresh) {
    Project p = spiralsProject(1);
    ASSERT_EQ(train(p, TrainingSession::Start::Fresh), StopReason::Completed);
    p.training.optimizer.kind = OptimizerKind::Momentum;
    auto session = TrainingSession::create(p, ".", TrainingSession::Start::Continue);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->continueNote());
    EXPECT_NE((*session)->continueNote()->find("momentum"), std::string::npos) << *(*session)->continueNote();
    EXPECT_EQ((*session)->trainer().firstEpoch(), 2);
}

// Each schedule's factor at chosen steps, computed by hand; 10 steps per epoch.
TEST(Runs, ScheduleFactorsMatchHandComputedValues) {
    const auto at = [](const ScheduleSettings& s, int64_t step, int span = 10) {
        return scheduleFactor(s, ScheduleClock{step, 10, span}, {});
    };
    ScheduleSettings constant;
    EXPECT_DOUBLE_EQ(at(constant, 0), 1);
    EXPECT_DOUBLE_EQ(at(constant, 999), 1);

    ScheduleSettings step{.kind = ScheduleKind::Step, .stepEpochs = 3, .factor = 0.1};
    EXPECT_DOUBLE_EQ(at(step, 29), 1);      // epoch 3 (index 2)
    EXPECT_DOUBLE_EQ(at(step, 30), 0.1);    // epoch 4
    EXPECT_NEAR(at(step, 65), 0.01, 1e-15); // epoch 7

    ScheduleSettings exponential{.kind = ScheduleKind::Exponential, .gamma = 0.5};
    EXPECT_DOUBLE_EQ(at(exponential, 9), 1);
    EXPECT_DOUBLE_EQ(at(exponential, 25), 0.25);

    // Cosine over 10 epochs after 2 of warm-up, down to 0.1: half way (epoch 6) it is 0.55.
    ScheduleSettings cosine{.kind = ScheduleKind::Cosine, .warmupEpochs = 2, .minFactor = 0.1};
    EXPECT_DOUBLE_EQ(at(cosine, 0), 1.0 / 20);  // first warm-up step
    EXPECT_DOUBLE_EQ(at(cosine, 9), 10.0 / 20); // half of the warm-up
    EXPECT_DOUBLE_EQ(at(cosine, 20), 1);
    EXPECT_NEAR(at(cosine, 60), 0.55, 1e-12);
    EXPECT_NEAR(at(cosine, 100), 0.1, 1e-12);
    EXPECT_NEAR(at(cosine, 500), 0.1, 1e-12); // past its span it stays at the end

    // One-cycle over 10 epochs: 1/25 at the start, the full rate at 30 %, 1/(25·10⁴) at the end.
    ScheduleSettings oneCycle{.kind = ScheduleKind::OneCycle};
    EXPECT_NEAR(at(oneCycle, 0), 0.04, 1e-12);
    EXPECT_NEAR(at(oneCycle, 30), 1, 1e-12);
    EXPECT_NEAR(at(oneCycle, 15), (0.04 + 1) / 2, 1e-12);
    EXPECT_NEAR(at(oneCycle, 100), 4e-6, 1e-15);

    // Plateau with patience 1: the validation loss stops improving after epoch 2; the third epoch
    // without a better one (epoch 5) halves the factor.
    ScheduleSettings plateau{.kind = ScheduleKind::Plateau, .factor = 0.5, .patience = 1};
    std::vector<EpochMetrics> epochs(6);
    const double losses[] = {1.0, 0.8, 0.9, 0.85, 0.81, 0.7};
    for (size_t i = 0; i < epochs.size(); ++i) epochs[i].validationLoss = losses[i];
    const auto afterEpochs = [&](size_t n) {
        return scheduleFactor(plateau, {0, 10, 10}, std::span(epochs).first(n));
    };
    EXPECT_DOUBLE_EQ(afterEpochs(3), 1);
    EXPECT_DOUBLE_EQ(afterEpochs(4), 0.5);
    EXPECT_DOUBLE_EQ(afterEpochs(6), 0.5);
}

// The validation loss of a too-fast run stops improving; the run stops after `patience` epochs and
// keeps the weights of its best epoch, which equal those of a run that ended there.
TEST(Runs, EarlyStoppingRestoresTheBestEpochsWeights) {
    Project p = spiralsProject(200);
    p.dataset.validationFraction = 0.3;
    p.training.optimizer.learningRate = 0.05;
    p.training.earlyStopping = {.enabled = true, .metric = StopMetric::ValidationLoss, .patience = 3};
    auto session = TrainingSession::create(p, ".");
    ASSERT_TRUE(session.ok());
    ASSERT_EQ((*session)->trainer().run(), StopReason::EarlyStopped);
    const std::optional<int> best = (*session)->trainer().bestEpoch();
    ASSERT_TRUE(best);
    const MetricHistory& history = (*session)->trainer().history();
    EXPECT_EQ(static_cast<int>(history.epochs.size()), *best + 3);
    for (const EpochMetrics& e : history.epochs)
        EXPECT_GE(e.validationLoss, history.epochs[static_cast<size_t>(*best - 1)].validationLoss);

    Project untilBest = p;
    untilBest.training.earlyStopping.enabled = false;
    untilBest.training.epochs = *best;
    ASSERT_EQ(train(untilBest, TrainingSession::Start::Fresh), StopReason::Completed);
    EXPECT_TRUE((*session)->network().exportWeights() == *untilBest.weights);
}

// One plain SGD step over the whole set with clipping: the weights move by exactly lr · clipNorm.
TEST(Runs, GradientClippingBoundsTheUpdate) {
    Project p = spiralsProject(1);
    p.dataset.validationFraction = 0;
    p.training.batchSize = 500;
    p.training.optimizer.kind = OptimizerKind::SGD;
    p.training.optimizer.learningRate = 0.1;
    p.training.clipNorm = 1e-3;
    auto session = TrainingSession::create(p, ".");
    ASSERT_TRUE(session.ok());
    const Weights before = (*session)->network().exportWeights();
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    const Weights after = (*session)->network().exportWeights();
    double squared = 0;
    for (size_t n = 0; n < before.size(); ++n)
        for (size_t i = 0; i < before[n].values.size(); ++i)
            squared += (after[n].values[i].flat() - before[n].values[i].flat()).squaredNorm();
    EXPECT_NEAR(std::sqrt(squared), 0.1 * 1e-3, 1e-7);
}

TEST(Runs, SettingsByNameAreTypeCheckedAndRangeCheckedByTheFileReader) {
    TrainingSettings s;
    EXPECT_FALSE(applySetting(s, "learningRate=0.5"));
    EXPECT_DOUBLE_EQ(s.optimizer.learningRate, 0.5);
    EXPECT_FALSE(applySetting(s, "schedule=one-cycle"));
    EXPECT_EQ(s.schedule.kind, ScheduleKind::OneCycle);
    EXPECT_FALSE(applySetting(s, "earlyStopping=validationAccuracy"));
    EXPECT_TRUE(s.earlyStopping.enabled);
    EXPECT_EQ(findSettingField("earlyStopping")->get(s), "validationAccuracy");
    EXPECT_NE(applySetting(s, "schedule=linear")->english().find("one of: constant"), std::string::npos);
    EXPECT_NE(applySetting(s, "learningRat=1")->english().find("unknown setting"), std::string::npos);
    EXPECT_NE(applySetting(s, "batchSize=12.5")->english().find("a whole number"), std::string::npos);
    EXPECT_TRUE(checkTrainingSettings(s).ok());
    EXPECT_FALSE(applySetting(s, "factor=1.5"));
    const Status wrong = checkTrainingSettings(s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().describe().find("factor"), std::string::npos) << wrong.error().describe();
}

TEST(Runs, SweepAxesListOrSpaceTheirValues) {
    Result<SweepAxis> listed = parseSweepAxis("batchSize=32,64,128");
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->values, (std::vector<std::string>{"32", "64", "128"}));
    Result<SweepAxis> logGrid = parseSweepAxis("learningRate=1e-4..1e-1:log4");
    ASSERT_TRUE(logGrid.ok()) << logGrid.error().message;
    EXPECT_EQ(logGrid->values, (std::vector<std::string>{"1e-04", "0.001", "0.01", "0.1"}));
    Result<SweepAxis> linear = parseSweepAxis("momentum=0..0.9:4");
    ASSERT_TRUE(linear.ok());
    EXPECT_EQ(linear->values, (std::vector<std::string>{"0", "0.3", "0.6", "0.9"}));
    EXPECT_FALSE(parseSweepAxis("learningRate=0..1:log3").ok());
    EXPECT_FALSE(parseSweepAxis("colour=red,blue").ok());

    const SweepAxis axes[] = {*logGrid, *listed};
    Result<std::vector<TrainingSettings>> grid = sweepGrid(TrainingSettings{}, axes);
    ASSERT_TRUE(grid.ok());
    ASSERT_EQ(grid->size(), 12u);
    EXPECT_DOUBLE_EQ((*grid)[0].optimizer.learningRate, 1e-4);
    EXPECT_EQ((*grid)[1].batchSize, 64);
    EXPECT_DOUBLE_EQ((*grid)[11].optimizer.learningRate, 0.1);
    const SweepAxis tooFast[] = {*parseSweepAxis("learningRate=1,20")};
    Result<std::vector<TrainingSettings>> refused = sweepGrid(TrainingSettings{}, tooFast);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("learningRate=20"), std::string::npos) << refused.error().message;
}
