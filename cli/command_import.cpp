#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/graph/shape_inference.h"
#include "engine/io/onnx_import.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec importSpec() {
    return CommandSpec{
        .name = "import",
        .positionals = "MODEL.onnx",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary =
            "Reads an ONNX model (opsets 11 to 17, from PyTorch's torch.onnx.export, Neuroweave or\n"
            "another tool) into a project: each node becomes a layer with its trained weights, laid out\n"
            "left to right. A node without a Neuroweave layer is reported with its operator and name,\n"
            "and then nothing is written.",
        .options = {{.name = "output",
                     .shortName = 'o',
                     .valueName = "OUT.nwproj",
                     .help = "Where to write the project (default: MODEL.nwproj beside the model)"}},
        .details = "Exits with 0 when the project was written and 2 when the model cannot be imported.\n",
    };
}

} // namespace

int runImport(std::span<const std::string> args) {
    const CommandSpec spec = importSpec();
    int exitCode = kExitOk;
    const std::optional<ParsedArgs> parsed = parseOrReport(spec, args, exitCode);
    if (!parsed) return exitCode;
    const std::filesystem::path model = parsed->positionals.front();
    std::filesystem::path out =
        parsed->value("output").value_or(std::filesystem::path(model).replace_extension(".nwproj").string());

    std::vector<Diagnostic> problems;
    Result<ImportedModel> imported = importOnnxFile(model, &problems);
    if (!imported.ok()) {
        for (const Diagnostic& problem : problems) printDiagnostic(std::cerr, model, problem);
        reportError(model, imported.error());
        return kExitInvalid;
    }
    const Project& project = imported->project;
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (Status saved = saveProject(project, out); !saved.ok()) {
        reportError(out, saved.error());
        return kExitInvalid;
    }
    std::cout << "Imported " << model.string();
    if (!imported->producer.empty())
        std::cout << " (" << imported->producer << ", opset " << imported->opset << ")";
    else
        std::cout << " (opset " << imported->opset << ")";
    std::cout << ": " << imported->onnxNodes << " ONNX nodes became " << project.graph.nodes().size()
              << " layers with " << withThousands(analysis.totalParams) << " trained parameters\n";
    for (const Text& note : imported->notes) std::cout << "note: " << note.english() << "\n";
    std::cout << "Wrote " << out.string() << "\n";
    return kExitOk;
}

} // namespace nw::cli
