#pragma once

// Small helpers for engine tests that build networks by hand.

#include "engine/core/rng.h"
#include "engine/graph/graph.h"
#include "engine/losses/loss.h"
#include "engine/optim/optimizer.h"
#include "engine/runtime/network.h"

#include <cmath>
#include <gtest/gtest.h>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace nw::test {

using AttrList = std::vector<std::pair<std::string, AttrValue>>;

// Adds nodes wired from earlier ones, asserting every edit succeeds.
struct GraphBuilder {
    Graph graph;

    NodeId input(Shape shape) {
        const NodeId id = graph.addNode(LayerKind::Input);
        EXPECT_TRUE(graph.setAttribute(id, "shape", std::move(shape)).ok());
        return id;
    }

    // A node of `kind` whose input ports 0, 1, ... are fed by `from`, in order.
    NodeId add(LayerKind kind, std::initializer_list<NodeId> from, const AttrList& attrs = {}) {
        const NodeId id = graph.addNode(kind);
        for (const auto& [name, value] : attrs) {
            const Status s = graph.setAttribute(id, name, value);
            EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        }
        int port = 0;
        for (NodeId source : from) {
            const Status s = graph.connect({{source, 0}, {id, port++}});
            EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        }
        return id;
    }

    std::unique_ptr<Network> compile(int64_t batch, uint64_t seed = 1) const {
        auto net = nw::compile(graph, batch);
        EXPECT_TRUE(net.ok()) << (net.ok() ? "" : net.error().message);
        if (!net.ok()) return nullptr;
        net.value()->initialize(seed);
        return std::move(net.value());
    }
};

// Uniform random values in [-1, 1).
inline Tensor randomTensor(Shape shape, uint64_t seed) {
    Tensor t(std::move(shape));
    Rng rng(seed);
    for (int64_t i = 0; i < t.size(); ++i) t[i] = static_cast<float>(rng.uniform(-1, 1));
    return t;
}

// Trains on one fixed batch with Adam; returns the loss before the first step and after the last.
inline std::pair<float, float> trainOnBatch(Network& net, const Tensor& x, const Tensor& targets,
                                            LossKind lossKind, int steps, double learningRate = 0.01) {
    const auto loss = makeLoss(lossKind, false);
    OptimizerSettings settings;
    settings.learningRate = learningRate;
    const auto optimizer = makeOptimizer(settings, net.params());
    Tensor grad(net.outputShape().withBatch(x.rows()));
    const float first = loss->compute(net.forward(x, false), targets, grad);
    for (int i = 0; i < steps; ++i) {
        loss->compute(net.forward(x, true), targets, grad);
        net.backward(grad);
        optimizer->step(learningRate);
    }
    return {first, loss->compute(net.forward(x, false), targets, grad)};
}

// Every parameter's analytic gradient against central differences of L = Σ y, through the whole network.
inline void expectNetworkGradientsMatch(Network& net, const Tensor& x) {
    Tensor dy(net.outputShape().withBatch(x.rows()));
    dy.flat().setOnes();
    net.forward(x, true);
    net.backward(dy);
    std::vector<Tensor> analytic;
    for (const Param& p : net.params()) analytic.push_back(*p.grad);
    const auto loss = [&] {
        const Tensor& y = net.forward(x, true);
        double sum = 0;
        for (int64_t i = 0; i < y.size(); ++i) sum += y[i];
        return sum;
    };
    std::vector<Param> params = net.params();
    for (size_t k = 0; k < params.size(); ++k) {
        Tensor& w = *params[k].value;
        for (int64_t i = 0; i < w.size(); ++i) {
            const float saved = w[i];
            w[i] = saved + 1e-3f;
            const double plus = loss();
            w[i] = saved - 1e-3f;
            const double minus = loss();
            w[i] = saved;
            const double numeric = (plus - minus) / 2e-3;
            ASSERT_NEAR(analytic[k][i], numeric, 3e-3 + 2e-2 * std::abs(numeric))
                << params[k].name << " " << i;
        }
    }
}

} // namespace nw::test
