#pragma once

#include "engine/data/dataset.h"

#include <optional>
#include <span>
#include <string_view>

namespace nw {

// The TensorFlow Playground's data sets, generated from a seed.
enum class SyntheticKind {
    Xor,        // 2 classes, points in the four quadrants
    Circles,    // 2 classes, a disc inside a ring
    Spirals,    // 2 classes, two interleaved spirals
    Blobs,      // `classes` Gaussian clusters
    Sine,       // regression: y = sin(x)
    Polynomial, // regression: y = x^3 - x
};

// Every kind, in the order the designer and the CLI list them (the Playground's classification sets
// first, then regression).
std::span<const SyntheticKind> syntheticKinds();

std::string_view toString(SyntheticKind kind);
std::optional<SyntheticKind> syntheticKindFromString(std::string_view name);

struct SyntheticSpec {
    SyntheticKind kind = SyntheticKind::Spirals;
    int64_t samples = 500;
    double noise = 0.0;  // 0..1: the Playground's noise slider, as a fraction of the data's scale
    int64_t classes = 3; // Blobs only
    uint64_t seed = 1;
    bool operator==(const SyntheticSpec&) const = default;
};

Dataset makeSynthetic(const SyntheticSpec& spec);

} // namespace nw
