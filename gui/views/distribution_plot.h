#pragma once

// Not read by moc: engine headers are fine here.
#include "gui/training/probe_frame.h"

#include <QImage>

#include <memory>
#include <span>

namespace nw::gui {

enum class DistributionKind { Weights, Gradients, Activations };

// One layer's distributions over the epochs as an image, TensorBoard's "distributions" drawn as a
// heatmap: a column per epoch (left: the first), a row per value interval (top: the largest value),
// each column shaded by how many of that epoch's values fall in each interval, relative to the
// column's fullest interval. All columns share one value range, so a spreading or a shrinking
// distribution shows as such.
struct DistributionPlot {
    QImage image; // null when no epoch has values of this kind for the layer
    float lo = 0; // the value range, bottom to top
    float hi = 0;
    int firstEpoch = 0;
    int lastEpoch = 0;
    int epochsWithData =
        0; // how many epochs have a histogram; columns of those between repeat the one before
    bool empty() const { return image.isNull(); }
};

// At most `maxColumns` columns: a longer training shows every n-th epoch.
DistributionPlot distributionPlot(std::span<const std::shared_ptr<const EpochDistributions>> epochs,
                                  NodeId node, DistributionKind kind, int rows = 96, int maxColumns = 600);

} // namespace nw::gui
