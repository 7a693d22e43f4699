#pragma once

// The training records the charts and the progress bar read. Steps are the engine's own BatchMetrics
// (engine/train/metrics.h: plain structs over <cstdint> and <vector>, which moc reads without
// trouble), numbered over the project's whole history; epochs add where they end on that axis.

#include "engine/train/metrics.h"

#include <QtGlobal>

namespace nw::gui {

// One finished epoch, numbered over the project's whole history, and `step`, the last step of it.
// Validation figures are NaN without a split.
struct EpochPoint : nw::EpochMetrics {
    qint64 step = 0;
};

// Where a run is, for the progress bar.
struct TrainingProgress {
    int epoch = 0;
    int epochs = 0;
    qint64 batch = 0;
    qint64 batchesPerEpoch = 0;
    double samplesPerSecond = 0;
    double secondsLeft = -1; // unknown
};

} // namespace nw::gui
