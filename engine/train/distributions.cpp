#include "engine/train/distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw {

int64_t ValueHistogram::total() const {
    int64_t sum = 0;
    for (int64_t c : counts) sum += c;
    return sum;
}

float ValueHistogram::edge(int i) const {
    if (counts.empty()) return lo;
    return lo + (hi - lo) * static_cast<float>(i) / static_cast<float>(counts.size());
}

ValueHistogram histogramOf(std::span<const Tensor> tensors, int bins) {
    ValueHistogram h;
    float lo = std::numeric_limits<float>::infinity();
    float hi = -std::numeric_limits<float>::infinity();
    for (const Tensor& t : tensors)
        for (int64_t i = 0; i < t.size(); ++i) {
            const float v = t.data()[i];
            if (!std::isfinite(v)) {
                ++h.nonFinite;
                continue;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (lo > hi) return h; // no finite value
    h.lo = lo;
    h.hi = hi;
    // Fewer bins than values would leave most of them empty, a comb rather than a distribution.
    int64_t finite = -h.nonFinite;
    for (const Tensor& t : tensors) finite += t.size();
    const auto fitting = static_cast<int>(std::clamp<int64_t>(finite / 4, 1, std::max(1, bins)));
    h.counts.assign(static_cast<size_t>(lo == hi ? 1 : fitting), 0);
    const auto last = static_cast<int64_t>(h.counts.size()) - 1;
    const double scale =
        lo == hi ? 0.0 : static_cast<double>(h.counts.size()) / (static_cast<double>(hi) - lo);
    for (const Tensor& t : tensors)
        for (int64_t i = 0; i < t.size(); ++i) {
            const float v = t.data()[i];
            if (!std::isfinite(v)) continue;
            // The largest value falls on the upper edge: it belongs to the last bin.
            const auto bin = std::min(last, static_cast<int64_t>((static_cast<double>(v) - lo) * scale));
            ++h.counts[static_cast<size_t>(bin)];
        }
    return h;
}

std::vector<LayerDistribution> layerDistributions(Network& network, const ParamSnapshot& params,
                                                  const Dataset& data, std::span<const int64_t> rows,
                                                  int bins) {
    const bool forward = !rows.empty() && data.size() > 0;
    if (forward) {
        Tensor features(data.sampleShape().withBatch(static_cast<int64_t>(rows.size())));
        Tensor targets(Shape{static_cast<int64_t>(rows.size()), data.targetWidth()});
        gatherBatch(data, rows, features, targets);
        features.setSampleShape(network.inputShape()); // the session may read flat samples as images
        network.forward(features, false);
    }
    std::vector<LayerDistribution> result;
    for (const Network::Step& step : network.steps()) {
        if (!step.enabled) continue;
        LayerDistribution d;
        d.node = step.node;
        const auto grads = std::find_if(params.gradients.begin(), params.gradients.end(),
                                        [&](const NodeWeights& g) { return g.node == step.node; });
        const auto weights = std::find_if(params.weights.begin(), params.weights.end(),
                                          [&](const NodeWeights& w) { return w.node == step.node; });
        if (grads != params.gradients.end() && weights != params.weights.end()) {
            // The weights hold the parameters first, then state (BatchNorm's running statistics),
            // which is not trained and is left out.
            const size_t trainable = std::min(grads->values.size(), weights->values.size());
            d.weights = histogramOf(std::span(weights->values).first(trainable), bins);
            d.gradients = histogramOf(grads->values, bins);
        }
        if (forward)
            if (const Tensor* out = network.activation(step.node))
                d.activations = histogramOf(std::span(out, 1), bins);
        result.push_back(std::move(d));
    }
    return result;
}

} // namespace nw
