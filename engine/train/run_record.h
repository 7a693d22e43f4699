#pragma once

// A training run as the project keeps it: what was trained (the network and every setting), how it
// went (its history, outcome and time) and a note. Runs are compared in the Runs panel and by
// `neuroweave-cli runs`; the project's weights are those of its current run.

#include "engine/data/dataset_spec.h"
#include "engine/graph/graph.h"
#include "engine/train/metrics.h"
#include "engine/train/training_settings.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

enum class RunOutcome { Completed, Stopped, EarlyStopped, Diverged };

std::string_view toString(RunOutcome outcome);
std::optional<RunOutcome> runOutcomeFromString(std::string_view name);

struct RunRecord {
    int id = 1;            // unique in the project, counting up from 1
    std::string startedAt; // UTC, ISO 8601: "2026-12-03T14:30:05Z"
    Graph graph;           // the network it trained
    DatasetSpec dataset;   // the data it trained on
    TrainingSettings training;
    RunOutcome outcome = RunOutcome::Completed;
    MetricHistory history; // its own epochs and steps; continuing a run extends it
    std::string note;
    bool operator==(const RunRecord&) const = default;
};

// A short stable name of a network's structure: kinds, attributes, wires and disabled nodes, not
// names or positions, so moving a card does not make it another network.
std::string networkFingerprint(const Graph& graph);

// The run's headline figures, from its history.
struct RunSummary {
    int epochs = 0;
    int64_t steps = 0;
    double seconds = 0;
    std::optional<int> bestEpoch;      // of the best validation accuracy, or else the lowest validation loss
    double bestValidationAccuracy = 0; // NaN without validation or for regression
    double finalValidationLoss = 0;    // NaN without validation
    double finalTrainLoss = 0;
};
RunSummary summarize(const RunRecord& run);

// The current time as RunRecord::startedAt writes it.
std::string utcTimestamp();

} // namespace nw
