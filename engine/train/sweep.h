#pragma once

// A small sweep: one or two settings, each over a few values, trained one combination after
// another as runs of the same project (`neuroweave-cli sweep`).

#include "engine/core/diagnostic.h"
#include "engine/train/training_settings.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

struct SweepAxis {
    std::string setting;             // a name from trainingSettingFields()
    std::vector<std::string> values; // as --set would take them
};

// "learningRate=0.001,0.01,0.1" lists the values; "learningRate=1e-4..1e-1:log4" spaces 4 values
// evenly on a log scale, "dropout=0..0.5:6" on a linear one (both ends included).
Result<SweepAxis> parseSweepAxis(std::string_view text);

// Every combination of the axes' values applied to `base`, the first axis varying slowest. Each is
// checked against the project file's limits; the first that breaks one is refused with its values.
Result<std::vector<TrainingSettings>> sweepGrid(const TrainingSettings& base,
                                                std::span<const SweepAxis> axes);

} // namespace nw
