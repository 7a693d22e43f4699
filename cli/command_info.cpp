#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec infoSpec() {
    return CommandSpec{
        .name = "info",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Summarises the project in FILE: each layer in the order it runs, with its output shape\n"
                   "(per sample), trainable parameters and forward FLOPs per sample, then the totals, the\n"
                   "data set, the training settings and whether the project holds trained weights.",
        .details =
            "Exits with 0, or with 2 when the file cannot be read or the network is invalid (the table\n"
            "is still printed, with '?' where a shape is unknown, and the problems go to stderr).\n",
    };
}

std::string layerTable(const Graph& graph, const GraphAnalysis& analysis) {
    Table table({{"Layer (kind)"}, {"Output shape"}, {"Params", Align::Right}, {"FLOPs", Align::Right}});
    for (NodeId id : graph.topologicalOrder()) {
        const Node& node = *graph.node(id);
        const NodeAnalysis* a = analysis.node(id);
        const bool known = a && a->output;
        table.addRow({node.name + " (" + layerRegistry().info(node.kind).name + ")",
                      known ? a->output->toString() : "?", known ? withThousands(a->params) : "?",
                      known ? withThousands(a->flops) : "?"});
    }
    return table.render();
}

std::string datasetLine(const DatasetSpec& d) {
    std::string line = describeSource(d);
    if (d.source == DatasetSource::Synthetic) {
        const SyntheticSpec& s = d.synthetic;
        line += ", " + withThousands(s.samples) + " samples, noise " + shortest(s.noise);
        if (s.kind == SyntheticKind::Blobs) line += ", " + std::to_string(s.classes) + " classes";
        line += ", seed " + std::to_string(s.seed);
    } else {
        line += " (" + std::string(toString(d.source)) + ")";
    }
    line += "; " + percent(d.validationFraction) + " held out for validation";
    if (d.testFraction > 0) line += ", " + percent(d.testFraction) + " for testing";
    if (d.scaling != Scaling::None) line += "; scaling " + std::string(toString(d.scaling));
    return line;
}

std::string trainingLine(const TrainingSettings& t) {
    return std::string(toString(t.loss)) + ", " + std::string(toString(t.optimizer.kind)) +
           " (learning rate " + shortest(t.optimizer.learningRate) + "), batch " +
           std::to_string(t.batchSize) + ", " + std::to_string(t.epochs) + " epochs, seed " +
           std::to_string(t.seed) + ", " +
           (t.threads > 0 ? std::to_string(t.threads) + " threads" : "all cores");
}

std::string weightsLine(const Project& p) {
    if (!p.weights) return "not trained";
    if (p.history.epochs.empty()) return "present";
    const EpochMetrics& last = p.history.epochs.back();
    return "trained for " + std::to_string(last.epoch) + " epochs; last epoch: " + epochResults(last);
}

} // namespace

int runInfo(std::span<const std::string> args) {
    const CommandSpec spec = infoSpec();
    int exitCode = kExitOk;
    const std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const std::filesystem::path& file = command->file;
    const Project& project = command->project;
    const GraphAnalysis analysis = analyzeGraph(project.graph);

    std::cout << "Project: " << file.string() << "\n\n"
              << layerTable(project.graph, analysis)
              << "Total params: " << withThousands(analysis.totalParams)
              << "\nTotal FLOPs per sample (forward): " << withThousands(analysis.totalFlops) << "\n\n"
              << "Data:      " << datasetLine(project.dataset) << "\n"
              << "Training:  " << trainingLine(project.training) << "\n"
              << "Weights:   " << weightsLine(project) << "\n";

    for (const Diagnostic& d : analysis.diagnostics) printDiagnostic(std::cerr, file, d, &project.graph);
    return analysis.valid() ? kExitOk : kExitInvalid;
}

} // namespace nw::cli
