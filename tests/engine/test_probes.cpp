#include "graph_builder.h"

#include "engine/train/distributions.h"
#include "engine/train/probes.h"

#include <gtest/gtest.h>

#include <limits>

namespace nw {
namespace {

using test::GraphBuilder;

// The decision-boundary view maps each unit of the narrow hidden layers of a 2-D network, not the
// input, the output or a layer too wide to draw.
TEST(Probes, NeuronMapsCoverTheNarrowHiddenLayersOfA2DNetwork) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2});
    const NodeId narrow = b.add(LayerKind::Dense, {in}, {{"units", int64_t{8}}});
    const NodeId relu = b.add(LayerKind::ReLU, {narrow});
    const NodeId wide = b.add(LayerKind::Dense, {relu}, {{"units", int64_t{65}}});
    const NodeId out = b.add(LayerKind::Dense, {wide}, {{"units", int64_t{2}}});
    b.add(LayerKind::Softmax, {out});
    const auto network = b.compile(4);
    ASSERT_TRUE(network);
    EXPECT_EQ(neuronMapNodes(*network), (std::vector<NodeId>{narrow, relu, out}));
    EXPECT_EQ(neuronMapNodes(*network, 65), (std::vector<NodeId>{narrow, relu, wide, out}));
}

TEST(Probes, NoNeuronMapsWithoutA2DInput) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId hidden = b.add(LayerKind::Dense, {in}, {{"units", int64_t{4}}});
    b.add(LayerKind::Dense, {hidden}, {{"units", int64_t{2}}});
    const auto network = b.compile(4);
    ASSERT_TRUE(network);
    EXPECT_TRUE(neuronMapNodes(*network).empty());
}

TEST(Distributions, AHistogramCountsEveryFiniteValueOnce) {
    Tensor values(Shape{100});
    for (int i = 0; i < 100; ++i) values.data()[i] = static_cast<float>(i);
    values.data()[7] = std::numeric_limits<float>::quiet_NaN();
    const ValueHistogram h = histogramOf(std::span(&values, 1), 10);
    EXPECT_EQ(h.lo, 0.0f);
    EXPECT_EQ(h.hi, 99.0f);
    ASSERT_EQ(h.counts.size(), 10u);
    EXPECT_EQ(h.total(), 99);
    EXPECT_EQ(h.nonFinite, 1);
    EXPECT_EQ(h.counts.front(), 9); // 0..9 without the NaN
    EXPECT_EQ(h.counts.back(), 10); // 90..99: the largest value is in the last bin
    EXPECT_FLOAT_EQ(h.edge(5), 49.5f);
}

TEST(Distributions, FewOrEqualValuesGetFewBins) {
    Tensor few(Shape{8});
    for (int i = 0; i < 8; ++i) few.data()[i] = static_cast<float>(i);
    EXPECT_EQ(histogramOf(std::span(&few, 1), 48).counts.size(), 2u);
    Tensor same(Shape{5});
    same.flat().setConstant(0.5f);
    const ValueHistogram h = histogramOf(std::span(&same, 1), 48);
    ASSERT_EQ(h.counts, std::vector<int64_t>{5});
    EXPECT_EQ(h.lo, 0.5f);
    EXPECT_EQ(h.hi, 0.5f);
    Tensor none(Shape{0});
    EXPECT_TRUE(histogramOf(std::span(&none, 1), 48).empty());
}

// Per layer: the trainable parameters (BatchNorm's running statistics left out), their gradients,
// and the outputs of every sample row.
TEST(Distributions, EachLayerGetsItsParametersGradientsAndOutputs) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId dense = b.add(LayerKind::Dense, {in}, {{"units", int64_t{4}}});
    const NodeId norm = b.add(LayerKind::BatchNorm, {dense});
    const NodeId relu = b.add(LayerKind::ReLU, {norm});
    const auto network = b.compile(8);
    ASSERT_TRUE(network);
    Dataset data;
    data.features = Tensor(Shape{10, 3});
    data.targets = Tensor(Shape{10, 1});
    data.numClasses = 2;
    for (int64_t i = 0; i < data.features.size(); ++i)
        data.features.data()[i] = static_cast<float>(i % 7) - 3;
    const ParamSnapshot params = snapshotParams(*network, 0);
    const std::vector<int64_t> rows = {0, 2, 4, 6, 8};
    const std::vector<LayerDistribution> layers = layerDistributions(*network, params, data, rows);
    ASSERT_EQ(layers.size(), 4u);
    EXPECT_EQ(layers[0].node, in);
    EXPECT_TRUE(layers[0].weights.empty());
    EXPECT_EQ(layers[0].activations.total(), 5 * 3);
    EXPECT_EQ(layers[1].node, dense);
    EXPECT_EQ(layers[1].weights.total(), 3 * 4 + 4);
    EXPECT_EQ(layers[1].gradients.total(), 3 * 4 + 4);
    EXPECT_EQ(layers[1].activations.total(), 5 * 4);
    EXPECT_EQ(layers[2].node, norm);
    EXPECT_EQ(layers[2].weights.total(), 2 * 4); // scale and shift, not the running statistics
    EXPECT_EQ(layers[3].node, relu);
    EXPECT_TRUE(layers[3].weights.empty());
    EXPECT_GE(layers[3].activations.lo, 0.0f);
    EXPECT_EQ(layers[3].activations.total(), 5 * 4);
}

} // namespace
} // namespace nw
