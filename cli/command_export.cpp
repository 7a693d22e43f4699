#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/io/onnx_export.h"
#include "engine/io/pytorch_export.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec exportSpec() {
    return CommandSpec{
        .name = "export",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Exports the network of the project in FILE with its trained weights, as an ONNX model\n"
                   "(--onnx) or as PyTorch code with its weights and a training script (--pytorch), or both.",
        .options = {{.name = "onnx", .valueName = "OUT.onnx", .help = "Write an ONNX model (opset 13)"},
                    {.name = "onnx-scaled-inputs",
                     .help = "The ONNX model takes inputs scaled as in training, not raw data"},
                    {.name = "quantize",
                     .help = "Write the ONNX model in int8: weights per channel, activations calibrated\n"
                             "on the project's training data"},
                    {.name = "pytorch",
                     .valueName = "DIR",
                     .help = "Write model.py, the weights, train.py, the data description and check.py"},
                    {.name = "samples",
                     .valueName = "N",
                     .help = "Samples the export is verified on (default 100, 1000 with --quantize;\n"
                             "0: no verification)"}},
        .details =
            "The ONNX model takes raw data, as predict does: the project's scaling is its first nodes,\n"
            "and its metadata names the classes. It is checked by ONNX's checker and then run by\n"
            "OpenCV's DNN module on samples of the project's data; the largest difference from the\n"
            "engine's outputs is printed. The\n"
            "PyTorch folder holds check.py, which does the same with PyTorch: it is run with\n"
            "/usr/bin/python3 when that can import torch. An untrained project exports its initial\n"
            "weights (a note says so).\n\n"
            "With --quantize, Dense and Conv2D layers compute in int8. The value ranges come from the\n"
            "project's training data, and OpenCV runs the int8 model on its test data: the accuracy of\n"
            "both models is printed, and the export fails when int8 loses more than 2 points (for\n"
            "regression, when its outputs differ by more than 5 % of their spread). See docs/export.md.\n\n"
            "Exits with 0, 1 for a usage error, or 2 when the project cannot be read, its network is\n"
            "invalid, a file cannot be written, or a verification failed or differs by more than 1e-4.\n",
    };
}

// Prints the verification of one export; false when it failed or differs from the engine.
bool reportVerification(const std::filesystem::path& file, const ExportVerification& v) {
    if (v.passed()) {
        std::cout << (v.ran ? "Verified: " : "Not verified: ") << v.summary() << "\n";
        return true;
    }
    std::cerr << kProgram << ": " << file.string() << ": verification failed: " << v.summary() << "\n";
    return false;
}

void printQuantization(const QuantizationSummary& q, uint64_t bytes) {
    std::cout << "int8: " << q.int8Layers << (q.int8Layers == 1 ? " layer" : " layers") << " in int8, "
              << q.floatLayers << " in float; " << percent(static_cast<double>(bytes) / q.floatBytes)
              << " of the float model's " << withThousands(static_cast<int64_t>(q.floatBytes))
              << " bytes; value ranges from " << q.calibratedOn << "\n";
}

} // namespace

int runExport(std::span<const std::string> args) {
    const CommandSpec spec = exportSpec();
    int exitCode = kExitOk;
    const std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const ParsedArgs& parsed = command->args;
    if (!parsed.has("onnx") && !parsed.has("pytorch"))
        return reportUsage(spec, {"say what to write: --onnx OUT.onnx, --pytorch DIR or both"});
    ExportOptions options{.projectDir = command->file.parent_path()};
    options.onnxScalingInModel = !parsed.has("onnx-scaled-inputs");
    options.onnxQuantize = parsed.has("quantize");
    if (options.onnxQuantize) {
        if (!parsed.has("onnx")) return reportUsage(spec, {"--quantize applies to --onnx OUT.onnx"});
        options.verifySamples = 1000; // accuracy in tenths of a point
    }
    if (const auto samples = parsed.value("samples")) {
        const auto n = parseInteger("--samples", *samples, 0, 100000);
        if (const auto* error = std::get_if<UsageError>(&n)) return reportUsage(spec, *error);
        options.verifySamples = std::get<int64_t>(n);
    }
    const Project& project = command->project;
    if (!project.weights)
        std::cerr << kProgram << ": note: " << command->file.string()
                  << " is not trained: its initial weights are exported\n";

    if (const auto out = parsed.value("onnx")) {
        const Result<OnnxExportResult> r = exportOnnx(project, *out, options);
        if (!r.ok()) {
            reportError(command->file, r.error(), &project.graph);
            return kExitInvalid;
        }
        std::cout << "Wrote " << r->path.string() << " (" << withThousands(static_cast<int64_t>(r->bytes))
                  << " bytes, ONNX opset " << kOnnxOpset << ")\n";
        if (r->quantization) printQuantization(*r->quantization, r->bytes);
        if (options.verifySamples > 0 && !reportVerification(command->file, r->verification))
            exitCode = kExitInvalid;
    }
    if (const auto out = parsed.value("pytorch")) {
        const Result<PytorchExportResult> r = exportPytorch(project, *out, options);
        if (!r.ok()) {
            reportError(command->file, r.error(), &project.graph);
            return kExitInvalid;
        }
        std::cout << "Wrote " << r->directory.string() << "/ (" << r->files.size() << " files, "
                  << withThousands(static_cast<int64_t>(r->bytes)) << " bytes): model.py, train.py";
        if (!r->checkInputs.empty()) std::cout << ", check.py";
        std::cout << "\n";
        if (options.verifySamples > 0 && !reportVerification(command->file, r->verification))
            exitCode = kExitInvalid;
        for (const std::string& note : r->notes) std::cerr << kProgram << ": note: " << note << "\n";
    }
    return exitCode;
}

} // namespace nw::cli
