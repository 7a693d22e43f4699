// (c) Shape inference equals the shapes forward() produces, for random valid MLPs and random valid
//     DAGs of the image layers with residual (Add) and branch (Concat) merges and disabled nodes.
// (d) Random edit sequences keep the graph a DAG with every input fed at most once; every connection
//     canConnect refuses, connect refuses too and leaves the graph unchanged; random (mostly invalid)
//     graphs get Diagnostics from analysis and compile, never a crash.

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"
#include "engine/runtime/network.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <set>

using namespace nw;

namespace {

const std::vector<LayerKind>& hiddenKinds() {
    static const std::vector<LayerKind> kinds{LayerKind::Dense,   LayerKind::ReLU, LayerKind::LeakyReLU,
                                              LayerKind::Sigmoid, LayerKind::Tanh, LayerKind::Softmax};
    return kinds;
}

// Input -> a random chain of layers with random sizes: always valid.
Graph genValidMlp() {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    RC_ASSERT(
        g.setAttribute(input, "shape", Shape{*rc::gen::inRange<int64_t>(1, 12).as("input width")}).ok());
    NodeId previous = input;
    const auto depth = *rc::gen::inRange(1, 8).as("depth");
    for (int i = 0; i < depth; ++i) {
        const LayerKind kind = *rc::gen::elementOf(hiddenKinds()).as("kind");
        const NodeId id = g.addNode(kind);
        if (kind == LayerKind::Dense)
            RC_ASSERT(g.setAttribute(id, "units", *rc::gen::inRange<int64_t>(1, 12).as("units")).ok());
        RC_ASSERT(g.connect({{previous, 0}, {id, 0}}).ok());
        previous = id;
    }
    return g;
}

// A random valid DAG on images: convolutions, pooling, normalisation and activations, with Add and
// Concat merging earlier nodes, some nodes disabled; every open end is flattened and joined, so one
// node is the output.
Graph genValidImageDag() {
    Graph g;
    const Shape inputShape{*rc::gen::inRange<int64_t>(1, 4).as("channels"),
                           *rc::gen::inRange<int64_t>(3, 9).as("height"),
                           *rc::gen::inRange<int64_t>(3, 9).as("width")};
    const NodeId input = g.addNode(LayerKind::Input);
    RC_ASSERT(g.setAttribute(input, "shape", inputShape).ok());
    std::vector<NodeId> nodes{input};
    const auto shapeOf = [&](NodeId id) { return *analyzeGraph(g).node(id)->output; };
    const auto add = [&](LayerKind kind, std::vector<NodeId> from,
                         std::vector<std::pair<std::string, AttrValue>> attrs = {}) {
        const NodeId id = g.addNode(kind);
        for (const auto& [name, value] : attrs) RC_ASSERT(g.setAttribute(id, name, value).ok());
        for (size_t port = 0; port < from.size(); ++port)
            RC_ASSERT(g.connect({{from[port], 0}, {id, static_cast<int>(port)}}).ok());
        nodes.push_back(id);
        return id;
    };
    const auto steps = *rc::gen::inRange(1, 9).as("steps");
    for (int i = 0; i < steps; ++i) {
        const NodeId from = *rc::gen::elementOf(nodes);
        const Shape s = shapeOf(from);
        switch (*rc::gen::inRange(0, 7)) {
        case 0:
            add(LayerKind::Conv2D, {from},
                {{"filters", *rc::gen::inRange<int64_t>(1, 5)},
                 {"kernel", *rc::gen::inRange<int64_t>(1, 4)},
                 {"stride", *rc::gen::inRange<int64_t>(1, 3)},
                 {"padding", EnumValue{1}}});
            break;
        case 1:
            add(*rc::gen::element(LayerKind::MaxPool2D, LayerKind::AvgPool2D), {from},
                {{"pool_size", *rc::gen::inRange<int64_t>(1, 4)},
                 {"stride", *rc::gen::inRange<int64_t>(1, 3)},
                 {"padding", EnumValue{1}}});
            break;
        case 2:
            add(*rc::gen::element(LayerKind::BatchNorm, LayerKind::LayerNorm, LayerKind::Dropout,
                                  LayerKind::ReLU, LayerKind::GELU, LayerKind::ELU, LayerKind::Swish,
                                  LayerKind::Identity),
                {from});
            break;
        case 3: { // a residual block: a same-shape convolution added back
            const NodeId conv =
                add(LayerKind::Conv2D, {from}, {{"filters", s[0]}, {"padding", EnumValue{1}}});
            add(LayerKind::Add, {conv, from});
            break;
        }
        case 4: { // a branch joined along the channels
            const NodeId conv = add(LayerKind::Conv2D, {from},
                                    {{"filters", *rc::gen::inRange<int64_t>(1, 4)}, {"kernel", int64_t{1}}});
            add(LayerKind::Concat, {from, conv});
            break;
        }
        case 5: { // a node switched off: an identity on its first input
            const NodeId off =
                add(LayerKind::Conv2D, {from}, {{"filters", int64_t{2}}, {"padding", EnumValue{1}}});
            RC_ASSERT(g.setEnabled(off, false).ok());
            break;
        }
        default: add(LayerKind::GlobalAveragePool, {from}); break;
        }
        // Image layers need images: a node whose output is flat stays an open end, joined below.
        if (shapeOf(nodes.back()).rank() != 3) nodes.pop_back();
    }
    // Join every open end: flatten it, then concatenate them all into one Dense.
    std::vector<NodeId> ends;
    for (const Node& n : g.nodes())
        if (g.edgesFrom(n.id).empty()) ends.push_back(n.id);
    NodeId joined{};
    for (NodeId end : ends) {
        NodeId flat = end;
        if (shapeOf(end).rank() != 1) flat = add(LayerKind::Flatten, {end});
        joined = joined.valid() ? add(LayerKind::Concat, {joined, flat}) : flat;
    }
    add(LayerKind::Dense, {joined}, {{"units", *rc::gen::inRange<int64_t>(1, 5)}});
    return g;
}

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
