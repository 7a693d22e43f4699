#pragma once

// PyTorch export: a folder with a readable nn.Module mirroring the graph (model.py), its trained
// weights (weights.bin + weights.json, loaded by model.py with torch alone), a training script with
// the project's settings that also runs under torchrun (train.py), the data description it reads
// (dataset.json, data/) and a check against the engine's outputs (check.py). docs/export.md has more.

#include "engine/core/diagnostic.h"
#include "engine/io/export_verify.h"
#include "engine/io/project.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nw {

struct PytorchExportResult {
    std::filesystem::path directory;
    std::vector<std::string> files; // relative to the directory, in the order written
    uint64_t bytes = 0;             // all files together
    bool trained = false;           // false: the project had no weights and the initial ones were exported
    std::string checkInputs;        // what check.py compares: "100 samples of spirals"; empty without a check
    std::vector<std::string> notes; // what the user should know: data that could not be exported, ...
};

// Writes the folder `directory` (created when missing; files already there are replaced, each
// atomically). An invalid graph or a file that cannot be written gives a Diagnostic.
Result<PytorchExportResult> exportPytorch(const Project& project, const std::filesystem::path& directory,
                                          const ExportOptions& options = {});

} // namespace nw
