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

// Where a run is, for the progress bar: the last step trained (its epoch numbered over the project's
// history, its samples per second smoothed), the epoch the run ends with and the time it still needs.
struct TrainingProgress {
    nw::BatchMetrics last;
    int epochs = 0;
    double secondsLeft = -1; // unknown
};

} // namespace nw::gui
