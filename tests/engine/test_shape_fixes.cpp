// The one-click fix for a shape mismatch: suggestBridge finds the layer, applyBridge inserts it.

#include "engine/graph/shape_fixes.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

using namespace nw;
using namespace nw::test;

namespace {

// Wires `from` into `to` as a loader does, without the editor's shape check.
void wireUnchecked(Graph& g, NodeId from, NodeId to) {
    ASSERT_TRUE(g.connect({{from, 0}, {to, 0}}, Graph::ShapeCheck::Skip).ok());
}

const Diagnostic* diagnosticOf(const GraphAnalysis& a, NodeId node) {
    for (const Diagnostic& d : a.diagnostics)
        if (d.node == node) return &d;
    return nullptr;
}

} // namespace

TEST(ShapeFixes, FlattenBetweenAnImageAndADense) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{1, 8, 8});
    const NodeId conv = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{4}}});
    const NodeId dense = b.graph.addNode(LayerKind::Dense);
    EXPECT_FALSE(b.graph.canConnect({{conv, 0}, {dense, 0}}).ok());
    wireUnchecked(b.graph, conv, dense);
    const GraphAnalysis before = analyzeGraph(b.graph);
    const Diagnostic* d = diagnosticOf(before, dense);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->code, DiagCode::ShapeMismatch);
    EXPECT_NE(d->message.find("4×6×6"), std::string::npos) << d->message;
    EXPECT_NE(d->message.find("insert Flatten"), std::string::npos) << d->message;

    const auto fix = suggestBridge(b.graph, before, dense);
    ASSERT_TRUE(fix.has_value());
    EXPECT_EQ(fix->kind, LayerKind::Flatten);
    EXPECT_EQ(fix->edge, (Edge{{conv, 0}, {dense, 0}}));
    EXPECT_EQ(fix->description.english(), "Insert Flatten between 'conv2d_1' and 'dense_1'");
    Result<NodeId> bridge = applyBridge(b.graph, *fix);
    ASSERT_TRUE(bridge.ok());
    const GraphAnalysis after = analyzeGraph(b.graph);
    EXPECT_TRUE(after.valid()) << (after.diagnostics.empty() ? "" : after.diagnostics[0].message);
    EXPECT_EQ(*after.node(*bridge)->output, Shape{144});
    EXPECT_EQ(b.graph.predecessors(dense), std::vector<NodeId>{*bridge});
}

TEST(ShapeFixes, ReshapeBetweenFlatDataAndAConvolution) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{784});
    const NodeId pool = b.graph.addNode(LayerKind::MaxPool2D);
    wireUnchecked(b.graph, in, pool);
    const GraphAnalysis before = analyzeGraph(b.graph);
    const Diagnostic* d = diagnosticOf(before, pool);
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("insert Reshape"), std::string::npos) << d->message;

    const auto fix = suggestBridge(b.graph, before, pool);
    ASSERT_TRUE(fix.has_value());
    EXPECT_EQ(fix->kind, LayerKind::Reshape);
    ASSERT_EQ(fix->attrs.size(), 1u);
    EXPECT_EQ(std::get<Shape>(fix->attrs[0]), (Shape{1, 28, 28}));
    EXPECT_EQ(fix->description.english(), "Insert Reshape to 1×28×28 between 'input_1' and 'maxpool2d_1'");
    ASSERT_TRUE(applyBridge(b.graph, *fix).ok());
    const GraphAnalysis after = analyzeGraph(b.graph);
    EXPECT_TRUE(after.valid()) << (after.diagnostics.empty() ? "" : after.diagnostics[0].message);
    EXPECT_EQ(*after.node(pool)->output, (Shape{1, 14, 14}));
}

TEST(ShapeFixes, ColourImagesAndTheSecondInputOfAMerge) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3, 4, 4});
    const NodeId flat = b.add(LayerKind::Flatten, {in});
    const NodeId add = b.graph.addNode(LayerKind::Add);
    ASSERT_TRUE(b.graph.connect({{in, 0}, {add, 0}}).ok());
    ASSERT_TRUE(b.graph.connect({{flat, 0}, {add, 1}}, Graph::ShapeCheck::Skip).ok());
    const auto fix = suggestBridge(b.graph, analyzeGraph(b.graph), add);
    ASSERT_TRUE(fix.has_value());
    EXPECT_EQ(fix->kind, LayerKind::Reshape);
    EXPECT_EQ(std::get<Shape>(fix->attrs[0]), (Shape{3, 4, 4}));
    EXPECT_EQ(fix->edge.to, (PortRef{add, 1}));
    ASSERT_TRUE(applyBridge(b.graph, *fix).ok());
    EXPECT_TRUE(analyzeGraph(b.graph).valid());
}

TEST(ShapeFixes, NothingToSuggestWhenValidOrNotBridgeable) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{5});
    const NodeId dense = b.add(LayerKind::Dense, {in});
    EXPECT_FALSE(suggestBridge(b.graph, analyzeGraph(b.graph), dense).has_value());
    // 5 values make no image, and nothing else turns 5 into what a Conv2D takes.
    const NodeId conv = b.graph.addNode(LayerKind::Conv2D);
    wireUnchecked(b.graph, in, conv);
    EXPECT_FALSE(suggestBridge(b.graph, analyzeGraph(b.graph), conv).has_value());
    // A node with an unconnected input has nothing to bridge.
    const NodeId add = b.graph.addNode(LayerKind::Add);
    EXPECT_FALSE(suggestBridge(b.graph, analyzeGraph(b.graph), add).has_value());
    EXPECT_FALSE(suggestBridge(b.graph, analyzeGraph(b.graph), NodeId{99}).has_value());
}

TEST(ShapeFixes, ApplyingAStaleFixChangesNothing) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{1, 4, 4});
    const NodeId dense = b.graph.addNode(LayerKind::Dense);
    wireUnchecked(b.graph, in, dense);
    const auto fix = suggestBridge(b.graph, analyzeGraph(b.graph), dense);
    ASSERT_TRUE(fix.has_value());
    ASSERT_TRUE(b.graph.removeNode(dense).ok());
    const Graph before = b.graph;
    const Result<NodeId> r = applyBridge(b.graph, *fix);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, DiagCode::UnknownNode);
    EXPECT_TRUE(b.graph == before);
}

TEST(ShapeFixes, ApplyingToAnUnwiredEdgeInsertsTheBridgeAndWiresBothSides) {
    // The designer may offer the fix for a connection the user tried to draw and the editor refused.
    GraphBuilder b;
    const NodeId in = b.input(Shape{2, 3, 3});
    const NodeId dense = b.graph.addNode(LayerKind::Dense);
    const BridgeFix fix{{{in, 0}, {dense, 0}}, LayerKind::Flatten, {}, Text(NW_TEXT("Insert Flatten"))};
    Result<NodeId> bridge = applyBridge(b.graph, fix);
    ASSERT_TRUE(bridge.ok());
    EXPECT_EQ(b.graph.predecessors(*bridge), std::vector<NodeId>{in});
    EXPECT_EQ(b.graph.predecessors(dense), std::vector<NodeId>{*bridge});
    EXPECT_TRUE(analyzeGraph(b.graph).valid());
}

// A Flatten switched off between a convolution and a Dense: the fix switches it back on rather than
// inserting a second Flatten.
TEST(ShapeFixes, ADisabledFlattenIsEnabledNotDoubled) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{1, 8, 8});
    const NodeId conv = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{4}}});
    const NodeId flatten = b.add(LayerKind::Flatten, {conv});
    const NodeId dense = b.add(LayerKind::Dense, {flatten});
    ASSERT_TRUE(b.graph.setEnabled(flatten, false).ok());
    const GraphAnalysis before = analyzeGraph(b.graph);
    ASSERT_NE(diagnosticOf(before, dense), nullptr);

    const auto fix = suggestBridge(b.graph, before, dense);
    ASSERT_TRUE(fix.has_value());
    EXPECT_EQ(fix->enable, flatten);
    EXPECT_EQ(fix->description.english(), "Enable '" + b.graph.node(flatten)->name + "'");
    const size_t nodes = b.graph.nodes().size();
    const Result<NodeId> applied = applyBridge(b.graph, *fix);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(*applied, flatten);
    EXPECT_EQ(b.graph.nodes().size(), nodes);
    EXPECT_TRUE(b.graph.node(flatten)->enabled);
    EXPECT_TRUE(analyzeGraph(b.graph).valid());
}
