#include "commands.h"
#include "format.h"
#include "progress.h"
#include "report.h"
#include "training_loop.h"

#include "engine/io/file_io.h"
#include "engine/train/checkpoint_pacer.h"
#include "engine/train/session.h"
#include "engine/train/setting_fields.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <vector>

namespace nw::cli {
namespace {

CommandSpec trainSpec() {
    return CommandSpec{
        .name = "train",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Trains the network of the project in FILE on its data set with its training settings,\n"
                   "showing progress, then saves the project with the trained weights and the metric\n"
                   "history. Training starts from fresh weights drawn from the seed, so the same project,\n"
                   "seed and thread count give the same numbers, bit for bit.",
        .options = {{"epochs", 0, "N", "Train for N epochs instead of the project's setting"},
                    {"threads", 0, "N", "Use N threads (0: every core) instead of the project's setting"},
                    {"seed", 0, "S", "Draw the initial weights and shuffle with seed S"},
                    {"continue", 0, "", "Go on from the stored weights, optimizer state and history"},
                    {"set", 0, "NAME=VALUE", "Change a training setting (repeatable); --set help lists them"},
                    {"output", 'o', "OUT", "Save the trained project to OUT instead of over FILE"}},
        .details =
            "The settings given as options are stored in the saved project, so it records how it was\n"
            "trained. Saving is atomic: an interrupted save leaves the previous file intact.\n\n"
            "--continue takes up a trained project where it stopped: the optimizer's moments, the\n"
            "shuffle and the learning-rate schedule go on as if training had never stopped, so N\n"
            "epochs and then M more give the same weights as N+M at once. With --epochs M it trains M\n"
            "epochs more; without, a run that was stopped (Ctrl+C, a crash) finishes its planned\n"
            "epochs and a finished one trains the project's epochs more.\n\n"
            "While it trains, the project is saved over the output at epoch ends (at most once a\n"
            "second), so a crash or a kill loses at most an epoch; --continue goes on from there.\n\n"
            "Progress goes to stdout: on a terminal one line updated in place, otherwise one line per\n"
            "epoch. Ctrl+C stops after the current batch and saves what was trained so far, then\n"
            "exits with 130; a second Ctrl+C ends the program at once, without saving. A run whose\n"
            "loss diverges is not saved (the output keeps its last checkpoint, from before) and\n"
            "exits with 2.\n",
    };
}

// Every setting --set knows, with its value in this project.
std::string settingsHelp(const TrainingSettings& settings) {
    std::string text = "Training settings (--set NAME=VALUE), with this project's values:\n";
    for (const SettingField& field : trainingSettingFields()) {
        std::string name(field.name);
        name.resize(std::max<size_t>(name.size(), 16), ' ');
        text += "  " + name + " " + field.get(settings) + "   (" + std::string(field.expects) + ")\n";
    }
    return text;
}

// The options applied to the project; false after printing a usage error (or the --set help).
bool applyOptions(const ParsedArgs& args, const CommandSpec& spec, TrainingSettings& settings,
                  int& exitCode) {
    const auto fail = [&](const UsageError& e) {
        exitCode = reportUsage(spec, e);
        return false;
    };
    if (const auto text = args.value("epochs")) {
        const auto v = parseInteger("epochs", *text, 0, 1'000'000);
        if (const auto* e = std::get_if<UsageError>(&v)) return fail(*e);
        settings.epochs = static_cast<int>(std::get<int64_t>(v));
    }
    if (const auto text = args.value("threads")) {
        const auto v = parseInteger("threads", *text, 0, 1024);
        if (const auto* e = std::get_if<UsageError>(&v)) return fail(*e);
        settings.threads = static_cast<int>(std::get<int64_t>(v));
    }
    if (const auto text = args.value("seed")) {
        const auto v = parseUnsigned("seed", *text);
        if (const auto* e = std::get_if<UsageError>(&v)) return fail(*e);
        settings.seed = std::get<uint64_t>(v);
    }
    if (const auto it = args.repeated.find("set"); it != args.repeated.end()) {
        for (const std::string& assignment : it->second) {
            if (assignment == "help") {
                std::cout << settingsHelp(settings);
                exitCode = kExitOk;
                return false;
            }
            if (std::optional<nw::Text> wrong = applySetting(settings, assignment))
                return fail(UsageError{"--set " + assignment + ": " + wrong->english()});
        }
        if (Status valid = checkTrainingSettings(settings); !valid.ok())
            return fail(UsageError{"--set: " + valid.error().describe()});
    }
    return true;
}

// `epochs`: those this run trained.
void printSummary(const MetricHistory& history, int64_t epochs, double seconds, int64_t trainSamples) {
    std::cout << "Trained " << epochs << (epochs == 1 ? " epoch" : " epochs") << " in " << duration(seconds);
    if (seconds > 0 && epochs > 0)
        std::cout << " ("
                  << withThousands(static_cast<int64_t>(static_cast<double>(trainSamples * epochs) / seconds))
                  << " samples/s)";
    if (!history.epochs.empty()) std::cout << ": " << epochResults(history.epochs.back());
    std::cout << "\n";
}

// Where to save a project whose own folder is read-only (an installed example): the current folder,
// or the home folder, as <name>-trained.nwproj, numbered so that no file is overwritten.
std::optional<std::filesystem::path> writableCopyOf(const std::filesystem::path& file) {
    std::vector<std::filesystem::path> folders{std::filesystem::current_path()};
    if (const char* home = std::getenv("HOME"); home && *home) folders.emplace_back(home);
    const std::string stem = file.stem().string() + "-trained";
    for (const std::filesystem::path& folder : folders) {
        for (int n = 1; n < 1000; ++n) {
            const std::filesystem::path candidate =
                folder / (stem + (n == 1 ? std::string() : "-" + std::to_string(n)) + ".nwproj");
            std::error_code ec;
            if (std::filesystem::exists(candidate, ec)) continue;
            if (io::checkCanWrite(candidate).ok()) return candidate;
            break; // this folder cannot be written: the next one
        }
    }
    return std::nullopt;
}

} // namespace

int runTrain(std::span<const std::string> args) {
    const CommandSpec spec = trainSpec();
    int exitCode = kExitOk;
    std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    const std::filesystem::path& file = command->file;
    Project& project = command->project;
    if (!applyOptions(command->args, spec, project.training, exitCode)) return exitCode;
    // Where the result goes is settled before training, not found unwritable after it.
    std::filesystem::path output = command->args.value("output").value_or(file.string());
    if (Status writable = io::checkCanWrite(output); !writable.ok()) {
        const std::optional<std::filesystem::path> elsewhere =
            command->args.value("output") ? std::nullopt : writableCopyOf(file);
        if (!elsewhere) {
            reportError(output, writable.error());
            std::cerr << kProgram << ": nothing was trained; choose a folder you can write with -o\n";
            return kExitInvalid;
        }
        std::cout << "The folder of " << file.string()
                  << " cannot be written: the trained project will be saved to " << elsewhere->string()
                  << "\n";
        output = *elsewhere;
    }

    const bool continues = command->args.has("continue");
    // --epochs with --continue counts the epochs to add, whatever the stopped run had planned.
    if (continues && command->args.has("epochs") && project.trainingState)
        project.trainingState->plannedEpochs = 0;
    if (continues && !project.weights)
        std::cout << file.string() << " holds no trained weights: training starts from fresh ones\n";
    auto created =
        TrainingSession::create(project, file.parent_path(),
                                continues ? TrainingSession::Start::Continue : TrainingSession::Start::Fresh);
    if (!created.ok()) {
        reportError(file, created.error(), &project.graph);
        return kExitInvalid;
    }
    TrainingSession& session = **created;
    const TrainingSettings& settings = project.training;
    const auto trainSamples = static_cast<int64_t>(session.split().train.size());
    const int threads = resolvedThreadCount(settings.threads);
    std::cout << "Training " << file.string() << ": " << withThousands(session.network().paramCount())
              << " parameters, " << withThousands(trainSamples) << " training and "
              << withThousands(static_cast<int64_t>(session.split().validation.size())) << " validation"
              << (session.split().test.empty()
                      ? std::string()
                      : " and " + withThousands(static_cast<int64_t>(session.split().test.size())) + " test")
              << " samples, " << session.trainer().lastEpoch() - session.trainer().firstEpoch() + 1
              << " epochs, batch " << settings.batchSize << ", seed " << settings.seed << ", " << threads
              << (threads == 1 ? " thread" : " threads") << std::endl;

    if (const std::optional<std::string>& note = session.continueNote())
        std::cout << "Note: " << *note << "\n";
    const Trainer& trainer = session.trainer();
    if (trainer.firstEpoch() > 1)
        std::cout << "Continuing from epoch " << trainer.firstEpoch() - 1 << " to epoch "
                  << trainer.lastEpoch() << std::endl;
    const int64_t epochsBefore = trainer.firstEpoch() - 1;
    const auto start = std::chrono::steady_clock::now();
    // A checkpoint at epoch ends, at most one a second, over the output: a crash or a kill loses at
    // most an epoch (or a second), and `--continue` goes on from it.
    CheckpointPacer pacer;
    bool checkpointFailed = false;
    const auto checkpoint = [&] {
        if (checkpointFailed || !pacer.due()) return;
        Project copy = project;
        session.storeCheckpoint(copy);
        checkpointFailed = !saveProject(copy, output).ok(); // said once, after training
    };
    const StopReason reason = trainWithProgress(session, settings, checkpoint);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (checkpointFailed)
        std::cerr << kProgram << ": warning: a checkpoint could not be written to " << output.string()
                  << "\n";

    if (reason == StopReason::Diverged) {
        std::cerr << kProgram << ": training diverged, nothing was saved: ";
        const auto& why = session.trainer().divergence();
        printDiagnostic(std::cerr, file,
                        why ? *why : Diagnostic{DiagCode::TrainingDiverged, "the loss is not finite"});
        return kExitInvalid;
    }
    session.storeResults(project);
    printSummary(project.history, static_cast<int64_t>(project.history.epochs.size()) - epochsBefore, seconds,
                 trainSamples);
    if (reason == StopReason::EarlyStopped && trainer.bestEpoch())
        std::cout << "Stopped early: " << toString(settings.earlyStopping.metric) << " did not improve for "
                  << settings.earlyStopping.patience << " epochs"
                  << (settings.earlyStopping.restoreBest
                          ? "; kept the weights of epoch " + std::to_string(*trainer.bestEpoch())
                          : std::string())
                  << "\n";
    if (const std::optional<Evaluation> test = session.evaluateTest())
        std::cout << "Test: loss " << fixed(test->loss, 4) << ", accuracy " << percent(test->accuracy)
                  << " on " << withThousands(static_cast<int64_t>(session.split().test.size()))
                  << " samples\n";
    if (Status saved = saveProject(project, output); !saved.ok()) {
        reportError(output, saved.error());
        return kExitInvalid;
    }
    if (reason == StopReason::Stopped) {
        std::cout << "Stopped by Ctrl+C; saved what was trained so far to " << output.string() << "\n";
        return kExitInterrupted;
    }
    std::cout << "Saved the trained project to " << output.string() << "\n";
    return kExitOk;
}

} // namespace nw::cli
