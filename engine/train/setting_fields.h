#pragma once

// The training settings by name, as `neuroweave-cli train --set NAME=VALUE`, sweeps and run tables
// name them. Only the types are checked here; the ranges are the project file's (the CLI checks a
// changed project by reading it back), so each limit lives in one place.

#include "engine/core/text.h"
#include "engine/train/training_settings.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nw {

struct SettingField {
    std::string_view name;    // "learningRate"
    std::string_view expects; // what a value looks like, for messages: "a number", "one of: ..."
    std::string (*get)(const TrainingSettings&);
    bool (*set)(TrainingSettings&, std::string_view text); // false: not a value of this setting's type
};

std::span<const SettingField> trainingSettingFields();
const SettingField* findSettingField(std::string_view name);

// Applies "NAME=VALUE"; says what is wrong when the name is unknown or the value of the wrong type.
std::optional<Text> applySetting(TrainingSettings& settings, std::string_view assignment);

} // namespace nw
