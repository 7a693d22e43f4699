#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/runtime/network.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace nw {

// Probes look inside a network without changing it or the training run: they work on a second
// Network compiled from the same graph, loaded with a ParamSnapshot copied between two steps. So a
// run with probes gives the same numbers, bit for bit, as one without (the CLI's).

// The parameters of a network and their gradients from the last backward pass, copied at one step.
struct ParamSnapshot {
    int64_t step = 0;  // steps trained when the copy was made; 0 before the first
    int epoch = -1;    // when made at an epoch's end (or before the first step): the epochs trained
    Weights weights;   // Network::exportWeights(): parameters, then state (BatchNorm statistics)
    Weights gradients; // one entry per node with trainable parameters, in Layer::params() order
};
ParamSnapshot snapshotParams(const Network& network, int64_t step);

// The output of `node` for the one sample `sample` of `data`, with the sample's shape (no batch
// axis); nothing when the network has no such node.
std::optional<Tensor> probeActivation(Network& network, const Dataset& data, int64_t sample, NodeId node);

// The rectangle the decision-boundary plane covers: the samples' extent with a margin.
struct PlaneBounds {
    float xMin = -1, xMax = 1, yMin = -1, yMax = 1;
};
PlaneBounds planeBounds(const Dataset& data, float margin = 0.1f);

// A network with a 2-feature input evaluated over a resolution×resolution grid of the plane. Cell
// (row, col) is at x = xMin + (col + 0.5)·w, y = yMax − (row + 0.5)·h: row 0 is the top.
struct DecisionGrid {
    int resolution = 0;
    PlaneBounds bounds;
    int outputs = 0;           // the network's output width
    std::vector<float> output; // (resolution², outputs), row-major
    struct NodeMap {
        NodeId node;
        int units = 0;
        std::vector<float> values; // (resolution², units): every unit's output over the plane
    };
    std::vector<NodeMap> nodes;
};
// The nodes worth a map of each unit over the plane: for a network with a 2-feature input, the hidden
// layers (neither the input nor the output) with a flat output of at most `maxUnits` units, in
// execution order. None for other inputs.
std::vector<NodeId> neuronMapNodes(const Network& network, int64_t maxUnits = 64);

// The network's input must take 2 values. `nodes` whose output is flat get one map per unit.
DecisionGrid probeDecisionGrid(Network& network, const PlaneBounds& bounds, int resolution,
                               std::span<const NodeId> nodes);

// The predicted class of each of `indices` (argmax, or threshold 0.5 for one output) and the
// confusion matrix over them. Classification data only.
struct Predictions {
    int64_t classes = 0;
    std::vector<int64_t> indices;   // sample indices, as given
    std::vector<int32_t> predicted; // one per index
    std::vector<int32_t> truth;     // one per index
    std::vector<float> confidence;  // the predicted class's output
    std::vector<int64_t> confusion; // (classes, classes): row = true class, column = predicted
    int64_t count(int64_t truthClass, int64_t predictedClass) const {
        return confusion[static_cast<size_t>(truthClass * classes + predictedClass)];
    }
};
Predictions predictClasses(Network& network, const Dataset& data, std::span<const int64_t> indices);

// Per node with parameters: root mean square of its weights, of their gradients and of the change
// since `previous` (nothing to compare with gives 0). Shows vanishing and exploding gradients.
struct LayerMagnitude {
    NodeId node;
    double weightRms = 0;
    double gradientRms = 0;
    double updateRms = 0;
};
std::vector<LayerMagnitude> layerMagnitudes(const ParamSnapshot& current, const ParamSnapshot* previous);

} // namespace nw
