#include "engine/train/run_record.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>

namespace nw {

std::string_view toString(RunOutcome outcome) {
    switch (outcome) {
    case RunOutcome::Completed: return "completed";
    case RunOutcome::Stopped: return "stopped";
    case RunOutcome::EarlyStopped: return "early-stopped";
    case RunOutcome::Diverged: return "diverged";
    }
    return "unknown";
}

std::optional<RunOutcome> runOutcomeFromString(std::string_view name) {
    for (RunOutcome o :
         {RunOutcome::Completed, RunOutcome::Stopped, RunOutcome::EarlyStopped, RunOutcome::Diverged})
        if (toString(o) == name) return o;
    return std::nullopt;
}

RunSummary summarize(const RunRecord& run) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    RunSummary s;
    const std::vector<EpochMetrics>& epochs = run.history.epochs;
    s.epochs = static_cast<int>(epochs.size());
    s.steps = static_cast<int64_t>(run.history.batchLosses.size());
    s.bestValidationAccuracy = nan;
    s.finalValidationLoss = epochs.empty() ? nan : epochs.back().validationLoss;
    s.finalTrainLoss = epochs.empty() ? nan : epochs.back().trainLoss;
    double lowestLoss = INFINITY;
    for (const EpochMetrics& e : epochs) {
        s.seconds += std::isfinite(e.seconds) ? e.seconds : 0;
        if (!std::isnan(e.validationAccuracy) &&
            (std::isnan(s.bestValidationAccuracy) || e.validationAccuracy > s.bestValidationAccuracy)) {
            s.bestValidationAccuracy = e.validationAccuracy;
            s.bestEpoch = e.epoch;
        }
        if (std::isnan(s.bestValidationAccuracy) && e.validationLoss < lowestLoss) {
            lowestLoss = e.validationLoss;
            s.bestEpoch = e.epoch;
        }
    }
    return s;
}

std::string utcTimestamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace nw
