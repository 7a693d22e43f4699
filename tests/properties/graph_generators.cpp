#include "graph_generators.h"

#include "engine/graph/shape_inference.h"

#include <rapidcheck.h>

namespace nw::test {
namespace {

const std::vector<LayerKind>& hiddenKinds() {
    static const std::vector<LayerKind> kinds{LayerKind::Dense,   LayerKind::ReLU, LayerKind::LeakyReLU,
                                              LayerKind::Sigmoid, LayerKind::Tanh, LayerKind::Softmax};
    return kinds;
}

} // namespace

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

} // namespace nw::test
