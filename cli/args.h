#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace nw::cli {

// One option of a command: "--epochs N" or "-o OUT" (also written "--epochs=N").
struct OptionSpec {
    std::string name;      // long name without dashes: "epochs"
    char shortName = 0;    // 'o' for -o; 0 when none
    std::string valueName; // "N"; empty for a flag
    std::string help;
};

// What a command accepts, and the text of its --help.
struct CommandSpec {
    std::string name;        // "train"
    std::string positionals; // "FILE", shown in the usage line
    int minPositionals = 0;
    int maxPositionals = 0;
    std::string summary; // one line
    std::vector<OptionSpec> options;
    std::string details; // paragraphs after the options
};

struct ParsedArgs {
    bool help = false; // -h or --help was given: print the help and do nothing else
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values; // long name -> value ("" for a flag); the last one given
    std::map<std::string, std::vector<std::string>> repeated; // long name -> every value given, in order

    bool has(const std::string& name) const { return values.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
};

struct UsageError {
    std::string message;
};

// Parses a command's arguments (without the program and command names). Options and positionals may
// come in any order; "--" ends the options.
std::variant<ParsedArgs, UsageError> parseArgs(const CommandSpec& spec, std::span<const std::string> args);

// The --help text of a command.
std::string helpText(const CommandSpec& spec, std::string_view program);

// A whole number in [min, max], or a UsageError naming the option.
std::variant<int64_t, UsageError> parseInteger(std::string_view option, std::string_view text, int64_t min,
                                               int64_t max);
std::variant<uint64_t, UsageError> parseUnsigned(std::string_view option, std::string_view text);

} // namespace nw::cli
