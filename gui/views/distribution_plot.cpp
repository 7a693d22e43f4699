#include "gui/views/distribution_plot.h"

#include "gui/views/colour_maps.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nw::gui {
namespace {

const ValueHistogram* histogramIn(const EpochDistributions& epoch, NodeId node, DistributionKind kind) {
    const LayerDistribution* layer = epoch.layer(node);
    if (!layer) return nullptr;
    const ValueHistogram& h = kind == DistributionKind::Weights     ? layer->weights
                              : kind == DistributionKind::Gradients ? layer->gradients
                                                                    : layer->activations;
    return h.empty() ? nullptr : &h;
}

// A histogram's counts spread over `rows` equal intervals of [lo, hi], each bin's count shared among
// the intervals it overlaps in proportion to the overlap.
std::vector<double> rebinned(const ValueHistogram& h, double lo, double hi, int rows) {
    std::vector<double> density(static_cast<size_t>(rows), 0.0);
    const double step = (hi - lo) / rows;
    const auto rowOf = [&](double v) { return std::clamp(static_cast<int>((v - lo) / step), 0, rows - 1); };
    for (int b = 0; b < static_cast<int>(h.counts.size()); ++b) {
        const auto count = static_cast<double>(h.counts[static_cast<size_t>(b)]);
        if (count == 0) continue;
        const double a0 = h.edge(b), a1 = h.edge(b + 1);
        if (a1 <= a0) { // every value the same
            density[static_cast<size_t>(rowOf(a0))] += count;
            continue;
        }
        for (int r = rowOf(a0); r <= rowOf(a1); ++r) {
            const double overlap = std::min(a1, lo + (r + 1) * step) - std::max(a0, lo + r * step);
            if (overlap > 0) density[static_cast<size_t>(r)] += count * overlap / (a1 - a0);
        }
    }
    return density;
}

} // namespace

DistributionPlot distributionPlot(std::span<const std::shared_ptr<const EpochDistributions>> epochs,
                                  NodeId node, DistributionKind kind, int rows, int maxColumns) {
    DistributionPlot plot;
    std::vector<std::pair<int, const ValueHistogram*>> samples; // by epoch, as `epochs` is
    for (const auto& e : epochs)
        if (const ValueHistogram* h = histogramIn(*e, node, kind)) samples.emplace_back(e->epoch, h);
    if (samples.empty()) return plot;

    double lo = samples.front().second->lo, hi = samples.front().second->hi;
    for (const auto& [epoch, h] : samples) {
        lo = std::min(lo, static_cast<double>(h->lo));
        hi = std::max(hi, static_cast<double>(h->hi));
    }
    if (hi - lo < 1e-12) { // one value throughout: a band around it
        const double half = 0.05 * std::max(1.0, std::abs(lo));
        lo -= half;
        hi += half;
    }
    plot.lo = static_cast<float>(lo);
    plot.hi = static_cast<float>(hi);
    plot.firstEpoch = samples.front().first;
    plot.lastEpoch = samples.back().first;
    plot.epochsWithData = static_cast<int>(samples.size());

    const int span = plot.lastEpoch - plot.firstEpoch + 1;
    const int columns = std::clamp(span, 1, std::max(1, maxColumns));
    plot.image = QImage(columns, rows, QImage::Format_RGB32);
    size_t next = 0; // the first sample not yet shown
    const ValueHistogram* shown = nullptr;
    std::vector<double> density;
    for (int c = 0; c < columns; ++c) {
        // The column stands for the epochs up to `last`: it shows the latest histogram taken by then.
        const int last =
            plot.firstEpoch + static_cast<int>((static_cast<int64_t>(c) + 1) * span / columns) - 1;
        const ValueHistogram* latest = shown;
        while (next < samples.size() && samples[next].first <= last) latest = samples[next++].second;
        if (latest != shown) {
            shown = latest;
            density = rebinned(*shown, lo, hi, rows);
            const double peak = *std::max_element(density.begin(), density.end());
            if (peak > 0)
                for (double& d : density) d /= peak;
        }
        // The square root lifts the thin tails, where a distribution's spread shows.
        for (int r = 0; r < rows; ++r)
            plot.image.setPixel(
                c, rows - 1 - r,
                sequentialColour(static_cast<float>(std::sqrt(density[static_cast<size_t>(r)]))));
    }
    return plot;
}

} // namespace nw::gui
