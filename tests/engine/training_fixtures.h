#pragma once

// Projects the training tests share.

#include "engine/io/project.h"

#include <gtest/gtest.h>

namespace nw {

// 2-16-16-2 tanh on the two spirals: the Playground's hardest set.
inline Project spiralsProject(int epochs) {
    Project p;
    Graph& g = p.graph;
    const NodeId input = g.addNode(LayerKind::Input);
    NodeId previous = input;
    for (int i = 0; i < 2; ++i) {
        const NodeId dense = g.addNode(LayerKind::Dense);
        EXPECT_TRUE(g.setAttribute(dense, "units", int64_t{16}).ok());
        const NodeId tanh = g.addNode(LayerKind::Tanh);
        EXPECT_TRUE(g.connect({{previous, 0}, {dense, 0}}).ok());
        EXPECT_TRUE(g.connect({{dense, 0}, {tanh, 0}}).ok());
        previous = tanh;
    }
    const NodeId out = g.addNode(LayerKind::Dense);
    EXPECT_TRUE(g.setAttribute(out, "units", int64_t{2}).ok());
    const NodeId softmax = g.addNode(LayerKind::Softmax);
    EXPECT_TRUE(g.connect({{previous, 0}, {out, 0}}).ok());
    EXPECT_TRUE(g.connect({{out, 0}, {softmax, 0}}).ok());
    p.dataset.synthetic.kind = SyntheticKind::Spirals;
    p.dataset.synthetic.samples = 500;
    p.training.optimizer.kind = OptimizerKind::Adam;
    // As the spirals example: at 0.03 Adam keeps jumping between 87% and 99.75% late in training, so
    // the last epoch's figure would depend on the rounding of every operation before it.
    p.training.optimizer.learningRate = 0.01;
    p.training.batchSize = 16;
    p.training.epochs = epochs;
    p.training.threads = 1;
    return p;
}

} // namespace nw
