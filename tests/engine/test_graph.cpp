#include "engine/graph/graph.h"
#include "engine/layers/dense.h"

#include <gtest/gtest.h>

using namespace nw;

namespace {

struct Mlp {
    Graph g;
    NodeId input, dense, relu;
    Mlp() {
        input = g.addNode(LayerKind::Input);
        dense = g.addNode(LayerKind::Dense);
        relu = g.addNode(LayerKind::ReLU);
        EXPECT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
        EXPECT_TRUE(g.connect({{dense, 0}, {relu, 0}}).ok());
    }
};

} // namespace

TEST(Graph, NamesNodesUniquelyByKind) {
    Graph g;
    const NodeId a = g.addNode(LayerKind::Dense);
    const NodeId b = g.addNode(LayerKind::Dense);
    EXPECT_EQ(g.node(a)->name, "dense_1");
    EXPECT_EQ(g.node(b)->name, "dense_2");
    EXPECT_FALSE(g.rename(b, "dense_1").ok());
    EXPECT_TRUE(g.rename(b, "hidden").ok());
}

TEST(Graph, RefusesAnInputThatIsAlreadyFed) {
    Mlp m;
    const NodeId other = m.g.addNode(LayerKind::Input);
    const Status s = m.g.canConnect({{other, 0}, {m.dense, 0}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::InputAlreadyConnected);
    EXPECT_NE(s.error().message.find("already fed by 'input_1'"), std::string::npos) << s.error().message;
}

TEST(Graph, RefusesCyclesAndSelfLoops) {
    Mlp m;
    const NodeId tanh = m.g.addNode(LayerKind::Tanh);
    ASSERT_TRUE(m.g.connect({{m.relu, 0}, {tanh, 0}}).ok());
    // dense is fed already; disconnect it so only the cycle check can refuse.
    ASSERT_TRUE(m.g.disconnect({{m.input, 0}, {m.dense, 0}}).ok());
    const Status cycle = m.g.canConnect({{tanh, 0}, {m.dense, 0}});
    ASSERT_FALSE(cycle.ok());
    EXPECT_EQ(cycle.error().code, DiagCode::Cycle);
    EXPECT_EQ(m.g.canConnect({{tanh, 0}, {tanh, 0}}).error().code, DiagCode::SelfLoop);
}

TEST(Graph, RefusesPortsOutOfRange) {
    Mlp m;
    const Status s = m.g.canConnect({{m.relu, 0}, {m.dense, 3}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::PortOutOfRange);
    EXPECT_NE(s.error().message.find("has 1 input"), std::string::npos) << s.error().message;
    EXPECT_EQ(m.g.canConnect({{m.relu, 1}, {m.dense, 0}}).error().code, DiagCode::PortOutOfRange);
    // Input has no input port at all.
    EXPECT_EQ(m.g.canConnect({{m.relu, 0}, {m.input, 0}}).error().code, DiagCode::PortOutOfRange);
}

TEST(Graph, RefusesShapeMismatchWithTheNumbers) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    ASSERT_TRUE(g.setAttribute(input, "shape", Shape{1, 28, 28}).ok());
    const NodeId dense = g.addNode(LayerKind::Dense);
    const Status s = g.canConnect({{input, 0}, {dense, 0}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::ShapeMismatch);
    EXPECT_NE(s.error().message.find("1\u00d728\u00d728"), std::string::npos) << s.error().message;
    EXPECT_NE(s.error().message.find("Flatten"), std::string::npos) << s.error().message;
}

TEST(Graph, ValidatesAttributesAgainstTheSchema) {
    Mlp m;
    EXPECT_TRUE(m.g.setAttribute(m.dense, "units", int64_t{64}).ok());
    EXPECT_EQ(m.g.setAttribute(m.dense, "units", int64_t{0}).error().code, DiagCode::AttributeRange);
    EXPECT_EQ(m.g.setAttribute(m.dense, "units", 3.5).error().code, DiagCode::AttributeRange);
    EXPECT_EQ(m.g.setAttribute(m.dense, "colour", int64_t{1}).error().code, DiagCode::UnknownAttribute);
    EXPECT_EQ(std::get<int64_t>(m.g.node(m.dense)->attrs[dense_attr::kUnits]), 64);
}

TEST(Graph, RemovingANodeRemovesItsEdges) {
    Mlp m;
    ASSERT_TRUE(m.g.removeNode(m.dense).ok());
    EXPECT_TRUE(m.g.edges().empty());
    EXPECT_EQ(m.g.nodes().size(), 2u);
    EXPECT_FALSE(m.g.removeNode(m.dense).ok());
}

TEST(Graph, TopologicalOrderPutsProducersFirst) {
    Graph g;
    const NodeId relu = g.addNode(LayerKind::ReLU);
    const NodeId dense = g.addNode(LayerKind::Dense);
    const NodeId input = g.addNode(LayerKind::Input);
    ASSERT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
    ASSERT_TRUE(g.connect({{dense, 0}, {relu, 0}}).ok());
    EXPECT_EQ(g.topologicalOrder(), (std::vector<NodeId>{input, dense, relu}));
}

TEST(Graph, DisablesLayersButNeverTheInput) {
    Mlp m;
    EXPECT_TRUE(m.g.setEnabled(m.dense, false).ok());
    EXPECT_FALSE(m.g.node(m.dense)->enabled);
    const Status refused = m.g.setEnabled(m.input, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("cannot be disabled"), std::string::npos);
    Node disabledInput = *m.g.node(m.input);
    disabledInput.id = m.g.nextId();
    disabledInput.name = "input_2";
    disabledInput.enabled = false;
    EXPECT_FALSE(m.g.insertNode(disabledInput).ok());
}
