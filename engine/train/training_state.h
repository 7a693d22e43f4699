#pragma once

#include "engine/optim/optimizer.h"

#include <cstdint>

namespace nw {

// Where training stopped, beyond the weights and the metric history: what continuing needs to go on
// exactly as if it had never stopped (with the same thread count). The shuffle needs nothing stored:
// each epoch's order is drawn from the seed and the epoch's number.
struct TrainingState {
    OptimizerState optimizer;
    // The last epoch the stopped run meant to reach: continuing first finishes it.
    int plannedEpochs = 0;
    // The epochs a cosine or one-cycle schedule spans, fixed when training began from fresh weights.
    int scheduleEpochs = 0;
    // An epoch stopped in the middle: its batches already trained, their summed loss (times rows) and
    // their correct predictions, so the epoch's figures come out as if it had run through.
    int64_t epochBatches = 0;
    double epochLossSum = 0;
    int64_t epochCorrect = 0;
    bool operator==(const TrainingState&) const = default;
};

} // namespace nw
