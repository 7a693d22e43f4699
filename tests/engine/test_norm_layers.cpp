// BatchNorm, LayerNorm and Dropout: training and inference differ as they should, running statistics
// are kept, saved and restored, and random masks replay from a seed.

#include "engine/io/project.h"
#include "engine/layers/registry.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

using namespace nw;
using namespace nw::test;

namespace {

// Mean and (biased) variance of channel c over a (N, C, S) tensor.
std::pair<double, double> channelStats(const Tensor& t, int64_t channels, int64_t c) {
    const int64_t spatial = t.rowSize() / channels;
    double sum = 0, squares = 0;
    for (int64_t n = 0; n < t.rows(); ++n)
        for (int64_t i = 0; i < spatial; ++i) sum += t.row(n)[c * spatial + i];
    const double mean = sum / static_cast<double>(t.rows() * spatial);
    for (int64_t n = 0; n < t.rows(); ++n)
        for (int64_t i = 0; i < spatial; ++i) {
            const double d = t.row(n)[c * spatial + i] - mean;
            squares += d * d;
        }
    return {mean, squares / static_cast<double>(t.rows() * spatial)};
}

const NodeWeights& weightsOf(const Weights& w, NodeId node) {
    for (const NodeWeights& n : w)
        if (n.node == node) return n;
    throw std::logic_error("no weights for the node");
}

} // namespace

TEST(BatchNorm, TrainingNormalisesEachChannelOfAnImage) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3, 4, 4});
    const NodeId bn = b.add(LayerKind::BatchNorm, {in}, {{"epsilon", 1e-6}});
    auto net = b.compile(5);
    Tensor x = randomTensor(Shape{5, 3, 4, 4}, 2);
    for (int64_t i = 0; i < x.size(); ++i)
        x[i] = 3.0f * x[i] + static_cast<float>((i / 16) % 3); // channel offsets
    const Tensor& y = net->forward(x, true);
    for (int64_t c = 0; c < 3; ++c) {
        const auto [mean, variance] = channelStats(y, 3, c);
        EXPECT_NEAR(mean, 0.0, 1e-5) << c;
        EXPECT_NEAR(variance, 1.0, 1e-3) << c;
    }
    // One step moves the running statistics 10% of the way (momentum 0.9) from (0, 1).
    const Weights all = net->exportWeights();
    const NodeWeights& w = weightsOf(all, bn);
    ASSERT_EQ(w.names, (std::vector<std::string>{"gamma", "beta", "running_mean", "running_var"}));
    for (int64_t c = 0; c < 3; ++c) {
        const auto [mean, variance] = channelStats(x, 3, c);
        const double unbiased = variance * 80.0 / 79.0;
        EXPECT_NEAR(w.values[2][c], 0.1 * mean, 1e-5) << c;
        EXPECT_NEAR(w.values[3][c], 0.9 + 0.1 * unbiased, 1e-4) << c;
    }
}

TEST(BatchNorm, InferenceUsesTheRunningStatisticsPerFeature) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2});
    const NodeId bn = b.add(LayerKind::BatchNorm, {in}, {{"epsilon", 0.01}});
    auto net = b.compile(3);
    Weights w = net->exportWeights();
    NodeWeights& mine = w[0];
    ASSERT_EQ(mine.node, bn);
    mine.values[0][0] = 2.0f, mine.values[0][1] = 1.0f;   // γ
    mine.values[1][0] = 0.5f, mine.values[1][1] = 0.0f;   // β
    mine.values[2][0] = 1.0f, mine.values[2][1] = -1.0f;  // running mean
    mine.values[3][0] = 3.99f, mine.values[3][1] = 0.24f; // running variance (+ ε: 4 and 0.25)
    ASSERT_TRUE(net->importWeights(w).ok());
    Tensor x(Shape{3, 2});
    for (int64_t i = 0; i < 6; ++i) x[i] = static_cast<float>(i);
    const Tensor& y = net->forward(x, false);
    for (int64_t n = 0; n < 3; ++n) {
        EXPECT_NEAR(y[2 * n], 2.0 * (x[2 * n] - 1.0) / 2.0 + 0.5, 1e-5);
        EXPECT_NEAR(y[2 * n + 1], (x[2 * n + 1] + 1.0) / 0.5, 1e-5);
    }
    // Inference does not move the running statistics.
    EXPECT_EQ(net->exportWeights(), w);
}

TEST(BatchNorm, RunningStatisticsSurviveTheProjectFile) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{4});
    const NodeId dense = b.add(LayerKind::Dense, {in}, {{"units", int64_t{3}}});
    b.add(LayerKind::BatchNorm, {dense});
    auto net = b.compile(8);
    const Tensor x = randomTensor(Shape{8, 4}, 1);
    for (int i = 0; i < 3; ++i) net->forward(x, true);
    Project project;
    project.graph = b.graph;
    project.weights = net->exportWeights();
    Result<Project> loaded = parseProject(serializeProject(project));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->weights, project.weights);
    auto fresh = b.compile(8, 2);
    ASSERT_TRUE(fresh->importWeights(*loaded->weights).ok());
    Tensor probe = randomTensor(Shape{8, 4}, 5);
    const Tensor expected = net->forward(probe, false);
    EXPECT_EQ(fresh->forward(probe, false), expected);
    // The optimizer sees γ and β but not the running statistics.
    EXPECT_EQ(net->params().size(), 4u);
}

TEST(LayerNorm, NormalisesEachSampleTheSameInTrainingAndInference) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2, 3, 3});
    b.add(LayerKind::LayerNorm, {in}, {{"epsilon", 1e-6}});
    auto net = b.compile(4);
    const Tensor x = randomTensor(Shape{4, 2, 3, 3}, 8);
    const Tensor training = net->forward(x, true);
    EXPECT_EQ(net->forward(x, false), training);
    for (int64_t n = 0; n < 4; ++n) {
        Tensor sample(Shape{1, 18});
        std::copy(training.row(n), training.row(n) + 18, sample.data());
        const auto [mean, variance] = channelStats(sample, 1, 0);
        EXPECT_NEAR(mean, 0.0, 1e-5);
        EXPECT_NEAR(variance, 1.0, 1e-3);
    }
}

TEST(Dropout, DropsAboutTheRateAndScalesTheRestInTrainingOnly) {
    const LayerInfo& info = layerRegistry().info(LayerKind::Dropout);
    const Attributes attrs{0.3};
    const Shape in[] = {Shape{1000}};
    auto layer = info.create(LayerSignature{attrs, in}, in[0]);
    Rng rng(1);
    layer->initialize(rng);
    Tensor x(Shape{4, 1000}), y(Shape{4, 1000}), dy(Shape{4, 1000}), dx(Shape{4, 1000});
    x.flat().setConstant(2.0f);
    dy.flat().setOnes();
    const Tensor* inputs[] = {&x};
    Tensor* grads[] = {&dx};
    layer->forward(inputs, y, false);
    EXPECT_EQ(y, x);
    layer->backward(inputs, y, dy, grads);
    EXPECT_EQ(dx, dy);

    layer->forward(inputs, y, true);
    layer->backward(inputs, y, dy, grads);
    int64_t dropped = 0;
    for (int64_t i = 0; i < y.size(); ++i) {
        if (y[i] == 0.0f) {
            ++dropped;
            EXPECT_EQ(dx[i], 0.0f);
        } else {
            EXPECT_FLOAT_EQ(y[i], 2.0f / 0.7f);
            EXPECT_FLOAT_EQ(dx[i], 1.0f / 0.7f); // the gradient goes through the same mask
        }
    }
    EXPECT_NEAR(static_cast<double>(dropped) / 4000.0, 0.3, 0.03);
}

TEST(Dropout, MasksReplayFromTheSeedAndDifferBetweenSteps) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{64});
    const NodeId dense = b.add(LayerKind::Dense, {in}, {{"units", int64_t{32}}});
    b.add(LayerKind::Dropout, {dense}, {{"rate", 0.5}});
    const Tensor x = randomTensor(Shape{4, 64}, 3);
    const auto twoSteps = [&](uint64_t seed) {
        auto net = b.compile(4, seed);
        const Tensor first = net->forward(x, true);
        const Tensor second = net->forward(x, true);
        return std::make_pair(first, second);
    };
    const auto a = twoSteps(7);
    EXPECT_EQ(twoSteps(7), a);
    EXPECT_FALSE(a.first == a.second); // a new mask every step
}
