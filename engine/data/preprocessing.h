#pragma once

#include "engine/data/dataset.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace nw {

// How features are scaled before they reach the network. The statistics come from the training
// split only, so nothing of the validation or test samples leaks into training.
enum class Scaling {
    None,
    UnitRange,   // (x - min) / (max - min): [0, 1] on the training split
    Standardize, // (x - mean) / standard deviation
};

std::string_view toString(Scaling scaling);
std::optional<Scaling> scalingFromString(std::string_view key);

// Scaling with its statistics: y = (x - offset[g]) * scale[g], where g is the feature's group. Images
// (C×H×W) have one group per channel, so every pixel of a channel is treated alike; flat samples have
// one group per feature. Kept in the project so prediction scales new data exactly as training did.
struct FittedScaling {
    Scaling kind = Scaling::None;
    int64_t groupSize = 1; // consecutive features sharing one offset and scale
    std::vector<float> offset;
    std::vector<float> scale;
    bool operator==(const FittedScaling&) const = default;

    // Whether it can apply to samples of `features` values each.
    bool fits(int64_t features) const;
};

// Measures the statistics of `kind` over the samples `trainRows` of `data`. A constant feature gets
// scale 1, so it becomes 0 rather than a division by zero.
FittedScaling fitScaling(const Dataset& data, std::span<const int64_t> trainRows, Scaling kind);

// Applies it in place to every row of `features` (N, ...); `scaling.fits(features.rowSize())` must hold.
void applyScaling(const FittedScaling& scaling, Tensor& features);

} // namespace nw
