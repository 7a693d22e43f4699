#pragma once

// How a project trains, as its file stores it; the Trainer (trainer.h) runs it.

#include "engine/losses/loss_kind.h"
#include "engine/optim/optimizer_settings.h"

#include <cstdint>

namespace nw {

struct TrainingSettings {
    LossKind loss = LossKind::SoftmaxCrossEntropy;
    OptimizerSettings optimizer;
    int64_t batchSize = 32;
    int epochs = 100;
    uint64_t seed = 1; // weights and shuffling
    int threads = 0;   // 0: all cores
    bool operator==(const TrainingSettings&) const = default;
};

} // namespace nw
