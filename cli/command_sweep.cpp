#include "commands.h"
#include "format.h"
#include "report.h"
#include "training_loop.h"

#include "engine/io/file_io.h"
#include "engine/train/run_table.h"
#include "engine/train/setting_fields.h"
#include "engine/train/sweep.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec sweepSpec() {
    return CommandSpec{
        .name = "sweep",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Trains the project in FILE once for every combination of the values given with --set,\n"
                   "from fresh weights each time, keeps every training as a run of the project and\n"
                   "prints the runs side by side. The project's weights are then the last run's.",
        .options = {{"set", 0, "NAME=VALUES",
                     "A setting and its values: a,b,c, or lo..hi:N (linear) or lo..hi:logN; one or two"},
                    {"epochs", 0, "N", "Train each combination for N epochs"},
                    {"output", 'o', "OUT", "Save the project with its runs to OUT instead of over FILE"}},
        .details = "Example: --set learningRate=1e-4..1e-1:log4 --set batchSize=32,128 trains 8 runs.\n"
                   "The project is saved after every run, so Ctrl+C (which stops the run under way and\n"
                   "ends the sweep) keeps every run finished before it.\n",
    };
}

} // namespace

int runSweep(std::span<const std::string> args) {
    const CommandSpec spec = sweepSpec();
    int exitCode = kExitOk;
    std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    Project& project = command->project;
    const auto usage = [&](const std::string& message) { return reportUsage(spec, UsageError{message}); };
    if (const auto text = command->args.value("epochs")) {
        const auto v = parseInteger("epochs", *text, 1, 1'000'000);
        if (const auto* e = std::get_if<UsageError>(&v)) return reportUsage(spec, *e);
        project.training.epochs = static_cast<int>(std::get<int64_t>(v));
    }
    std::vector<SweepAxis> axes;
    if (const auto it = command->args.repeated.find("set"); it != command->args.repeated.end())
        for (const std::string& text : it->second) {
            Result<SweepAxis> axis = parseSweepAxis(text);
            if (!axis.ok()) return usage("--set " + text + ": " + axis.error().message);
            axes.push_back(std::move(axis.value()));
        }
    if (axes.empty() || axes.size() > 2)
        return usage("give one or two settings to sweep with --set NAME=VALUES");
    Result<std::vector<TrainingSettings>> grid = sweepGrid(project.training, axes);
    if (!grid.ok()) return usage("--set: " + grid.error().message);
    const std::filesystem::path output = command->args.value("output").value_or(command->file.string());
    if (Status writable = io::checkCanWrite(output); !writable.ok()) {
        reportError(output, writable.error());
        return kExitInvalid;
    }

    const size_t count = grid->size();
    for (size_t i = 0; i < count; ++i) {
        project.training = (*grid)[i];
        std::string label;
        for (const SweepAxis& axis : axes)
            label += (label.empty() ? "" : ", ") + axis.setting + " " +
                     findSettingField(axis.setting)->get(project.training);
        std::cout << "Run " << i + 1 << " of " << count << ": " << label << std::endl;
        auto created =
            TrainingSession::create(project, command->file.parent_path(), TrainingSession::Start::Fresh);
        if (!created.ok()) {
            reportError(command->file, created.error(), &project.graph);
            return kExitInvalid;
        }
        TrainingSession& session = **created;
        const StopReason reason = trainWithProgress(session, project.training);
        // A diverged run is kept too: that a rate is too high is what a sweep is there to show.
        session.storeResults(project);
        if (Status saved = saveProject(project, output); !saved.ok()) {
            reportError(output, saved.error());
            return kExitInvalid;
        }
        if (reason == StopReason::Stopped && interrupted()) {
            std::cout << "Stopped by Ctrl+C after " << i + 1 << " of " << count << " runs; saved them to "
                      << output.string() << "\n";
            return kExitInterrupted;
        }
    }
    const RunTable table = runTable(std::span(project.runs).last(count));
    std::vector<Table::Column> columns;
    for (const RunTable::Column& c : table.columns) columns.push_back({c.name});
    Table text(std::move(columns));
    for (const auto& row : table.rows) text.addRow(row);
    std::cout << text.render() << "Saved the " << count << " runs to " << output.string() << "\n";
    return kExitOk;
}

} // namespace nw::cli
