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
    ExportVerification verification; // check.py run by PyTorch after writing (consumer empty without a check)
    std::vector<std::string> notes;  // what the user should know: data that could not be exported, ...
};

// Writes the folder `directory` (created when missing; files already there are replaced, each
// atomically), then runs its check.py (see verifyPytorchExport). An invalid graph or a file that cannot
// be written gives a Diagnostic; a check that fails or differs is reported in the result's verification.
Result<PytorchExportResult> exportPytorch(const Project& project, const std::filesystem::path& directory,
                                          const ExportOptions& options = {});

// Runs `directory`/check.py with options.python in that folder, within options.checkTimeout, and reads
// the largest difference it prints. consumerMissing when the Python or its torch is not installed;
// ran is false with the reason in note when check.py failed or timed out.
ExportVerification verifyPytorchExport(const std::filesystem::path& directory, const ExportOptions& options);

} // namespace nw
