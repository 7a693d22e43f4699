#include "engine/train/probes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw {
namespace {

double rms(const Tensor& t) {
    if (t.size() == 0) return 0;
    return std::sqrt(static_cast<double>(t.flat().squaredNorm()) / static_cast<double>(t.size()));
}

double rmsDifference(const Tensor& a, const Tensor& b) {
    if (a.size() == 0 || a.size() != b.size()) return 0;
    return std::sqrt(static_cast<double>((a.flat() - b.flat()).squaredNorm()) /
                     static_cast<double>(a.size()));
}

const NodeWeights* findNode(const Weights& weights, NodeId node) {
    const auto it =
        std::find_if(weights.begin(), weights.end(), [&](const NodeWeights& w) { return w.node == node; });
    return it == weights.end() ? nullptr : &*it;
}

int32_t predictedClass(const float* row, int64_t width, float& confidence) {
    if (width == 1) { // one sigmoid output: class 1 above one half
        confidence = row[0] >= 0.5f ? row[0] : 1.0f - row[0];
        return row[0] >= 0.5f ? 1 : 0;
    }
    const int64_t best = std::max_element(row, row + width) - row;
    confidence = row[best];
    return static_cast<int32_t>(best);
}

} // namespace

ParamSnapshot snapshotParams(const Network& network, int64_t step) {
    ParamSnapshot snapshot;
    snapshot.step = step;
    snapshot.weights = network.exportWeights();
    for (const Network::Step& s : network.steps()) {
        if (!s.enabled) continue;
        const std::vector<Param> params = s.layer->params();
        if (params.empty()) continue;
        NodeWeights grads;
        grads.node = s.node;
        for (const Param& p : params) {
            grads.names.push_back(p.name);
            grads.values.push_back(*p.grad);
        }
        snapshot.gradients.push_back(std::move(grads));
    }
    return snapshot;
}

std::optional<Tensor> probeActivation(Network& network, const Dataset& data, int64_t sample, NodeId node) {
    if (sample < 0 || sample >= data.size()) return std::nullopt;
    Tensor features(data.sampleShape().withBatch(1));
    Tensor targets(Shape{1, data.targetWidth()});
    const int64_t index[] = {sample};
    gatherBatch(data, index, features, targets);
    // x:(1, sample) in the Input's arrangement (the session may read flat samples as images).
    features.setSampleShape(network.inputShape());
    network.forward(features, false);
    const Tensor* out = network.activation(node);
    if (!out) return std::nullopt;
    Tensor copy(out->shape().withoutBatch());
    std::copy(out->row(0), out->row(0) + out->rowSize(), copy.data());
    return copy;
}

PlaneBounds planeBounds(const Dataset& data, float margin) {
    PlaneBounds b{std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest(),
                  std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest()};
    if (data.size() == 0 || data.features.rowSize() != 2) return {};
    for (int64_t r = 0; r < data.size(); ++r) {
        const float* row = data.features.row(r);
        b.xMin = std::min(b.xMin, row[0]);
        b.xMax = std::max(b.xMax, row[0]);
        b.yMin = std::min(b.yMin, row[1]);
        b.yMax = std::max(b.yMax, row[1]);
    }
    // Square, so that circles look round, and a margin around the points.
    const float half = 0.5f * std::max(b.xMax - b.xMin, b.yMax - b.yMin) * (1 + 2 * margin);
    const float cx = 0.5f * (b.xMin + b.xMax), cy = 0.5f * (b.yMin + b.yMax);
    return {cx - half, cx + half, cy - half, cy + half};
}

std::vector<NodeId> neuronMapNodes(const Network& network, int64_t maxUnits) {
    std::vector<NodeId> nodes;
    if (network.inputShape().numel() != 2) return nodes;
    const auto& steps = network.steps();
    for (size_t i = 1; i + 1 < steps.size(); ++i)
        if (steps[i].output.shape().rank() == 2 && steps[i].output.rowSize() <= maxUnits)
            nodes.push_back(steps[i].node);
    return nodes;
}

DecisionGrid probeDecisionGrid(Network& network, const PlaneBounds& bounds, int resolution,
                               std::span<const NodeId> nodes) {
    DecisionGrid grid;
    grid.resolution = resolution;
    grid.bounds = bounds;
    if (network.inputShape().numel() != 2 || resolution <= 0) return grid;
    const int64_t cells = int64_t{resolution} * resolution;
    grid.outputs = static_cast<int>(network.outputShape().numel());
    grid.output.resize(static_cast<size_t>(cells * grid.outputs));
    for (const NodeId id : nodes) {
        const auto step = std::find_if(network.steps().begin(), network.steps().end(),
                                       [&](const Network::Step& s) { return s.node == id; });
        if (step == network.steps().end()) continue;
        DecisionGrid::NodeMap map;
        map.node = id;
        map.units = static_cast<int>(step->output.rowSize());
        map.values.resize(static_cast<size_t>(cells * map.units));
        grid.nodes.push_back(std::move(map));
    }
    const int64_t batch = network.maxBatch();
    Tensor points(network.inputShape().withBatch(batch));
    const float w = (bounds.xMax - bounds.xMin) / static_cast<float>(resolution);
    const float h = (bounds.yMax - bounds.yMin) / static_cast<float>(resolution);
    for (int64_t start = 0; start < cells; start += batch) {
        const int64_t n = std::min(batch, cells - start);
        points.setRows(n);
        for (int64_t i = 0; i < n; ++i) {
            const int64_t cell = start + i;
            points.row(i)[0] = bounds.xMin + (static_cast<float>(cell % resolution) + 0.5f) * w;
            points.row(i)[1] = bounds.yMax - (static_cast<float>(cell / resolution) + 0.5f) * h;
        }
        // points:(n, 2) -> out:(n, outputs)
        const Tensor& out = network.forward(points, false);
        std::copy(out.data(), out.data() + n * grid.outputs, grid.output.data() + start * grid.outputs);
        for (DecisionGrid::NodeMap& map : grid.nodes) {
            const Tensor* act = network.activation(map.node);
            std::copy(act->data(), act->data() + n * map.units, map.values.data() + start * map.units);
        }
    }
    return grid;
}

Predictions predictClasses(Network& network, const Dataset& data, std::span<const int64_t> indices) {
    Predictions p;
    p.classes = std::max<int64_t>(data.numClasses, 2);
    p.confusion.assign(static_cast<size_t>(p.classes * p.classes), 0);
    if (data.task != TaskKind::Classification) return p;
    const int64_t batch = network.maxBatch();
    Tensor features(data.sampleShape().withBatch(batch));
    Tensor targets(Shape{batch, data.targetWidth()});
    p.indices.assign(indices.begin(), indices.end());
    p.predicted.reserve(indices.size());
    p.truth.reserve(indices.size());
    p.confidence.reserve(indices.size());
    for (size_t start = 0; start < indices.size(); start += static_cast<size_t>(batch)) {
        const auto chunk =
            indices.subspan(start, std::min<size_t>(static_cast<size_t>(batch), indices.size() - start));
        gatherBatch(data, chunk, features, targets);
        features.setSampleShape(network.inputShape());
        const Tensor& out = network.forward(features, false);
        for (int64_t r = 0; r < static_cast<int64_t>(chunk.size()); ++r) {
            float confidence = 0;
            const int32_t predicted = predictedClass(out.row(r), out.rowSize(), confidence);
            const auto truth = static_cast<int32_t>(targets.row(r)[0]);
            p.predicted.push_back(predicted);
            p.truth.push_back(truth);
            p.confidence.push_back(confidence);
            if (truth >= 0 && truth < p.classes && predicted < p.classes)
                ++p.confusion[static_cast<size_t>(truth * p.classes + predicted)];
        }
    }
    return p;
}

std::vector<LayerMagnitude> layerMagnitudes(const ParamSnapshot& current, const ParamSnapshot* previous) {
    std::vector<LayerMagnitude> result;
    for (const NodeWeights& grads : current.gradients) {
        LayerMagnitude m;
        m.node = grads.node;
        const NodeWeights* weights = findNode(current.weights, grads.node);
        const NodeWeights* before = previous ? findNode(previous->weights, grads.node) : nullptr;
        double w2 = 0, g2 = 0, u2 = 0;
        int64_t n = 0;
        for (size_t i = 0; i < grads.values.size(); ++i) {
            const auto size = static_cast<double>(grads.values[i].size());
            g2 += rms(grads.values[i]) * rms(grads.values[i]) * size;
            if (weights && i < weights->values.size()) {
                w2 += rms(weights->values[i]) * rms(weights->values[i]) * size;
                if (before && i < before->values.size()) {
                    const double d = rmsDifference(weights->values[i], before->values[i]);
                    u2 += d * d * size;
                }
            }
            n += grads.values[i].size();
        }
        if (n > 0) {
            const auto count = static_cast<double>(n);
            m.weightRms = std::sqrt(w2 / count);
            m.gradientRms = std::sqrt(g2 / count);
            m.updateRms = std::sqrt(u2 / count);
        }
        result.push_back(m);
    }
    return result;
}

} // namespace nw
