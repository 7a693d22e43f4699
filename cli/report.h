#pragma once

#include "args.h"
#include "commands.h"
#include "engine/core/diagnostic.h"
#include "engine/graph/graph.h"
#include "engine/io/project.h"

#include <filesystem>
#include <iosfwd>
#include <optional>

namespace nw::cli {

// "FILE: /graph/nodes/2/kind: Unknown layer kind 'Conv9'; ... [unknown-layer-kind]" on `out`. A
// diagnostic about a node without a file location names the node.
void printDiagnostic(std::ostream& out, const std::filesystem::path& file, const Diagnostic& diagnostic,
                     const Graph* graph = nullptr);

// "neuroweave-cli: FILE: place: message [code]" on stderr.
void reportError(const std::filesystem::path& file, const Diagnostic& diagnostic,
                 const Graph* graph = nullptr);

// A command's parsed arguments, its FILE positional and the project read from it.
struct ProjectCommand {
    ParsedArgs args;
    std::filesystem::path file;
    Project project;
};

// Parses the arguments of a command whose first positional is a project file and loads it. When it
// returns nothing, what happened is printed and `exitCode` says how to end: kExitOk after --help,
// kExitUsage after a usage error, kExitInvalid when the file cannot be loaded.
std::optional<ProjectCommand> openProjectCommand(const CommandSpec& spec, std::span<const std::string> args,
                                                 int& exitCode);

// Prints a usage error and the hint to --help on stderr; returns kExitUsage.
int reportUsage(const CommandSpec& spec, const UsageError& error);

// Parses a command's arguments. When it returns nothing, `exitCode` says how to end: after --help
// (printed here) with kExitOk, after a usage error (printed here) with kExitUsage.
std::optional<ParsedArgs> parseOrReport(const CommandSpec& spec, std::span<const std::string> args,
                                        int& exitCode);

} // namespace nw::cli
