#include "graph_builder.h"

#include "engine/train/probes.h"

#include <gtest/gtest.h>

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

} // namespace
} // namespace nw
