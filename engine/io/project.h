#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/csv_reader.h"
#include "engine/data/dataset_spec.h"
#include "engine/graph/graph.h"
#include "engine/runtime/weights.h"
#include "engine/train/metrics.h"
#include "engine/train/run_record.h"
#include "engine/train/training_settings.h"
#include "engine/train/training_state.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nw {

// The newest .nwproj format this build reads and the one it writes (docs/file-format.md).
inline constexpr int kProjectFormatVersion = 1;

// Everything one .nwproj file holds: the network, the data it trains on, how it trains and, once
// trained, the weights and the metric history.
struct Project {
    Graph graph;
    DatasetSpec dataset;
    TrainingSettings training;
    // The scaling statistics measured on the training split, kept with the weights they belong to.
    std::optional<FittedScaling> fittedScaling;
    // How the CSV training data was encoded (columns, categories, classes, fill values), kept with the
    // weights so prediction encodes new files identically without the training file. CSV data only.
    std::optional<CsvEncoding> csvEncoding;
    std::optional<Weights> weights;
    MetricHistory history;
    // How the stored training stopped, for continuing it: optimizer moments, an unfinished epoch.
    std::optional<TrainingState> trainingState;
    // Every training run kept, oldest first, and the one the weights and history above belong to.
    std::vector<RunRecord> runs;
    std::optional<int> currentRun;
    bool operator==(const Project&) const = default;
};

// The project as the JSON text of a .nwproj file. Deterministic: the same project gives the same bytes.
std::string serializeProject(const Project& project);

// Whether a project file could hold these settings: every value in its documented range. The
// problem's location names the field as the file does ("/optimizer/learningRate").
Status checkTrainingSettings(const TrainingSettings& settings);

// Reads .nwproj text. A syntax error, a wrong type, a missing field, an unknown layer kind, an
// attribute out of range, an edge the graph refuses or a newer format version gives a Diagnostic
// whose location is the JSON path (or line and column for a syntax error); never an exception.
Result<Project> parseProject(std::string_view text);

// Reads a .nwproj file; a relative data path in it becomes absolute against the file's folder.
Result<Project> loadProject(const std::filesystem::path& path);

// Writes atomically: a temporary file beside `path`, flushed, then renamed over it, so an
// interrupted save leaves the previous file intact. The data path is stored relative to the file's
// folder when it can be (portableDataPath), so a copied project folder still finds its data.
Status saveProject(const Project& project, const std::filesystem::path& path);

} // namespace nw
