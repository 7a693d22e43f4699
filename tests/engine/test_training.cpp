#include "engine/train/session.h"
#include "training_fixtures.h"

#include <atomic>
#include <cmath>
#include <gtest/gtest.h>
#include <thread>

using namespace nw;

namespace {

std::vector<float> trainedLosses(const Project& p) {
    auto session = TrainingSession::create(p, ".");
    EXPECT_TRUE(session.ok());
    EXPECT_EQ((*session)->trainer().run(), StopReason::Completed);
    return (*session)->trainer().history().batchLosses;
}

class StopAfter : public TrainingObserver {
public:
    explicit StopAfter(Trainer*& trainer, int64_t steps) : m_trainer(trainer), m_steps(steps) {}
    void onBatch(const BatchMetrics& m) override {
        if (m.step == m_steps) m_trainer->stop();
    }
    Trainer*& m_trainer;
    int64_t m_steps;
};

class CountSteps : public TrainingObserver {
public:
    void onBatch(const BatchMetrics&) override { ++steps; }
    std::atomic<int64_t> steps{0};
};

} // namespace

TEST(Training, SpiralsReachNinetyFivePercent) {
    const Project p = spiralsProject(200);
    auto session = TrainingSession::create(p, ".");
    ASSERT_TRUE(session.ok()) << session.error().message;
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    const EpochMetrics& last = (*session)->trainer().history().epochs.back();
    EXPECT_GE(last.trainAccuracy, 0.95) << "loss " << last.trainLoss;
    EXPECT_EQ((*session)->trainer().history().epochs.size(), 200u);
}

TEST(Training, SameSeedGivesIdenticalLossHistories) {
    const Project p = spiralsProject(5);
    EXPECT_EQ(trainedLosses(p), trainedLosses(p));
    Project other = p;
    other.training.seed = 2;
    EXPECT_NE(trainedLosses(p), trainedLosses(other));
}

TEST(Training, StopTakesEffectBetweenSteps) {
    auto session = TrainingSession::create(spiralsProject(50), ".");
    ASSERT_TRUE(session.ok());
    Trainer* trainer = &(*session)->trainer();
    StopAfter observer(trainer, 7);
    EXPECT_EQ(trainer->run(&observer), StopReason::Stopped);
    EXPECT_EQ(trainer->history().batchLosses.size(), 7u);
}

TEST(Training, PauseStepResumeFromAnotherThread) {
    auto session = TrainingSession::create(spiralsProject(3), ".");
    ASSERT_TRUE(session.ok());
    Trainer& trainer = (*session)->trainer();
    CountSteps counter;
    trainer.pause();
    std::thread worker([&] { trainer.run(&counter); });
    trainer.step();
    trainer.step();
    // Two single steps, then nothing more until resumed: once run() waits for a command, no third
    // step can come, however fast or slow the machine.
    while (counter.steps < 2) std::this_thread::yield();
    trainer.waitUntilIdle();
    const int64_t whilePaused = counter.steps;
    trainer.setLearningRate(0.001);
    trainer.resume();
    worker.join();
    trainer.waitUntilIdle(); // run() has returned: nothing to wait for
    EXPECT_EQ(whilePaused, 2);
    EXPECT_EQ(trainer.history().epochs.size(), 3u);
}

TEST(Training, DivergenceStopsAndKeepsFiniteWeights) {
    // A linear regression with an absurd learning rate overflows within a few steps.
    Project p;
    const NodeId input = p.graph.addNode(LayerKind::Input);
    ASSERT_TRUE(p.graph.setAttribute(input, "shape", Shape{1}).ok());
    const NodeId dense = p.graph.addNode(LayerKind::Dense);
    ASSERT_TRUE(p.graph.setAttribute(dense, "units", int64_t{1}).ok());
    ASSERT_TRUE(p.graph.connect({{input, 0}, {dense, 0}}).ok());
    p.dataset.synthetic.kind = SyntheticKind::Sine;
    p.training.optimizer.kind = OptimizerKind::SGD;
    p.training.optimizer.learningRate = 1e30;
    p.training.loss = LossKind::MeanSquaredError;
    p.training.epochs = 20;
    auto session = TrainingSession::create(p, ".");
    ASSERT_TRUE(session.ok());
    EXPECT_EQ((*session)->trainer().run(), StopReason::Diverged);
    ASSERT_TRUE((*session)->trainer().divergence().has_value());
    EXPECT_NE((*session)->trainer().divergence()->message.find("lower learning rate"), std::string::npos);
    for (const NodeWeights& w : (*session)->network().exportWeights())
        for (const Tensor& t : w.values) EXPECT_TRUE(t.flat().allFinite());
}

TEST(Training, IncompatibleLossIsExplained) {
    Project p = spiralsProject(1);
    p.dataset.synthetic.kind = SyntheticKind::Blobs;
    p.dataset.synthetic.classes = 3;
    auto session = TrainingSession::create(p, ".");
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, DiagCode::IncompatibleLoss);
    EXPECT_NE(session.error().message.find("3 classes"), std::string::npos) << session.error().message;
}

// The finiteness check before each update finds one bad value wherever it is, in a parameter large
// enough to be checked by two threads (and in one checked by a single thread).
TEST(GradientCheck, FindsOneNonFiniteValueAnywhere) {
    applyThreadCount(2);
    for (const int64_t size : {int64_t{100}, int64_t{300'000}}) {
        Tensor value(Shape{size}), grad(Shape{size});
        Tensor smallValue(Shape{3}), smallGrad(Shape{3});
        const std::vector<Param> params{{"small", &smallValue, &smallGrad}, {"weight", &value, &grad}};
        EXPECT_TRUE(gradientsFinite(params)) << size;
        for (const int64_t at : {int64_t{0}, size / 2 - 1, size / 2, size / 2 + 17, size - 1})
            for (const float bad : {std::nanf(""), INFINITY, -INFINITY}) {
                grad[at] = bad;
                EXPECT_FALSE(gradientsFinite(params)) << size << " " << at << " " << bad;
                grad[at] = 0.0f;
            }
        EXPECT_TRUE(gradientsFinite(params)) << size;
    }
    applyThreadCount(0);
}
