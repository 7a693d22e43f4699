#include "args.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace nw::cli {
namespace {

const OptionSpec* findLong(const CommandSpec& spec, std::string_view name) {
    for (const OptionSpec& o : spec.options)
        if (o.name == name) return &o;
    return nullptr;
}

const OptionSpec* findShort(const CommandSpec& spec, char name) {
    for (const OptionSpec& o : spec.options)
        if (o.shortName != 0 && o.shortName == name) return &o;
    return nullptr;
}

std::string optionLabel(const OptionSpec& o) {
    std::string label = o.shortName ? std::string("-") + o.shortName + ", " : "    ";
    label += "--" + o.name;
    if (!o.valueName.empty()) label += " " + o.valueName;
    return label;
}

template <class T>
std::variant<T, UsageError> parseNumber(std::string_view option, std::string_view text, T min, T max) {
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty() || value < min ||
        value > max)
        return UsageError{"--" + std::string(option) + " takes a whole number from " + std::to_string(min) +
                          " to " + std::to_string(max) + ", not '" + std::string(text) + "'"};
    return value;
}

} // namespace

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::variant<ParsedArgs, UsageError> parseArgs(const CommandSpec& spec, std::span<const std::string> args) {
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            parsed.help = true;
            continue;
        }
        const bool isLong = arg.starts_with("--");
        const size_t equals = arg.find('=');
        const std::string name =
            isLong ? arg.substr(2, equals == std::string::npos ? std::string::npos : equals - 2)
                   : arg.substr(1);
        const OptionSpec* option =
            isLong ? findLong(spec, name) : (name.size() == 1 ? findShort(spec, name[0]) : nullptr);
        if (!option) return UsageError{"unknown option '" + arg + "' for '" + spec.name + "'"};
        if (option->valueName.empty()) {
            if (isLong && equals != std::string::npos)
                return UsageError{"--" + option->name + " takes no value"};
            parsed.values[option->name] = "";
            continue;
        }
        if (isLong && equals != std::string::npos) {
            parsed.values[option->name] = arg.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            parsed.values[option->name] = args[++i];
        } else {
            return UsageError{arg + " needs a value (" + option->valueName + ")"};
        }
        parsed.repeated[option->name].push_back(parsed.values[option->name]);
    }
    if (parsed.help) return parsed;
    const auto count = static_cast<int>(parsed.positionals.size());
    if (count < spec.minPositionals) return UsageError{"'" + spec.name + "' needs " + spec.positionals};
    if (count > spec.maxPositionals)
        return UsageError{"unexpected argument '" +
                          parsed.positionals[static_cast<size_t>(spec.maxPositionals)] + "'"};
    return parsed;
}

std::string helpText(const CommandSpec& spec, std::string_view program) {
    std::string text = "Usage: " + std::string(program) + " " + spec.name;
    if (!spec.positionals.empty()) text += " " + spec.positionals;
    text += " [options]\n\n" + spec.summary + "\n\nOptions:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const OptionSpec& o : spec.options) rows.emplace_back(optionLabel(o), o.help);
    rows.emplace_back("-h, --help", "Show this help");
    size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    for (const auto& [label, help] : rows)
        text += "  " + label + std::string(width - label.size() + 2, ' ') + help + "\n";
    if (!spec.details.empty()) text += "\n" + spec.details;
    return text;
}

std::variant<int64_t, UsageError> parseInteger(std::string_view option, std::string_view text, int64_t min,
                                               int64_t max) {
    return parseNumber<int64_t>(option, text, min, max);
}

std::variant<uint64_t, UsageError> parseUnsigned(std::string_view option, std::string_view text) {
    return parseNumber<uint64_t>(option, text, 0, std::numeric_limits<uint64_t>::max());
}

} // namespace nw::cli
