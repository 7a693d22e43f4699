#pragma once

// The parts of the .nwproj reader and writer that their files share. The format itself is described
// in docs/file-format.md; a change here is a change there.

#include "engine/io/json_reader.h"
#include "engine/io/project.h"

#include <optional>
#include <string_view>

namespace nw::io {

inline constexpr std::string_view kProjectFormatName = "neuroweave-project";

// Writers of the top-level sections.
Json writeGraph(const Graph& graph);
Json writeDataset(const DatasetSpec& spec);
Json writeCsvOptions(const CsvOptions& csv);
Json writeImageOptions(const ImageFolderOptions& images);
Json writeTraining(const TrainingSettings& settings);
Json writeFittedScaling(const FittedScaling& fitted);
Json writeCsvEncoding(const CsvEncoding& encoding);
// Only the weights of nodes `graph` has.
Json writeWeights(const Weights& weights, const Graph& graph);
Json writeHistory(const MetricHistory& history);
Json writeTrainingState(const TrainingState& state);
Json writeRun(const RunRecord& run, bool current);
// A whole project, as serializeProject writes a file (also inside another file: a lesson's).
Json writeProject(const Project& project);

// Readers of the top-level sections. A field that is absent keeps the value already in the output
// (the caller passes defaults); the first problem is recorded in the reader.
void readGraph(const JsonReader& in, Graph& graph);
void readDataset(const JsonReader& in, DatasetSpec& spec);
void readTraining(const JsonReader& in, TrainingSettings& settings);
void readFittedScaling(const JsonReader& in, FittedScaling& fitted);
void readCsvEncoding(const JsonReader& in, CsvEncoding& encoding);
void readWeights(const JsonReader& in, const Graph& graph, Weights& weights);
void readHistory(const JsonReader& in, MetricHistory& history);
void readTrainingState(const JsonReader& in, TrainingState& state);
void readRun(const JsonReader& in, RunRecord& run);
// A whole project, as parseProject reads a file's root; also a project inside another file (a
// lesson's), whose problems are then located below it ("/project/graph/nodes/2").
Project readProject(const JsonReader& root);

} // namespace nw::io
