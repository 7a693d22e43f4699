#include "engine/train/setting_fields.h"

#include <charconv>
#include <cstdint>

namespace nw {
namespace {

// The shortest text that reads back as the same number.
std::string numberText(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

template <class T>
bool parseWhole(std::string_view text, T& out) {
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return false;
    out = value;
    return true;
}

bool parseNumber(std::string_view text, double& out) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return false;
    out = value;
    return true;
}

bool parseFlag(std::string_view text, bool& out) {
    if (text != "true" && text != "false") return false;
    out = text == "true";
    return true;
}

template <class Enum, class Parse>
bool parseKey(std::string_view text, Enum& out, Parse parse) {
    const std::optional<Enum> value = parse(text);
    if (value) out = *value;
    return value.has_value();
}

// "off" or the metric early stopping watches.
std::string stoppingText(const TrainingSettings& s) {
    return s.earlyStopping.enabled ? std::string(toString(s.earlyStopping.metric)) : "off";
}

bool setStopping(TrainingSettings& s, std::string_view text) {
    if (text == "off") {
        s.earlyStopping.enabled = false;
        return true;
    }
    s.earlyStopping.enabled = parseKey(text, s.earlyStopping.metric, stopMetricFromString);
    return s.earlyStopping.enabled;
}

#define NW_NUMBER(NAME, MEMBER)                                                                              \
    SettingField {                                                                                           \
        NAME, "a number", [](const TrainingSettings& s) { return numberText(s.MEMBER); },                    \
            [](TrainingSettings& s, std::string_view t) { return parseNumber(t, s.MEMBER); }                 \
    }
#define NW_WHOLE(NAME, MEMBER)                                                                               \
    SettingField {                                                                                           \
        NAME, "a whole number", [](const TrainingSettings& s) { return std::to_string(s.MEMBER); },          \
            [](TrainingSettings& s, std::string_view t) { return parseWhole(t, s.MEMBER); }                  \
    }
#define NW_KEY(NAME, EXPECTS, MEMBER, PARSE)                                                                 \
    SettingField {                                                                                           \
        NAME, EXPECTS, [](const TrainingSettings& s) { return std::string(toString(s.MEMBER)); },            \
            [](TrainingSettings& s, std::string_view t) { return parseKey(t, s.MEMBER, PARSE); }             \
    }

const SettingField kFields[] = {
    NW_KEY("loss", "one of: softmax_cross_entropy, binary_cross_entropy, mse", loss, lossKindFromString),
    NW_KEY("optimizer", "one of: sgd, momentum, adam, rmsprop", optimizer.kind, optimizerKindFromString),
    NW_NUMBER("learningRate", optimizer.learningRate),
    NW_NUMBER("momentum", optimizer.momentum),
    NW_NUMBER("weightDecay", optimizer.weightDecay),
    NW_WHOLE("batchSize", batchSize),
    NW_WHOLE("epochs", epochs),
    NW_WHOLE("seed", seed),
    NW_KEY("schedule", "one of: constant, step, exponential, cosine, one-cycle, plateau", schedule.kind,
           scheduleKindFromString),
    NW_WHOLE("warmupEpochs", schedule.warmupEpochs),
    NW_WHOLE("stepEpochs", schedule.stepEpochs),
    NW_NUMBER("factor", schedule.factor),
    NW_NUMBER("gamma", schedule.gamma),
    NW_NUMBER("minFactor", schedule.minFactor),
    NW_WHOLE("plateauPatience", schedule.patience),
    SettingField{"earlyStopping", "off, validationLoss or validationAccuracy", stoppingText, setStopping},
    NW_WHOLE("stopPatience", earlyStopping.patience),
    SettingField{
        "restoreBest", "true or false",
        [](const TrainingSettings& s) { return std::string(s.earlyStopping.restoreBest ? "true" : "false"); },
        [](TrainingSettings& s, std::string_view t) { return parseFlag(t, s.earlyStopping.restoreBest); }},
    NW_NUMBER("clipNorm", clipNorm),
    NW_WHOLE("threads", threads),
};

#undef NW_NUMBER
#undef NW_WHOLE
#undef NW_KEY

} // namespace

std::span<const SettingField> trainingSettingFields() { return kFields; }

const SettingField* findSettingField(std::string_view name) {
    for (const SettingField& field : kFields)
        if (field.name == name) return &field;
    return nullptr;
}

namespace {

// A field's `expects` as a sentence: its words translated, the keys it lists verbatim.
TextArg expectedValue(std::string_view expects) {
    constexpr std::string_view kOneOf = "one of: ";
    if (expects.starts_with(kOneOf))
        return Text(NW_TEXT("one of: %1"), {std::string(expects.substr(kOneOf.size()))});
    if (expects == "a whole number") return Text(NW_TEXT("a whole number"));
    if (expects == "a number") return Text(NW_TEXT("a number"));
    if (expects == "true or false") return Text(NW_TEXT("true or false"));
    if (expects == "off, validationLoss or validationAccuracy")
        return Text(NW_TEXT("%1, %2 or %3"), {"off", "validationLoss", "validationAccuracy"});
    return std::string(expects);
}

} // namespace

std::optional<Text> applySetting(TrainingSettings& settings, std::string_view assignment) {
    const size_t equals = assignment.find('=');
    if (equals == std::string_view::npos)
        return Text(NW_TEXT("'%1' is not NAME=VALUE"), {std::string(assignment)});
    const std::string_view name = assignment.substr(0, equals);
    const std::string_view value = assignment.substr(equals + 1);
    const SettingField* field = findSettingField(name);
    if (!field) {
        std::string known;
        for (const SettingField& f : kFields) known += (known.empty() ? "" : ", ") + std::string(f.name);
        return Text(NW_TEXT("unknown setting '%1'; the settings are %2"), {std::string(name), known});
    }
    if (!field->set(settings, value))
        return Text(NW_TEXT("'%1' is not a value of %2: expected %3"),
                    {std::string(value), std::string(name), expectedValue(field->expects)});
    return std::nullopt;
}

} // namespace nw
