// Add and Concat: residual blocks and Inception-style branches build, get correct gradients where an
// output feeds several layers, and train.

#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/train/session.h"
#include "tests/engine/graph_builder.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

using namespace nw;
using namespace nw::test;

namespace {

// Labels of a synthetic set: the class is the sign of a fixed random projection of the sample.
Tensor projectionLabels(const Tensor& x, uint64_t seed) {
    const Tensor direction = randomTensor(Shape{1, x.rowSize()}, seed);
    Tensor labels(Shape{x.rows(), 1});
    for (int64_t n = 0; n < x.rows(); ++n) {
        double dot = 0;
        for (int64_t i = 0; i < x.rowSize(); ++i) dot += x.row(n)[i] * direction[i];
        labels[n] = dot > 0 ? 1.0f : 0.0f;
    }
    return labels;
}

} // namespace

TEST(Merge, AddAndConcatDiagnosticsNameBothShapes) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2, 4, 4});
    const NodeId conv = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{3}}, {"padding", EnumValue{1}}});
    const NodeId pool = b.add(LayerKind::MaxPool2D, {conv});
    const NodeId add = b.graph.addNode(LayerKind::Add);
    ASSERT_TRUE(b.graph.connect({{in, 0}, {add, 0}}).ok());
    const Status refused = b.graph.connect({{conv, 0}, {add, 1}});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("2×4×4 and 3×4×4"), std::string::npos) << refused.error().message;
    const NodeId concat = b.graph.addNode(LayerKind::Concat);
    ASSERT_TRUE(b.graph.connect({{in, 0}, {concat, 0}}).ok());
    const Status refused2 = b.graph.connect({{pool, 0}, {concat, 1}});
    ASSERT_FALSE(refused2.ok());
    EXPECT_NE(refused2.error().message.find("2×4×4 and 3×2×2"), std::string::npos)
        << refused2.error().message;
    ASSERT_TRUE(b.graph.connect({{conv, 0}, {concat, 1}}).ok());
    EXPECT_EQ(*analyzeGraph(b.graph).node(concat)->output, (Shape{5, 4, 4}));
}

TEST(Merge, FanOutGradientsAddUp) {
    // dense_1 feeds a ReLU, a Tanh and (as the skip) the Add; its gradient is the sum of all three.
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId d1 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{4}}});
    const NodeId relu = b.add(LayerKind::ReLU, {d1});
    const NodeId tanh = b.add(LayerKind::Tanh, {d1});
    const NodeId cat = b.add(LayerKind::Concat, {relu, tanh});
    const NodeId d2 = b.add(LayerKind::Dense, {cat}, {{"units", int64_t{4}}});
    const NodeId add = b.add(LayerKind::Add, {d2, d1});
    b.add(LayerKind::Swish, {add});
    auto net = b.compile(3, 4);
    expectNetworkGradientsMatch(*net, randomTensor(Shape{3, 3}, 6));
}

TEST(Merge, AnOutputReadTwiceByOneLayerGetsBothGradients) {
    // Add(d1, d1) = 2·d1, and d1 also feeds the Tanh: three readers, two of them the same layer.
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId d1 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{4}}});
    const NodeId twice = b.add(LayerKind::Add, {d1, d1});
    const NodeId tanh = b.add(LayerKind::Tanh, {d1});
    b.add(LayerKind::Add, {twice, tanh});
    auto net = b.compile(3, 4);
    expectNetworkGradientsMatch(*net, randomTensor(Shape{3, 3}, 6));
}

TEST(Merge, ConvolutionalResidualAndConcatBranchesGetExactGradients) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2, 5, 5});
    const NodeId c1 = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{2}}, {"padding", EnumValue{1}}});
    const NodeId c2 = b.add(LayerKind::Conv2D, {c1}, {{"filters", int64_t{2}}, {"padding", EnumValue{1}}});
    const NodeId add = b.add(LayerKind::Add, {c2, c1});
    const NodeId c3 = b.add(LayerKind::Conv2D, {add}, {{"filters", int64_t{1}}, {"kernel", int64_t{1}}});
    const NodeId cat = b.add(LayerKind::Concat, {add, c3});
    const NodeId bn = b.add(LayerKind::BatchNorm, {cat});
    const NodeId gap = b.add(LayerKind::GlobalAveragePool, {bn});
    b.add(LayerKind::Dense, {gap}, {{"units", int64_t{2}}});
    auto net = b.compile(2, 3);
    expectNetworkGradientsMatch(*net, randomTensor(Shape{2, 2, 5, 5}, 6));
}

TEST(Merge, ResidualBlockTrains) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{1, 6, 6});
    const NodeId c1 = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{4}}, {"padding", EnumValue{1}}});
    const NodeId r1 = b.add(LayerKind::ReLU, {c1});
    const NodeId c2 = b.add(LayerKind::Conv2D, {r1}, {{"filters", int64_t{4}}, {"padding", EnumValue{1}}});
    const NodeId skip = b.add(LayerKind::Add, {c2, c1});
    const NodeId r2 = b.add(LayerKind::ReLU, {skip});
    const NodeId flat = b.add(LayerKind::Flatten, {r2});
    const NodeId dense = b.add(LayerKind::Dense, {flat}, {{"units", int64_t{2}}});
    b.add(LayerKind::Softmax, {dense});
    ASSERT_TRUE(analyzeGraph(b.graph).valid());
    auto net = b.compile(32);
    const Tensor x = randomTensor(Shape{32, 1, 6, 6}, 11);
    const auto [before, after] =
        trainOnBatch(*net, x, projectionLabels(x, 12), LossKind::SoftmaxCrossEntropy, 60);
    EXPECT_LT(after, 0.5f * before) << before << " -> " << after;
}

TEST(Merge, DenseResidualAndConcatBranchesTrain) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{8});
    const NodeId d1 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{8}}});
    const NodeId g = b.add(LayerKind::GELU, {d1});
    const NodeId d2 = b.add(LayerKind::Dense, {g}, {{"units", int64_t{8}}});
    const NodeId skip = b.add(LayerKind::Add, {d2, in});
    const NodeId branchA = b.add(LayerKind::Dense, {skip}, {{"units", int64_t{4}}});
    const NodeId branchB = b.add(LayerKind::ELU, {skip});
    const NodeId cat = b.add(LayerKind::Concat, {branchA, branchB});
    const NodeId norm = b.add(LayerKind::LayerNorm, {cat});
    const NodeId out = b.add(LayerKind::Dense, {norm}, {{"units", int64_t{2}}});
    b.add(LayerKind::Softmax, {out});
    ASSERT_EQ(*analyzeGraph(b.graph).node(cat)->output, Shape{12});
    auto net = b.compile(64);
    const Tensor x = randomTensor(Shape{64, 8}, 21);
    const auto [before, after] =
        trainOnBatch(*net, x, projectionLabels(x, 22), LossKind::SoftmaxCrossEntropy, 60);
    EXPECT_LT(after, 0.5f * before) << before << " -> " << after;
}

// The bundled residual example trains through the same session the CLI and the designer use.
TEST(Merge, TheResidualExampleTrains) {
    const std::filesystem::path file = std::filesystem::path(NW_EXAMPLES_DIR) / "residual_spirals.nwproj";
    Result<Project> project = loadProject(file);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    std::ifstream in(file, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    EXPECT_EQ(serializeProject(*project), text); // written exactly as the program writes it
    project->training.epochs = 100;
    auto session = TrainingSession::create(*project, ".");
    ASSERT_TRUE(session.ok()) << session.error().message;
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    EXPECT_GE((*session)->trainer().history().epochs.back().trainAccuracy, 0.95);
}
