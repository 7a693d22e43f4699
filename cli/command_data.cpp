#include "commands.h"
#include "data_source.h"
#include "format.h"
#include "report.h"

#include "engine/data/dataset_summary.h"

#include <chrono>
#include <iostream>

namespace nw::cli {
namespace {

CommandSpec dataSpec() {
    return CommandSpec{
        .name = "data",
        .positionals = "FILE-OR-NAME",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary =
            "Reads a data set and summarises it: the number of samples and how they split, the sample\n"
            "shape, the classes with their counts (or the target range), the value range of the\n"
            "features and any missing values. FILE-OR-NAME is a project file (its data set), a\n"
            "built-in data set (fashion-mnist), a synthetic one (xor, circles, spirals, blobs, sine,\n"
            "polynomial) or an MNIST-format folder.",
        .options = {{"validation", 0, "F", "Hold out the fraction F (0 to 1) for validation"},
                    {"test", 0, "F", "Hold out the fraction F for the final test"},
                    {"seed", 0, "S", "Shuffle the split with seed S"}},
        .details =
            "Exits with 0, or with 2 when the data cannot be read (the problem goes to stderr with the\n"
            "file and the place in it).\n",
    };
}

std::variant<double, UsageError> parseFraction(std::string_view option, const std::string& text) {
    size_t used = 0;
    double value = -1;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || !(value >= 0 && value < 1))
        return UsageError{"--" + std::string(option) + " takes a fraction from 0 to below 1, not '" + text +
                          "'"};
    return value;
}

bool applySplitOptions(const ParsedArgs& args, const CommandSpec& spec, DatasetSpec& data, int& exitCode) {
    const auto fail = [&](const UsageError& e) {
        exitCode = reportUsage(spec, e);
        return false;
    };
    for (const auto& [name, target] :
         {std::pair{"validation", &data.validationFraction}, std::pair{"test", &data.testFraction}})
        if (const auto text = args.value(name)) {
            const auto v = parseFraction(name, *text);
            if (const auto* e = std::get_if<UsageError>(&v)) return fail(*e);
            *target = std::get<double>(v);
        }
    if (const auto text = args.value("seed")) {
        const auto v = parseUnsigned("seed", *text);
        if (const auto* e = std::get_if<UsageError>(&v)) return fail(*e);
        data.splitSeed = std::get<uint64_t>(v);
    }
    if (data.validationFraction + data.testFraction >= 1)
        return fail(UsageError{"--validation and --test together must leave some training data"});
    return true;
}

std::string rangeText(const ValueRange& r) {
    return "min " + compact(r.min) + ", max " + compact(r.max) + ", mean " + compact(r.mean);
}

void printClasses(const DatasetSummary& s) {
    Table table({{"#", Align::Right}, {"Class"}, {"Samples", Align::Right}, {"Share", Align::Right}});
    for (size_t k = 0; k < s.classes.size(); ++k)
        table.addRow(
            {std::to_string(k), s.classes[k].name, withThousands(s.classes[k].count),
             percent(s.samples > 0 ? static_cast<double>(s.classes[k].count) / static_cast<double>(s.samples)
                                   : 0.0)});
    std::cout << "Task:          classification, " << s.classes.size() << " classes\n" << table.render();
}

void printRanges(const std::vector<ValueRange>& ranges, const char* title) {
    Table table({{title}, {"Min", Align::Right}, {"Max", Align::Right}, {"Mean", Align::Right}});
    for (const ValueRange& r : ranges)
        table.addRow({r.name, compact(r.min), compact(r.max), compact(r.mean)});
    std::cout << table.render();
}

void printSummary(const NamedData& named, const Dataset& data, const DataSplit& split, double seconds) {
    const DatasetSummary s = summarize(data);
    std::cout << "Data set:      " << data.name << " (" << named.kind << ")\n"
              << "Read in:       " << duration(seconds) << "\n"
              << "Samples:       " << withThousands(s.samples) << " (training "
              << withThousands(std::ssize(split.train)) << ", validation "
              << withThousands(std::ssize(split.validation)) << ", test "
              << withThousands(std::ssize(split.test))
              << (data.ownTestBegin ? ", the set's own test part" : "") << ")\n"
              << "Sample shape:  " << s.sampleShape.toString() << " (" << withThousands(s.sampleShape.numel())
              << " values)\n";
    if (s.task == TaskKind::Classification)
        printClasses(s);
    else {
        std::cout << "Task:          regression\n";
        printRanges(s.targets, "Target");
    }
    std::cout << "Values:        " << rangeText(s.overall) << "\n";
    if (!s.features.empty()) printRanges(s.features, s.sampleShape.rank() == 3 ? "Channel" : "Feature");
    std::cout << "Scaling:       " << toString(named.spec.scaling) << " (applied when training)\n";
}

} // namespace

int runData(std::span<const std::string> args) {
    const CommandSpec spec = dataSpec();
    int exitCode = kExitOk;
    const std::optional<ParsedArgs> parsed = parseOrReport(spec, args, exitCode);
    if (!parsed) return exitCode;
    const std::string& argument = parsed->positionals[0];
    auto resolved = resolveDataArgument(argument);
    if (const auto* error = std::get_if<Diagnostic>(&resolved)) {
        reportError(argument, *error);
        return kExitInvalid;
    }
    NamedData& named = std::get<NamedData>(resolved);
    if (!applySplitOptions(*parsed, spec, named.spec, exitCode)) return exitCode;

    const auto start = std::chrono::steady_clock::now();
    Result<Dataset> data = loadDataset(named.spec, named.baseDir);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!data.ok()) {
        reportError(argument, data.error());
        return kExitInvalid;
    }
    printSummary(named, *data, splitFor(*data, named.spec), seconds);
    return kExitOk;
}

} // namespace nw::cli
