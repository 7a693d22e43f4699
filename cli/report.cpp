#include "report.h"

#include <iostream>

namespace nw::cli {

void printDiagnostic(std::ostream& out, const std::filesystem::path& file, const Diagnostic& diagnostic,
                     const Graph* graph) {
    std::string where = file.string();
    // A reader's location names the file it read ("/data/a.csv: line 4"): print it once.
    const std::string absolute = std::filesystem::absolute(file).lexically_normal().string();
    if (diagnostic.location.starts_with(where) || diagnostic.location.starts_with(absolute)) {
        where = diagnostic.location;
    } else if (!diagnostic.location.empty()) {
        where += ": " + diagnostic.location;
    } else if (diagnostic.location.empty() && diagnostic.node && graph) {
        if (const Node* node = graph->node(*diagnostic.node)) where += ": node '" + node->name + "'";
    }
    out << where << ": " << diagnostic.message << " [" << toString(diagnostic.code) << "]\n";
}

void reportError(const std::filesystem::path& file, const Diagnostic& diagnostic, const Graph* graph) {
    std::cerr << kProgram << ": ";
    printDiagnostic(std::cerr, file, diagnostic, graph);
}

std::optional<ProjectCommand> openProjectCommand(const CommandSpec& spec, std::span<const std::string> args,
                                                 int& exitCode) {
    std::optional<ParsedArgs> parsed = parseOrReport(spec, args, exitCode);
    if (!parsed) return std::nullopt;
    const std::filesystem::path file = parsed->positionals[0];
    Result<Project> project = loadProject(file);
    if (!project.ok()) {
        reportError(file, project.error());
        exitCode = kExitInvalid;
        return std::nullopt;
    }
    return ProjectCommand{std::move(*parsed), file, std::move(project).value()};
}

int reportUsage(const CommandSpec& spec, const UsageError& error) {
    std::cerr << kProgram << " " << spec.name << ": " << error.message << "\n"
              << "Run '" << kProgram << " " << spec.name << " --help' for its usage.\n";
    return kExitUsage;
}

std::optional<ParsedArgs> parseOrReport(const CommandSpec& spec, std::span<const std::string> args,
                                        int& exitCode) {
    auto parsed = parseArgs(spec, args);
    if (const auto* error = std::get_if<UsageError>(&parsed)) {
        exitCode = reportUsage(spec, *error);
        return std::nullopt;
    }
    auto& ok = std::get<ParsedArgs>(parsed);
    if (ok.help) {
        std::cout << helpText(spec, kProgram);
        exitCode = kExitOk;
        return std::nullopt;
    }
    return std::move(ok);
}

} // namespace nw::cli
