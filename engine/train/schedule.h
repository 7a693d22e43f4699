#pragma once

// How the learning rate changes over a run. The rate of a step is the optimizer's learning rate times
// the schedule's factor at that step, so changing the learning rate during a run scales the whole
// schedule. Every factor is a pure function of the step and the finished epochs' metrics: a continued
// run goes on exactly where it stopped without storing anything of the schedule.

#include "engine/train/metrics.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace nw {

enum class ScheduleKind { Constant, Step, Exponential, Cosine, OneCycle, Plateau };

std::string_view toString(ScheduleKind kind);
std::optional<ScheduleKind> scheduleKindFromString(std::string_view name);

struct ScheduleSettings {
    ScheduleKind kind = ScheduleKind::Constant;
    int warmupEpochs = 0; // every kind but one-cycle: the factor rises linearly from 0 over these
    int stepEpochs = 10;  // step: the rate is multiplied by `factor` every this many epochs
    double factor = 0.1;  // step, plateau: the multiplier
    double gamma = 0.9;   // exponential: the multiplier per epoch
    double minFactor = 0; // cosine: the final factor; plateau: the lowest one
    int patience = 3;     // plateau: epochs without a better validation loss before lowering
    bool operator==(const ScheduleSettings&) const = default;
};

// Where a step lies in its run, in the units the schedules count.
struct ScheduleClock {
    int64_t step = 0;          // 0-based over the whole training, earlier runs included
    int64_t stepsPerEpoch = 1; // at least 1
    int spanEpochs = 1;        // cosine and one-cycle go from start to end over this many epochs
};

// One-cycle's shape, as PyTorch's OneCycleLR defaults: from 1/25 of the rate up to the rate over the
// first 30 % of the span, then down (cosine) to 1/(25·10⁴) of it.
inline constexpr double kOneCycleWarmFraction = 0.3;
inline constexpr double kOneCycleStartDivisor = 25;
inline constexpr double kOneCycleEndDivisor = 25e4;

// The factor of the step at `clock`; `finished` are the epochs done before it (plateau looks at their
// validation loss, or at the training loss when there is no validation split).
double scheduleFactor(const ScheduleSettings& schedule, const ScheduleClock& clock,
                      std::span<const EpochMetrics> finished);

} // namespace nw
