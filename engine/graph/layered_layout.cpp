#include "engine/graph/layered_layout.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nw {

namespace {

double snap(double value, double grid) { return std::round(value / grid) * grid; }

// Mean position of the neighbours in the given order (-1 when it has none there).
double barycentre(const std::vector<NodeId>& neighbours, const std::map<NodeId, double>& rank) {
    double sum = 0;
    int count = 0;
    for (const NodeId n : neighbours)
        if (const auto it = rank.find(n); it != rank.end()) {
            sum += it->second;
            ++count;
        }
    return count ? sum / count : -1;
}

} // namespace

std::map<NodeId, Point> layeredLayout(const Graph& graph, const std::function<double(NodeId)>& height,
                                      const LayoutSpacing& spacing) {
    std::map<NodeId, Point> placed;
    if (graph.nodes().empty()) return placed;

    // Layers: longest path from any source, in topological order.
    std::map<NodeId, int> layerOf;
    std::map<NodeId, std::vector<NodeId>> preds;
    std::map<NodeId, std::vector<NodeId>> succs;
    for (const nw::Edge& e : graph.edges()) {
        preds[e.to.node].push_back(e.from.node);
        succs[e.from.node].push_back(e.to.node);
    }
    int layerCount = 0;
    for (const NodeId id : graph.topologicalOrder()) {
        int layer = 0;
        for (const NodeId p : preds[id]) layer = std::max(layer, layerOf[p] + 1);
        layerOf[id] = layer;
        layerCount = std::max(layerCount, layer + 1);
    }
    std::vector<std::vector<NodeId>> layers(static_cast<size_t>(layerCount));
    for (const nw::Node& node : graph.nodes()) // by id: the order a person added them
        layers[static_cast<size_t>(layerOf[node.id])].push_back(node.id);
    // Start each layer in its current top-to-bottom order, so a layout of a tidy graph keeps it.
    for (auto& layer : layers)
        std::stable_sort(layer.begin(), layer.end(), [&](NodeId a, NodeId b) {
            return graph.node(a)->position.y < graph.node(b)->position.y;
        });

    // Barycentre sweeps: forward by predecessors, backward by successors.
    auto ranks = [&]() {
        std::map<NodeId, double> rank;
        for (const auto& layer : layers)
            for (size_t i = 0; i < layer.size(); ++i) rank[layer[i]] = double(i);
        return rank;
    };
    for (int sweep = 0; sweep < 4; ++sweep) {
        const bool forward = sweep % 2 == 0;
        for (size_t step = 1; step < layers.size(); ++step) {
            const size_t l = forward ? step : layers.size() - 1 - step;
            const std::map<NodeId, double> rank = ranks();
            auto key = [&](NodeId id) {
                const double b = barycentre(forward ? preds[id] : succs[id], rank);
                return b < 0 ? rank.at(id) : b;
            };
            std::stable_sort(layers[l].begin(), layers[l].end(),
                             [&](NodeId a, NodeId b) { return key(a) < key(b); });
        }
    }

    // Anchor: the first node of the first layer keeps its place, so the view does not jump.
    const Point anchor = graph.node(layers.front().front())->position;
    const double centreY = snap(anchor.y + height(layers.front().front()) / 2, spacing.grid);
    for (size_t l = 0; l < layers.size(); ++l) {
        double total = 0;
        for (const NodeId id : layers[l]) total += height(id);
        total += spacing.rowGap * double(layers[l].size() - 1);
        double y = centreY - total / 2;
        for (const NodeId id : layers[l]) {
            placed[id] = {snap(anchor.x + spacing.columnStep * double(l), spacing.grid),
                          snap(y, spacing.grid)};
            y += height(id) + spacing.rowGap;
        }
    }
    return placed;
}

} // namespace nw
