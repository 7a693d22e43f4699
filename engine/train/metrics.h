#pragma once

#include <cstdint>
#include <vector>

namespace nw {

// One mini-batch's figures. Accuracy is NaN for regression.
struct BatchMetrics {
    int epoch = 0;     // 1-based
    int64_t batch = 0; // 1-based within the epoch
    int64_t batchesPerEpoch = 0;
    int64_t step = 0; // 1-based over the whole run
    double loss = 0;
    double accuracy = 0;
    double samplesPerSecond = 0;
    double learningRate = 0; // the rate this step used, schedule applied
};

// One epoch's figures: training ones averaged over its batches, validation ones over the whole
// validation split (NaN when there is none). Accuracy is NaN for regression.
struct EpochMetrics {
    int epoch = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double validationLoss = 0;
    double validationAccuracy = 0;
    double seconds = 0;
    int64_t steps = 0;       // steps trained when the epoch ended, counted over the whole training
    double learningRate = 0; // the rate of its last step
    bool operator==(const EpochMetrics& o) const;
};

struct MetricHistory {
    std::vector<EpochMetrics> epochs;
    std::vector<float> batchLosses; // every step's loss, in order
    bool operator==(const MetricHistory&) const = default;
};

} // namespace nw
