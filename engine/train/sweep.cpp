#include "engine/train/sweep.h"

#include "engine/io/project.h"
#include "engine/train/setting_fields.h"

#include <charconv>
#include <cmath>

namespace nw {
namespace {

constexpr int kMaxValues = 50;

Diagnostic sweepError(Text message) { return Diagnostic{DiagCode::JsonValue, std::move(message)}; }

std::optional<double> number(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string shortest(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

// "lo..hi:N" or "lo..hi:logN"
Result<std::vector<std::string>> rangeValues(std::string_view spec) {
    const size_t dots = spec.find("..");
    const size_t colon = spec.rfind(':');
    if (dots == std::string_view::npos || colon == std::string_view::npos || colon < dots)
        return sweepError(
            Text(NW_TEXT("a range is written lo..hi:N or lo..hi:logN, got '%1'"), {std::string(spec)}));
    const auto lo = number(spec.substr(0, dots));
    const auto hi = number(spec.substr(dots + 2, colon - dots - 2));
    std::string_view count = spec.substr(colon + 1);
    const bool log = count.starts_with("log");
    if (log) count.remove_prefix(3);
    const auto n = number(count);
    if (!lo || !hi || !n || *n != std::floor(*n) || *n < 2 || *n > kMaxValues)
        return sweepError(
            Text(NW_TEXT("a range is written lo..hi:N or lo..hi:logN with 2 to %1 values, got '%2'"),
                 {kMaxValues, std::string(spec)}));
    if (log && (*lo <= 0 || *hi <= 0))
        return sweepError(Text(NW_TEXT("a log range needs positive ends, got '%1'"), {std::string(spec)}));
    std::vector<std::string> values;
    const int count_ = static_cast<int>(*n);
    for (int i = 0; i < count_; ++i) {
        const double t = static_cast<double>(i) / (count_ - 1);
        const double v =
            log ? std::exp(std::log(*lo) + t * (std::log(*hi) - std::log(*lo))) : *lo + t * (*hi - *lo);
        // Rounded to 6 significant digits, so the runs table shows 0.001 and not 0.0010000000000000002.
        char rounded[32];
        std::snprintf(rounded, sizeof rounded, "%.6g", v);
        values.push_back(shortest(*number(rounded)));
    }
    return values;
}

} // namespace

Result<SweepAxis> parseSweepAxis(std::string_view text) {
    const size_t equals = text.find('=');
    if (equals == std::string_view::npos)
        return sweepError(Text(NW_TEXT("'%1' is not NAME=VALUES"), {std::string(text)}));
    SweepAxis axis;
    axis.setting = std::string(text.substr(0, equals));
    if (!findSettingField(axis.setting))
        return sweepError(Text(NW_TEXT("unknown setting '%1' (neuroweave-cli train --set help lists them)"),
                               {axis.setting}));
    const std::string_view values = text.substr(equals + 1);
    if (values.find("..") != std::string_view::npos) {
        Result<std::vector<std::string>> range = rangeValues(values);
        if (!range.ok()) return range.error();
        axis.values = std::move(range.value());
    } else {
        for (size_t start = 0; start <= values.size();) {
            const size_t comma = std::min(values.find(',', start), values.size());
            if (comma > start) axis.values.emplace_back(values.substr(start, comma - start));
            start = comma + 1;
        }
    }
    if (axis.values.empty()) return sweepError(Text(NW_TEXT("no values given for %1"), {axis.setting}));
    if (axis.values.size() > kMaxValues)
        return sweepError(Text(NW_TEXT("at most %1 values per setting"), {kMaxValues}));
    return axis;
}

Result<std::vector<TrainingSettings>> sweepGrid(const TrainingSettings& base,
                                                std::span<const SweepAxis> axes) {
    std::vector<TrainingSettings> grid{base};
    for (const SweepAxis& axis : axes) {
        std::vector<TrainingSettings> next;
        for (const TrainingSettings& settings : grid)
            for (const std::string& value : axis.values) {
                TrainingSettings s = settings;
                if (std::optional<Text> wrong = applySetting(s, axis.setting + "=" + value))
                    return sweepError(*wrong);
                if (Status valid = checkTrainingSettings(s); !valid.ok())
                    return sweepError(
                        Text(NW_TEXT("%1=%2: %3"), {axis.setting, value, valid.error().describedText()}));
                next.push_back(s);
            }
        grid = std::move(next);
    }
    return grid;
}

} // namespace nw
