#pragma once

// Small projects built through the Graph API, shared by the file-format, CLI and property tests.

#include "engine/io/project.h"

#include <stdexcept>
#include <vector>

namespace nw::test {

// A classifier for a 2-D synthetic set: Input(2) -> [Dense(h) -> Tanh]... -> Dense(2) -> Softmax,
// laid out left to right.
inline Project makeMlpProject(const std::vector<int64_t>& hidden = {4},
                              SyntheticKind kind = SyntheticKind::Xor, int64_t samples = 40, int epochs = 2) {
    Project p;
    Graph& g = p.graph;
    double x = 0;
    NodeId previous = g.addNode(LayerKind::Input, "input", Point{x, 0});
    const auto append = [&](LayerKind layer, std::optional<int64_t> units) {
        x += 220;
        const NodeId id = g.addNode(layer, {}, Point{x, 0});
        if (units && !g.setAttribute(id, "units", *units).ok()) throw std::logic_error("units refused");
        if (!g.connect({{previous, 0}, {id, 0}}).ok()) throw std::logic_error("edge refused");
        previous = id;
    };
    for (int64_t h : hidden) {
        append(LayerKind::Dense, h);
        append(LayerKind::Tanh, std::nullopt);
    }
    append(LayerKind::Dense, 2);
    append(LayerKind::Softmax, std::nullopt);
    p.dataset.synthetic.kind = kind;
    p.dataset.synthetic.samples = samples;
    p.training.batchSize = 8;
    p.training.epochs = epochs;
    return p;
}

} // namespace nw::test
