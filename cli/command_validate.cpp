#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/graph/shape_inference.h"
#include "engine/train/session.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec validateSpec() {
    return CommandSpec{
        .name = "validate",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Checks that FILE is a readable project and that its network is valid: every layer is\n"
                   "connected, every shape can be inferred, there is one input and one output, and the\n"
                   "network fits its data set and loss. Problems go to stderr, each with its place.",
        .details = "Exits with 0 when the project is valid and 2 when it is not.\n",
    };
}

// Problems that only show with the data: the Input's shape against the samples, the loss against the
// output. Building the session also compiles the network, so nothing is left for `train` to find.
std::optional<Diagnostic> checkTrainable(const Project& project, const std::filesystem::path& file) {
    auto session = TrainingSession::create(project, file.parent_path());
    if (session.ok()) return std::nullopt;
    return session.error();
}

} // namespace

int runValidate(std::span<const std::string> args) {
    const CommandSpec spec = validateSpec();
    int exitCode = kExitOk;
    const std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const std::filesystem::path& file = command->file;
    const Project& project = command->project;

    const GraphAnalysis analysis = analyzeGraph(project.graph);
    std::vector<Diagnostic> problems = analysis.diagnostics;
    if (problems.empty())
        if (auto problem = checkTrainable(project, file)) problems.push_back(std::move(*problem));
    for (const Diagnostic& d : problems) printDiagnostic(std::cerr, file, d, &project.graph);
    if (!problems.empty()) {
        std::cerr << file.string() << ": " << problems.size()
                  << (problems.size() == 1 ? " problem" : " problems") << "\n";
        return kExitInvalid;
    }
    std::cout << file.string() << ": valid: " << project.graph.nodes().size() << " layers, "
              << withThousands(analysis.totalParams) << " parameters, " << withThousands(analysis.totalFlops)
              << " FLOPs per sample\n";
    return kExitOk;
}

} // namespace nw::cli
