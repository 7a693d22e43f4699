#pragma once

// How a project trains, as its file stores it; the Trainer (trainer.h) runs it.

#include "engine/losses/loss_kind.h"
#include "engine/optim/optimizer_settings.h"
#include "engine/train/schedule.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace nw {

// The validation figure early stopping watches.
enum class StopMetric { ValidationLoss, ValidationAccuracy };

std::string_view toString(StopMetric metric);
std::optional<StopMetric> stopMetricFromString(std::string_view name);

// Stop when `metric` has not improved for `patience` epochs, and go back to the weights of its best
// epoch. Needs a validation split.
struct EarlyStoppingSettings {
    bool enabled = false;
    StopMetric metric = StopMetric::ValidationLoss;
    int patience = 5;
    bool restoreBest = true;
    bool operator==(const EarlyStoppingSettings&) const = default;
};

struct TrainingSettings {
    LossKind loss = LossKind::SoftmaxCrossEntropy;
    OptimizerSettings optimizer;
    ScheduleSettings schedule;
    EarlyStoppingSettings earlyStopping;
    double clipNorm = 0; // > 0: gradients are scaled down so that their joint L2 norm is at most this
    int64_t batchSize = 32;
    int epochs = 100;
    uint64_t seed = 1; // weights and shuffling
    int threads = 0;   // 0: all cores
    bool operator==(const TrainingSettings&) const = default;
};

} // namespace nw
