#include "engine/train/schedule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace nw {
namespace {

constexpr std::array kScheduleNames{
    std::pair{ScheduleKind::Constant, "constant"},       std::pair{ScheduleKind::Step, "step"},
    std::pair{ScheduleKind::Exponential, "exponential"}, std::pair{ScheduleKind::Cosine, "cosine"},
    std::pair{ScheduleKind::OneCycle, "one-cycle"},      std::pair{ScheduleKind::Plateau, "plateau"},
};

// From `from` at t = 0 to `to` at t = 1 along half a cosine wave.
double cosineBetween(double from, double to, double t) {
    return to + (from - to) * 0.5 * (1 + std::cos(std::numbers::pi * std::clamp(t, 0.0, 1.0)));
}

double oneCycleFactor(double epochs, double span) {
    const double t = epochs / span;
    const double start = 1 / kOneCycleStartDivisor;
    if (t < kOneCycleWarmFraction) return cosineBetween(start, 1, t / kOneCycleWarmFraction);
    return cosineBetween(1, 1 / kOneCycleEndDivisor,
                         (t - kOneCycleWarmFraction) / (1 - kOneCycleWarmFraction));
}

// Reduce-on-plateau, replayed over the finished epochs: the metric is the validation loss, or the
// training loss without a validation split; after `patience` epochs without a new best the factor is
// multiplied by `factor`, down to `minFactor`, and the count starts again.
double plateauFactor(const ScheduleSettings& s, std::span<const EpochMetrics> finished) {
    double factor = 1;
    double best = INFINITY;
    int sinceBest = 0;
    for (const EpochMetrics& e : finished) {
        const double metric = std::isnan(e.validationLoss) ? e.trainLoss : e.validationLoss;
        if (metric < best) {
            best = metric;
            sinceBest = 0;
        } else if (++sinceBest > s.patience) {
            factor = std::max(factor * s.factor, s.minFactor);
            sinceBest = 0;
        }
    }
    return factor;
}

} // namespace

std::string_view toString(ScheduleKind kind) {
    for (const auto& [k, name] : kScheduleNames)
        if (k == kind) return name;
    return "unknown";
}

std::optional<ScheduleKind> scheduleKindFromString(std::string_view name) {
    for (const auto& [k, n] : kScheduleNames)
        if (n == name) return k;
    return std::nullopt;
}

double scheduleFactor(const ScheduleSettings& s, const ScheduleClock& clock,
                      std::span<const EpochMetrics> finished) {
    const int64_t perEpoch = std::max<int64_t>(1, clock.stepsPerEpoch);
    const auto epoch = static_cast<double>(clock.step / perEpoch); // whole epochs done
    // Steps count fractions of epochs where the curve is smooth: warm-up, cosine, one-cycle.
    const double epochs = static_cast<double>(clock.step) / static_cast<double>(perEpoch);
    const double span = std::max(1, clock.spanEpochs);
    if (s.kind == ScheduleKind::OneCycle) return oneCycleFactor(epochs, span);

    double factor = 1;
    switch (s.kind) {
    case ScheduleKind::Constant:
    case ScheduleKind::OneCycle: break;
    case ScheduleKind::Step:
        factor = std::pow(s.factor, std::floor(epoch / std::max(1, s.stepEpochs)));
        break;
    case ScheduleKind::Exponential: factor = std::pow(s.gamma, epoch); break;
    case ScheduleKind::Cosine: {
        const double warm = std::min<double>(s.warmupEpochs, span);
        factor = span > warm ? cosineBetween(1, s.minFactor, (epochs - warm) / (span - warm)) : 1;
        break;
    }
    case ScheduleKind::Plateau: factor = plateauFactor(s, finished); break;
    }
    // Warm-up: the first step runs at 1/n of the factor when warm-up lasts n steps.
    const int64_t warmupSteps = static_cast<int64_t>(s.warmupEpochs) * perEpoch;
    if (clock.step < warmupSteps)
        factor *= static_cast<double>(clock.step + 1) / static_cast<double>(warmupSteps);
    return factor;
}

} // namespace nw
