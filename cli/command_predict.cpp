#include "commands.h"
#include "report.h"

#include "engine/io/file_io.h"
#include "engine/io/prediction.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec predictSpec() {
    return CommandSpec{
        .name = "predict",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Runs the trained network of the project in FILE on new data and writes its outputs as\n"
                   "CSV: one line per sample with the predicted class (classification) and every output.",
        .options = {{.name = "input",
                     .valueName = "DATA",
                     .help =
                         "A CSV file, an IDX file or MNIST-layout folder, or a folder of class folders of "
                         "images"},
                    {.name = "output",
                     .shortName = 'o',
                     .valueName = "OUT.csv",
                     .help = "Where to write (default: stdout)"}},
        .details =
            "The data is prepared as for training: a CSV file is encoded with the columns, categories\n"
            "and classes training used (stored in the project), images are resized like the\n"
            "project's, and the project's fitted scaling is applied.\n\n"
            "Exits with 0, 1 for a usage error, or 2 when the project is not trained or cannot be\n"
            "read, or the data does not fit the network.\n",
    };
}

} // namespace

int runPredict(std::span<const std::string> args) {
    const CommandSpec spec = predictSpec();
    int exitCode = kExitOk;
    const std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const auto input = command->args.value("input");
    if (!input) return reportUsage(spec, {"say which data to predict: --input DATA"});
    const Result<Predictions> p = predict(command->project, command->file.parent_path(), *input);
    if (!p.ok()) {
        reportError(command->file, p.error(), &command->project.graph);
        return kExitInvalid;
    }
    const std::string csv = predictionsCsv(*p);
    const auto out = command->args.value("output");
    if (!out) {
        std::cout << csv;
        return kExitOk;
    }
    if (Status s = io::writeFileAtomically(*out, csv); !s.ok()) {
        reportError(*out, s.error());
        return kExitInvalid;
    }
    std::cerr << "Predicted " << p->inputDescription << " into " << *out << "\n";
    return kExitOk;
}

} // namespace nw::cli
