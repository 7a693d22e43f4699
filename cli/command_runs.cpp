#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/train/run_table.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec runsSpec() {
    return CommandSpec{
        .name = "runs",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Lists the training runs kept in the project in FILE, oldest first, as the designer's\n"
                   "Runs panel does: outcome, epochs, time, best validation accuracy and final losses,\n"
                   "then the network and the settings that differ between the runs.",
        .options = {{"csv", 0, "", "Print the table as CSV instead"}},
        .details = "The current run, whose weights the project holds, is marked with '*'.\n",
    };
}

} // namespace

int runRuns(std::span<const std::string> args) {
    const CommandSpec spec = runsSpec();
    int exitCode = kExitOk;
    std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const Project& project = command->project;
    const RunTable table = runTable(project.runs);
    if (command->args.has("csv")) {
        std::cout << runTableCsv(table);
        return kExitOk;
    }
    if (project.runs.empty()) {
        std::cout << command->file.string() << " has no training runs yet: train it with '" << kProgram
                  << " train'\n";
        return kExitOk;
    }
    std::vector<Table::Column> columns;
    for (const RunTable::Column& c : table.columns)
        columns.push_back({c.name, c.setting || c.name == "run" || c.name == "note" || c.name == "started" ||
                                           c.name == "outcome" || c.name == "best epoch"
                                       ? Align::Left
                                       : Align::Right});
    Table text(std::move(columns));
    for (size_t i = 0; i < table.rows.size(); ++i) {
        std::vector<std::string> row = table.rows[i];
        if (project.currentRun == project.runs[i].id) row[0] += " *";
        text.addRow(std::move(row));
    }
    std::cout << text.render();
    return kExitOk;
}

} // namespace nw::cli
