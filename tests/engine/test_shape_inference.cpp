#include "engine/graph/shape_inference.h"

#include <gtest/gtest.h>

using namespace nw;

TEST(ShapeInference, AnnotatesEveryNodeOfAnMlp) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    ASSERT_TRUE(g.setAttribute(input, "shape", Shape{784}).ok());
    const NodeId d1 = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.setAttribute(d1, "units", int64_t{256}).ok());
    const NodeId relu = g.addNode(LayerKind::ReLU);
    const NodeId d2 = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.setAttribute(d2, "units", int64_t{10}).ok());
    const NodeId softmax = g.addNode(LayerKind::Softmax);
    for (auto [a, b] : {std::pair{input, d1}, {d1, relu}, {relu, d2}, {d2, softmax}})
        ASSERT_TRUE(g.connect({{a, 0}, {b, 0}}).ok());

    const GraphAnalysis a = analyzeGraph(g);
    ASSERT_TRUE(a.valid());
    EXPECT_EQ(*a.node(d1)->output, Shape{256});
    EXPECT_EQ(a.node(d1)->params, 784 * 256 + 256);
    EXPECT_EQ(a.node(d1)->flops, 2 * 784 * 256);
    EXPECT_EQ(*a.node(softmax)->output, Shape{10});
    EXPECT_EQ(a.totalParams, 784 * 256 + 256 + 256 * 10 + 10);
    EXPECT_EQ(a.input, input);
    EXPECT_EQ(a.output, softmax);
}

TEST(ShapeInference, ExplainsAMissingInputOnTheNode) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    const NodeId dense = g.addNode(LayerKind::Dense);
    const NodeId relu = g.addNode(LayerKind::ReLU);
    ASSERT_TRUE(g.connect({{dense, 0}, {relu, 0}}).ok());
    const GraphAnalysis a = analyzeGraph(g);
    ASSERT_FALSE(a.valid());
    ASSERT_EQ(a.node(dense)->diagnostics.size(), 1u);
    EXPECT_EQ(a.node(dense)->diagnostics[0].code, DiagCode::MissingInput);
    EXPECT_EQ(a.node(dense)->diagnostics[0].node, dense);
    // The downstream node does not repeat its upstream's problem.
    EXPECT_TRUE(a.node(relu)->diagnostics.empty());
    EXPECT_FALSE(a.node(relu)->output.has_value());
    (void)input;
}

TEST(ShapeInference, ReportsGraphLevelProblems) {
    Graph empty;
    EXPECT_EQ(analyzeGraph(empty).diagnostics.at(0).code, DiagCode::NoInputLayer);

    Graph two;
    const NodeId a = two.addNode(LayerKind::Input);
    const NodeId b = two.addNode(LayerKind::Input);
    const NodeId d = two.addNode(LayerKind::Dense);
    ASSERT_TRUE(two.connect({{a, 0}, {d, 0}}).ok());
    const GraphAnalysis analysis = analyzeGraph(two);
    bool multipleInputs = false, multipleOutputs = false;
    for (const Diagnostic& diag : analysis.diagnostics) {
        multipleInputs |= diag.code == DiagCode::MultipleInputLayers;
        multipleOutputs |= diag.code == DiagCode::MultipleOutputs;
    }
    EXPECT_TRUE(multipleInputs);
    EXPECT_TRUE(multipleOutputs);
    (void)b;
}

namespace nw {
namespace {

TEST(TakesShape, KindsThatCanTakeAWireWithTheirDefaults) {
    EXPECT_TRUE(takesShape(LayerKind::Dense, Shape{16}));
    EXPECT_TRUE(takesShape(LayerKind::ReLU, Shape{16}));
    EXPECT_TRUE(takesShape(LayerKind::Add, Shape{16}));
    EXPECT_FALSE(takesShape(LayerKind::Conv2D, Shape{16}));
    EXPECT_TRUE(takesShape(LayerKind::Conv2D, Shape{1, 28, 28}));
    EXPECT_FALSE(takesShape(LayerKind::Dense, Shape{1, 28, 28}));
    EXPECT_FALSE(takesShape(LayerKind::Input, Shape{16}));
}

} // namespace
} // namespace nw
