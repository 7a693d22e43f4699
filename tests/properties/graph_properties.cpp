// (c) Shape inference equals the shapes forward() produces, for random valid MLPs and random valid
//     DAGs of the image layers with residual (Add) and branch (Concat) merges and disabled nodes.
// (d) Random edit sequences keep the graph a DAG with every input fed at most once; every connection
//     canConnect refuses, connect refuses too and leaves the graph unchanged; random (mostly invalid)
//     graphs get Diagnostics from analysis and compile, never a crash.

#include "graph_generators.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"
#include "engine/runtime/network.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <set>

using namespace nw;
using nw::test::genValidImageDag;
using nw::test::genValidMlp;

namespace {

bool isAcyclicWithSingleFeeds(const Graph& g) {
    if (g.topologicalOrder().size() != g.nodes().size()) return false;
    std::set<PortRef> fed;
    for (const Edge& e : g.edges())
        if (!fed.insert(e.to).second) return false;
    return true;
}

NodeId pickNode(const Graph& g) {
    // Sometimes an id that does not exist, to exercise the refusals.
    if (g.nodes().empty() || *rc::gen::inRange(0, 10) == 0) return NodeId{*rc::gen::inRange<uint32_t>(1, 40)};
    return (*rc::gen::elementOf(g.nodes())).id;
}

void randomEdit(Graph& g) {
    switch (*rc::gen::weightedElement<int>({{2, 0}, {1, 2}, {5, 3}, {1, 4}, {2, 5}})) {
    case 0: g.addNode((*rc::gen::elementOf(layerRegistry().all())).kind); break;
    case 2: (void)g.removeNode(pickNode(g)); break;
    case 3: {
        // Mostly port 0, the only valid one today, so that real connections (and cycles) happen.
        const auto port = [] { return *rc::gen::weightedElement<int>({{1, -1}, {8, 0}, {1, 1}}); };
        const Edge e{{pickNode(g), port()}, {pickNode(g), port()}};
        const bool allowed = g.canConnect(e).ok();
        const Graph before = g;
        const Status s = g.connect(e);
        RC_ASSERT(s.ok() == allowed);
        if (!allowed) RC_ASSERT(g == before);
        break;
    }
    case 4:
        if (!g.edges().empty()) RC_ASSERT(g.disconnect(*rc::gen::elementOf(g.edges())).ok());
        break;
    case 5: {
        const NodeId id = pickNode(g);
        const Node* n = g.node(id);
        if (!n) break;
        const LayerInfo& info = layerRegistry().info(n->kind);
        if (info.attrs.empty()) break;
        const AttrSpec& spec = *rc::gen::elementOf(info.attrs);
        // Values inside and outside the range; out-of-range ones must be refused and change nothing.
        const AttrValue value =
            spec.type == AttrType::Int     ? AttrValue{*rc::gen::inRange<int64_t>(-3, 70000)}
            : spec.type == AttrType::Float ? AttrValue{*rc::gen::inRange(-20, 20) / 10.0}
            : spec.type == AttrType::Shape
                ? AttrValue{Shape(*rc::gen::container<std::vector<int64_t>>(rc::gen::inRange<int64_t>(0, 5)))}
                : spec.defaultValue;
        const Attributes before = n->attrs;
        const Status s = g.setAttribute(id, spec.name, value);
        RC_ASSERT(s.ok() == checkAttribute(spec, value).empty());
        if (!s.ok()) RC_ASSERT(g.node(id)->attrs == before);
        break;
    }
    }
}

} // namespace

RC_GTEST_PROP(GraphProperty, ShapeInferenceEqualsForwardShapes, ()) {
    const Graph g = genValidMlp();
    const GraphAnalysis analysis = analyzeGraph(g);
    RC_ASSERT(analysis.valid());
    const auto batch = *rc::gen::inRange<int64_t>(1, 9).as("batch");
    auto network = compile(g, batch);
    RC_ASSERT(network.ok());
    network.value()->initialize(*rc::gen::arbitrary<uint64_t>());
    Tensor x(network.value()->inputShape().withBatch(batch));
    network.value()->forward(x, false);
    int64_t params = 0;
    for (const Node& n : g.nodes()) {
        const Tensor* y = network.value()->activation(n.id);
        RC_ASSERT(y != nullptr);
        RC_ASSERT(y->shape() == analysis.node(n.id)->output->withBatch(batch));
        params += analysis.node(n.id)->params;
    }
    RC_ASSERT(params == network.value()->paramCount());
}

RC_GTEST_PROP(GraphProperty, ImageDagShapesEqualForwardShapesAndBackwardRuns, ()) {
    const Graph g = genValidImageDag();
    const GraphAnalysis analysis = analyzeGraph(g);
    RC_ASSERT(analysis.valid());
    const auto batch = *rc::gen::inRange<int64_t>(1, 5).as("batch");
    auto network = compile(g, batch);
    RC_ASSERT(network.ok());
    Network& net = *network.value();
    net.initialize(*rc::gen::arbitrary<uint64_t>());
    Tensor x(net.inputShape().withBatch(batch));
    Rng rng(1);
    for (int64_t i = 0; i < x.size(); ++i) x[i] = static_cast<float>(rng.uniform(-1, 1));
    const bool training = *rc::gen::arbitrary<bool>().as("training");
    net.forward(x, training);
    int64_t params = 0;
    for (const Node& n : g.nodes()) {
        RC_ASSERT(net.activation(n.id)->shape() == analysis.node(n.id)->output->withBatch(batch));
        params += analysis.node(n.id)->params;
    }
    RC_ASSERT(params == net.paramCount());
    Tensor dy(net.outputShape().withBatch(batch));
    dy.flat().setOnes();
    net.backward(dy);
    for (const Param& p : net.params()) RC_ASSERT(p.grad->flat().allFinite());
}

RC_GTEST_PROP(GraphProperty, RandomEditsKeepTheGraphAValidDag, ()) {
    Graph g;
    const auto edits = *rc::gen::inRange(1, 60).as("edits");
    for (int i = 0; i < edits; ++i) {
        randomEdit(g);
        RC_ASSERT(isAcyclicWithSingleFeeds(g));
    }
    // Whatever the graph became, analysis and compilation explain it or succeed; never crash.
    const GraphAnalysis analysis = analyzeGraph(g);
    auto network = compile(g, 4);
    RC_ASSERT(network.ok() == analysis.valid());
    if (!network.ok()) RC_ASSERT(!network.error().message.empty());
    for (const Diagnostic& d : analysis.diagnostics) RC_ASSERT(!d.message.empty());
}
