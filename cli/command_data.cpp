#include "commands.h"
#include "data_source.h"
#include "format.h"
#include "report.h"

#include "engine/data/dataset_summary.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

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
            "built-in data set (fashion-mnist), a synthetic one (" +
            syntheticDataNames() +
            "),\n"
            "an MNIST-format folder, a folder with one sub-folder of images per class, or a CSV file.",
        .options = {{"target", 0, "COLUMN", "CSV: the column to predict (default: the last one)"},
                    {"ignore", 0, "COLUMNS", "CSV: comma-separated columns to leave out of the features"},
                    {"missing", 0, "POLICY",
                     "CSV: what to do with missing values: refuse, skip_rows or fill_mean"},
                    {"size", 0, "WxH", "Images: resize every image to W×H pixels (default 28x28)"},
                    {"rgb", 0, "", "Images: keep three colour channels instead of grey"},
                    {"validation", 0, "F", "Hold out the fraction F (0 to 1) for validation"},
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
    if (const auto text = args.value("target")) data.csv.targetColumn = *text;
    if (const auto text = args.value("ignore")) {
        std::stringstream names(*text);
        for (std::string name; std::getline(names, name, ',');)
            if (!name.empty()) data.csv.ignoredColumns.push_back(name);
    }
    if (const auto text = args.value("missing")) {
        const std::optional<MissingValuePolicy> policy = missingValuePolicyFromString(*text);
        if (!policy)
            return fail(UsageError{"--missing takes refuse, skip_rows or fill_mean, not '" + *text + "'"});
        data.csv.missing = *policy;
    }
    if (const auto text = args.value("size")) {
        int width = 0, height = 0;
        char by = 0, rest = 0;
        if (std::sscanf(text->c_str(), "%d%c%d%c", &width, &by, &height, &rest) != 3 ||
            (by != 'x' && by != 'X') || width < 1 || height < 1 || width > 4096 || height > 4096)
            return fail(UsageError{"--size takes WIDTHxHEIGHT from 1x1 to 4096x4096, not '" + *text + "'"});
        data.images.width = width;
        data.images.height = height;
    }
    if (args.has("rgb")) data.images.color = ColorMode::Rgb;
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

void printReadReport(const Dataset::ReadReport& report) {
    if (report.missingValues == 0)
        std::cout << "Missing:       none\n";
    else
        std::cout << "Missing:       " << withThousands(report.missingValues) << " values; "
                  << withThousands(report.skippedRows) << " rows skipped, "
                  << withThousands(report.filledValues)
                  << " values filled with the column's mean (or most frequent text)\n";
    if (report.ignoredFiles > 0)
        std::cout << "Not images:    " << withThousands(report.ignoredFiles) << " files ignored\n";
}

void printSummary(const NamedData& named, const Dataset& data, const DataSplit& split, double seconds) {
    const DatasetSummary s = summarize(data, data.featureNames);
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
    printReadReport(data.readReport);
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
