#pragma once

// How the values inside a network are distributed (TensorBoard's "distributions"): per layer, the
// histograms of its parameters, of their gradients and of its output over a fixed set of samples.
// The designer takes one at each epoch's end on its probe thread and draws them over the epochs.

#include "engine/core/tensor.h"
#include "engine/data/dataset.h"
#include "engine/runtime/network.h"
#include "engine/train/probes.h"

#include <cstdint>
#include <span>
#include <vector>

namespace nw {

// Equal-width bins from `lo` to `hi` (the smallest and largest finite value seen). Values that are
// not finite are counted apart: they belong to no bin.
struct ValueHistogram {
    float lo = 0;
    float hi = 0;
    std::vector<int64_t> counts; // empty: no values at all
    int64_t nonFinite = 0;
    int64_t total() const; // the values in bins
    bool empty() const { return counts.empty(); }
    // The lower edge of bin `i` (i == bins gives hi).
    float edge(int i) const;
};

// All values of `tensors` together in `bins` bins, or fewer for few values (about four values a bin),
// so that a small layer's histogram is not mostly empty bins. When every value is the same, one bin
// holds them.
ValueHistogram histogramOf(std::span<const Tensor> tensors, int bins);

struct LayerDistribution {
    NodeId node;
    ValueHistogram weights;     // the trainable parameters (weights and biases together); empty without
    ValueHistogram gradients;   // their gradients from the last backward pass
    ValueHistogram activations; // the node's output for the sample rows
};

// One histogram set per enabled node, in execution order. `network` must hold `params`' weights (the
// caller imported them); `rows` (at most the network's batch) go through it once for the activations.
std::vector<LayerDistribution> layerDistributions(Network& network, const ParamSnapshot& params,
                                                  const Dataset& data, std::span<const int64_t> rows,
                                                  int bins = 48);

} // namespace nw
