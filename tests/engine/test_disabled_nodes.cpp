// A disabled node passes its first input through unchanged, in shape inference and in the network.

#include "engine/graph/shape_inference.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

using namespace nw;
using namespace nw::test;

TEST(DisabledNodes, AnalysisPassesTheFirstInputShapeThroughWithNoCost) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{4});
    const NodeId hidden = b.add(LayerKind::Dense, {in}, {{"units", int64_t{3}}});
    const NodeId out = b.add(LayerKind::Dense, {hidden}, {{"units", int64_t{2}}});
    ASSERT_TRUE(b.graph.setEnabled(hidden, false).ok());
    const GraphAnalysis a = analyzeGraph(b.graph);
    ASSERT_TRUE(a.valid());
    EXPECT_EQ(*a.node(hidden)->output, Shape{4});
    EXPECT_EQ(a.node(hidden)->params, 0);
    EXPECT_EQ(a.node(hidden)->flops, 0);
    EXPECT_EQ(a.node(out)->params, 4 * 2 + 2);
    EXPECT_EQ(a.totalParams, 10);
}

TEST(DisabledNodes, TheirOwnRulesAndOtherInputsDoNotApply) {
    // A Conv2D on a flat input would be a mismatch, and an Add with one input a missing input;
    // disabled, both are identities on their first input.
    GraphBuilder b;
    const NodeId in = b.input(Shape{6});
    const NodeId conv = b.graph.addNode(LayerKind::Conv2D);
    ASSERT_TRUE(b.graph.connect({{in, 0}, {conv, 0}}, Graph::ShapeCheck::Skip).ok());
    EXPECT_FALSE(analyzeGraph(b.graph).valid());
    ASSERT_TRUE(b.graph.setEnabled(conv, false).ok());
    const NodeId add = b.add(LayerKind::Add, {conv});
    ASSERT_TRUE(b.graph.setEnabled(add, false).ok());
    const GraphAnalysis a = analyzeGraph(b.graph);
    EXPECT_TRUE(a.valid()) << (a.diagnostics.empty() ? "" : a.diagnostics[0].message);
    EXPECT_EQ(*a.node(add)->output, Shape{6});
    // And the editor accepts wiring a disabled node by its identity shape.
    const NodeId dense = b.graph.addNode(LayerKind::Dense);
    EXPECT_TRUE(b.graph.canConnect({{add, 0}, {dense, 0}}).ok());
}

TEST(DisabledNodes, NetworkIsAnIdentityWithoutTheirParameters) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId dense = b.add(LayerKind::Dense, {in}, {{"units", int64_t{3}}});
    const NodeId out = b.add(LayerKind::Identity, {dense});
    auto enabled = b.compile(2);
    const Weights trained = enabled->exportWeights();
    ASSERT_EQ(trained.size(), 1u);

    ASSERT_TRUE(b.graph.setEnabled(dense, false).ok());
    auto net = b.compile(2);
    EXPECT_EQ(net->paramCount(), 0);
    EXPECT_TRUE(net->params().empty());
    EXPECT_TRUE(net->exportWeights().empty());
    // Weights trained before the node was switched off are not required and do not get in the way.
    EXPECT_TRUE(net->importWeights(trained).ok());
    EXPECT_TRUE(net->importWeights({}).ok());
    const Tensor x = randomTensor(Shape{2, 3}, 1);
    EXPECT_EQ(net->forward(x, true), x);
    EXPECT_EQ(*net->activation(out), x);
}

TEST(DisabledNodes, GradientsFlowThroughAndUnreadBranchesGetZero) {
    // input -> d1 -> add(disabled; port 1 fed by d2) -> d3. d3's gradient reaches d1 as if add were
    // not there, and d2, read only by the disabled add, gets exactly zero.
    GraphBuilder b;
    const NodeId in = b.input(Shape{2});
    const NodeId d1 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{2}}});
    const NodeId d2 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{2}}});
    const NodeId add = b.add(LayerKind::Add, {d1, d2});
    b.add(LayerKind::Dense, {add}, {{"units", int64_t{1}}});
    ASSERT_TRUE(b.graph.setEnabled(add, false).ok());
    auto net = b.compile(2);

    GraphBuilder plain;
    const NodeId pin = plain.input(Shape{2});
    const NodeId p1 = plain.add(LayerKind::Dense, {pin}, {{"units", int64_t{2}}});
    plain.add(LayerKind::Dense, {p1}, {{"units", int64_t{1}}});
    auto reference = plain.compile(2);
    Weights w = net->exportWeights(); // d1, d2, d3
    ASSERT_EQ(w.size(), 3u);
    Weights referenceWeights = reference->exportWeights(); // p1, p3
    referenceWeights[0].values = w[0].values;
    referenceWeights[1].values = w[2].values;
    ASSERT_TRUE(reference->importWeights(referenceWeights).ok());

    const Tensor x = randomTensor(Shape{2, 2}, 3);
    Tensor dy(Shape{2, 1});
    dy.flat().setOnes();
    EXPECT_EQ(net->forward(x, true), reference->forward(x, true));
    // Poison d2's gradient buffers so a missing write would show.
    for (const Param& p : net->params()) p.grad->flat().setConstant(7.0f);
    net->backward(dy);
    reference->backward(dy);
    const std::vector<Param> got = net->params(), want = reference->params();
    ASSERT_EQ(got.size(), 6u);
    EXPECT_EQ(*got[0].grad, *want[0].grad);     // d1 weight
    EXPECT_EQ(*got[1].grad, *want[1].grad);     // d1 bias
    EXPECT_TRUE(got[2].grad->flat().isZero(0)); // d2 weight
    EXPECT_TRUE(got[3].grad->flat().isZero(0)); // d2 bias
    EXPECT_EQ(*got[4].grad, *want[2].grad);
}

TEST(DisabledNodes, ABranchReadByADisabledMergeAndALiveLayerGetsOnlyTheLiveGradient) {
    // d2 feeds the disabled Add's second input and the Concat: its gradient is the Concat's alone.
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId d1 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{2}}});
    const NodeId d2 = b.add(LayerKind::Dense, {in}, {{"units", int64_t{2}}});
    const NodeId add = b.add(LayerKind::Add, {d1, d2});
    const NodeId cat = b.add(LayerKind::Concat, {add, d2});
    b.add(LayerKind::Tanh, {cat});
    ASSERT_TRUE(b.graph.setEnabled(add, false).ok());
    auto net = b.compile(2);
    expectNetworkGradientsMatch(*net, randomTensor(Shape{2, 3}, 4));
}

TEST(DisabledNodes, ADisabledFinalSoftmaxIsNotFusedIntoTheLoss) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3});
    const NodeId dense = b.add(LayerKind::Dense, {in}, {{"units", int64_t{2}}});
    const NodeId softmax = b.add(LayerKind::Softmax, {dense});
    auto enabled = b.compile(2);
    EXPECT_EQ(enabled->outputKind(), LayerKind::Softmax);
    EXPECT_NE(enabled->logits(), nullptr);
    ASSERT_TRUE(b.graph.setEnabled(softmax, false).ok());
    auto disabled = b.compile(2);
    EXPECT_EQ(disabled->outputKind(), LayerKind::Identity);
    EXPECT_EQ(disabled->logits(), nullptr);
}
