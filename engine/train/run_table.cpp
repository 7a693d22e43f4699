#include "engine/train/run_table.h"

#include "engine/io/csv_writer.h"
#include "engine/train/setting_fields.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nw {
namespace {

// Settings shown even when every run has the same value: what a reader looks for first.
constexpr std::string_view kAlwaysShown[] = {"optimizer", "learningRate", "batchSize", "schedule"};

std::string fixed(double value, int decimals) {
    if (std::isnan(value)) return "-";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string percent(double fraction) { return std::isnan(fraction) ? "-" : fixed(100 * fraction, 1) + "%"; }

} // namespace

RunTable runTable(std::span<const RunRecord> runs) {
    RunTable table;
    // What a run measured, then what it was given, then the when and how long.
    for (const char* name :
         {"run", "outcome", "epochs trained", "best val. accuracy", "best epoch", "val. loss", "train loss"})
        table.columns.push_back({name, false});
    std::vector<std::vector<std::string>> settings(runs.size());
    const auto addSetting = [&](const std::string& name, const auto& valueOf) {
        std::vector<std::string> values;
        for (const RunRecord& run : runs) values.push_back(valueOf(run));
        const bool differs =
            std::adjacent_find(values.begin(), values.end(), std::not_equal_to<>()) != values.end();
        const bool always =
            std::find(std::begin(kAlwaysShown), std::end(kAlwaysShown), name) != std::end(kAlwaysShown);
        if (!differs && !always) return;
        table.columns.push_back({name, true});
        for (size_t i = 0; i < runs.size(); ++i) settings[i].push_back(values[i]);
    };
    addSetting("network", [](const RunRecord& run) { return networkFingerprint(run.graph).substr(0, 8); });
    addSetting("data", [](const RunRecord& run) {
        return std::string(toString(run.dataset.source)) +
               (run.dataset.path.empty() ? std::string() : " " + run.dataset.path);
    });
    for (const SettingField& field : trainingSettingFields())
        addSetting(std::string(field.name), [&](const RunRecord& run) { return field.get(run.training); });
    for (const char* name : {"steps", "seconds", "started", "note"}) table.columns.push_back({name, false});

    for (size_t i = 0; i < runs.size(); ++i) {
        const RunRecord& run = runs[i];
        const RunSummary s = summarize(run);
        std::vector<std::string> row{std::to_string(run.id),
                                     std::string(toString(run.outcome)),
                                     std::to_string(s.epochs),
                                     percent(s.bestValidationAccuracy),
                                     s.bestEpoch ? std::to_string(*s.bestEpoch) : "-",
                                     fixed(s.finalValidationLoss, 4),
                                     fixed(s.finalTrainLoss, 4)};
        row.insert(row.end(), settings[i].begin(), settings[i].end());
        row.insert(row.end(), {std::to_string(s.steps), fixed(s.seconds, 2), run.startedAt, run.note});
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string runTableCsv(const RunTable& table) {
    std::vector<std::string> header;
    for (const RunTable::Column& c : table.columns) header.push_back(c.name);
    std::string out = io::csvLine(header);
    for (const auto& row : table.rows) out += io::csvLine(row);
    return out;
}

} // namespace nw
