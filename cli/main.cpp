// neuroweave-cli: trains, summarises and checks Neuroweave projects without the designer.

#include "commands.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* kHelp = R"(Usage: neuroweave-cli <command> [options]

Trains and inspects Neuroweave projects (.nwproj files) without the designer.

Commands:
  train FILE      Train the project's network on its data set and save the trained project
  sweep FILE      Train once per combination of settings (--set learningRate=1e-4..1e-1:log4) as runs
  runs FILE       Compare the training runs kept in the project: figures and settings side by side
  info FILE       Summarise the network: each layer's output shape, parameters and FLOPs
  validate FILE   Check the file and the network; exit 0 when the network is valid
  data NAME       Summarise a data set: a project's, a built-in one (fashion-mnist), a
                  synthetic one (spirals, ...) or a data folder
  render FILE     Draw the network as an SVG or PNG picture (-o out.svg), without a display
  export FILE     Write the trained network as ONNX (--onnx out.onnx) or PyTorch code (--pytorch DIR),
                  verified against the engine
  import MODEL    Read an ONNX model (from PyTorch or elsewhere) into a project (-o out.nwproj)
  predict FILE    Run the trained network on new data (--input DATA) and write its outputs as CSV
  lesson list     List the built-in lessons; 'lesson check LESSON SUBMISSION...' grades handed-in
                  projects against a lesson's goals

Options:
  -h, --help      Show this help
  --version       Show the version

Run 'neuroweave-cli <command> --help' for the options of a command.

Exit codes:
  0    success
  1    usage error (unknown command or option, missing argument)
  2    invalid input: a missing or corrupt file, an invalid network, a training run that diverged,
       a project that could not be saved, an export that could not be written, data that does not
       fit the network
  130  training interrupted by Ctrl+C (what was trained so far is saved)
)";

} // namespace

int main(int argc, char** argv) {
    using namespace nw::cli;
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kHelp;
        return kExitUsage;
    }
    const std::string& command = args[0];
    const std::span<const std::string> rest(args.begin() + 1, args.end());
    if (command == "-h" || command == "--help" || command == "help") {
        std::cout << kHelp;
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << kProgram << " " << NW_VERSION << "\n";
        return kExitOk;
    }
    if (command == "train") return runTrain(rest);
    if (command == "info") return runInfo(rest);
    if (command == "runs") return runRuns(rest);
    if (command == "sweep") return runSweep(rest);
    if (command == "validate") return runValidate(rest);
    if (command == "data") return runData(rest);
    if (command == "render") return runRender(rest);
    if (command == "export") return runExport(rest);
    if (command == "import") return runImport(rest);
    if (command == "predict") return runPredict(rest);
    if (command == "lesson") return runLesson(rest);
    std::cerr << kProgram << ": unknown command '" << command << "'\n"
              << "Run '" << kProgram << " --help' for the list of commands.\n";
    return kExitUsage;
}
