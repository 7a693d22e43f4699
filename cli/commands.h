#pragma once

#include <span>
#include <string>

namespace nw::cli {

// The process's exit status; documented in `neuroweave-cli --help`.
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,         // wrong arguments
    kExitInvalid = 2,       // missing or corrupt file, invalid network, training diverged, save failed
    kExitInterrupted = 130, // Ctrl+C during training (the conventional 128 + SIGINT)
};

inline constexpr const char* kProgram = "neuroweave-cli";

// Each command gets its arguments without the program and command names.
int runTrain(std::span<const std::string> args);
int runInfo(std::span<const std::string> args);
int runRuns(std::span<const std::string> args);
int runSweep(std::span<const std::string> args);
int runValidate(std::span<const std::string> args);
int runData(std::span<const std::string> args);
int runRender(std::span<const std::string> args);
int runExport(std::span<const std::string> args);
int runImport(std::span<const std::string> args);
int runPredict(std::span<const std::string> args);
int runLesson(std::span<const std::string> args);

} // namespace nw::cli
