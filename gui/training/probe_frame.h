#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/train/distributions.h"
#include "engine/train/probes.h"
#include "engine/train/session.h"

#include <memory>
#include <optional>
#include <vector>

namespace nw::gui {

// Histograms of every layer's parameters, gradients and outputs at the end of one epoch.
struct EpochDistributions {
    int epoch = 0;
    std::vector<LayerDistribution> layers;
    const LayerDistribution* layer(NodeId node) const {
        for (const LayerDistribution& l : layers)
            if (l.node == node) return &l;
        return nullptr;
    }
};

// What the probe thread last computed for the views, immutable once published. It keeps the
// session (data, split) alive, so a view may read the samples for as long as it holds the frame.
struct ProbeFrame {
    int64_t sequence = 0; // increases with every published frame
    std::shared_ptr<const TrainingSession> session;
    std::shared_ptr<const ParamSnapshot> params;
    // The selected node's output for the selected sample, when a node is selected.
    NodeId node;
    int64_t sample = 0;
    std::optional<Tensor> activation;
    // 2-D data only: the plane coloured by the network, and the hidden nodes' unit maps.
    std::optional<DecisionGrid> grid;
    std::vector<LayerMagnitude> magnitudes;
    // The validation split's predictions at `predictionsStep` (made at epoch ends and at the end).
    std::shared_ptr<const Predictions> predictions;
    int64_t predictionsStep = 0;

    const Dataset& data() const { return session->dataset(); }
};

// What the views want from the probe thread.
struct ProbeRequest {
    NodeId node;        // none: no activation
    int64_t sample = 0; // a row of the data set
    // Cells per side of the decision-boundary grid: at 96 the boundary, drawn smoothly scaled over a
    // panel a few hundred pixels wide, shows no blocks; a 2-D network evaluates the 9216 points in
    // well under a millisecond per frame.
    int gridResolution = 96;
    bool operator==(const ProbeRequest&) const = default;
};

} // namespace nw::gui
