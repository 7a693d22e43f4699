#include "engine/losses/loss.h"
#include "engine/optim/optimizer.h"
#include "tests/support/gradient_check.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace nw;

TEST(Losses, GradientsMatchFiniteDifferences) {
    for (LossKind kind :
         {LossKind::SoftmaxCrossEntropy, LossKind::MeanSquaredError, LossKind::BinaryCrossEntropy})
        for (bool onLogits : {false, true}) {
            const int64_t width = kind == LossKind::BinaryCrossEntropy ? 1 : 4;
            const auto mismatches = check::checkLossGradients(kind, onLogits, 3, width, 5);
            EXPECT_TRUE(mismatches.empty())
                << toString(kind) << (onLogits ? " on logits\n" : "\n") << check::describe(mismatches);
        }
}

TEST(Losses, CrossEntropyOfUniformLogitsIsLogC) {
    Tensor logits(Shape{2, 4}), targets(Shape{2, 1}), grad(Shape{2, 4});
    targets[0] = 1, targets[1] = 3;
    const float loss = makeLoss(LossKind::SoftmaxCrossEntropy, true)->compute(logits, targets, grad);
    EXPECT_NEAR(loss, std::log(4.0), 1e-6);
    EXPECT_NEAR(grad[1], (0.25 - 1.0) / 2, 1e-6);
}

TEST(Losses, MseReadsAClassIndexAsOneHot) {
    Tensor y(Shape{1, 3}), t(Shape{1, 1}), grad(Shape{1, 3});
    t[0] = 2;
    y[2] = 1;
    EXPECT_FLOAT_EQ(makeLoss(LossKind::MeanSquaredError, false)->compute(y, t, grad), 0.0f);
    y[0] = 1;
    EXPECT_NEAR(makeLoss(LossKind::MeanSquaredError, false)->compute(y, t, grad), 1.0 / 3, 1e-6);
}

TEST(Losses, CountCorrectUsesArgmaxOrThreshold) {
    Tensor p(Shape{2, 3}), t(Shape{2, 1});
    p[1] = 1;     // row 0 predicts 1
    p[3 + 2] = 1; // row 1 predicts 2
    t[0] = 1, t[1] = 0;
    EXPECT_EQ(countCorrect(p, t), 1);
    Tensor b(Shape{2, 1});
    b[0] = 0.7f, b[1] = 0.2f;
    t[0] = 1, t[1] = 1;
    EXPECT_EQ(countCorrect(b, t), 1);
}

namespace {

struct OneWeight {
    Tensor w{Shape{1, 1}}, g{Shape{1, 1}};
    std::vector<Param> params() { return {{"weight", &w, &g}}; }
};

} // namespace

TEST(Optimizers, SgdStepsAgainstTheGradientWithWeightDecay) {
    OneWeight p;
    p.w[0] = 1.0f, p.g[0] = 0.5f;
    OptimizerSettings s;
    s.kind = OptimizerKind::SGD;
    s.weightDecay = 0.1;
    makeOptimizer(s, p.params())->step(0.1);
    EXPECT_FLOAT_EQ(p.w[0], 1.0f - 0.1f * (0.5f + 0.1f * 1.0f));
}

TEST(Optimizers, MomentumAccumulatesVelocityNesterovLooksAhead) {
    OneWeight classic, nesterov;
    classic.w[0] = nesterov.w[0] = 0;
    classic.g[0] = nesterov.g[0] = 1;
    OptimizerSettings s;
    s.kind = OptimizerKind::Momentum;
    s.momentum = 0.9;
    auto a = makeOptimizer(s, classic.params());
    s.nesterov = true;
    auto b = makeOptimizer(s, nesterov.params());
    a->step(1.0), a->step(1.0);
    b->step(1.0), b->step(1.0);
    EXPECT_FLOAT_EQ(classic.w[0], -(1.0f + 1.9f)); // v1 = 1, v2 = 1.9
    EXPECT_FLOAT_EQ(nesterov.w[0], -((1 + 0.9f) + (1 + 0.9f * 1.9f)));
}

TEST(Optimizers, AdamFirstStepIsTheLearningRateTimesTheSign) {
    OneWeight p;
    p.w[0] = 0, p.g[0] = -123.0f;
    OptimizerSettings s;
    s.kind = OptimizerKind::Adam;
    makeOptimizer(s, p.params())->step(0.01);
    EXPECT_NEAR(p.w[0], 0.01, 1e-7);
}

TEST(Optimizers, RmsPropScalesByTheRunningSquare) {
    OneWeight p;
    p.w[0] = 0, p.g[0] = 2.0f;
    OptimizerSettings s;
    s.kind = OptimizerKind::RMSprop;
    s.rho = 0.9;
    makeOptimizer(s, p.params())->step(0.01);
    EXPECT_NEAR(p.w[0], -0.01 * 2.0 / (std::sqrt(0.1 * 4.0) + 1e-8), 1e-7);
}

TEST(Optimizers, NamesRoundTrip) {
    for (OptimizerKind k :
         {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam, OptimizerKind::RMSprop})
        EXPECT_EQ(optimizerKindFromString(toString(k)), k);
    EXPECT_FALSE(optimizerKindFromString("adamw").has_value());
}
