#pragma once

#include "engine/data/dataset.h"

#include <string>
#include <vector>

namespace nw {

// Smallest, largest and mean value of a feature, a channel or a target column.
struct ValueRange {
    std::string name;
    double min = 0;
    double max = 0;
    double mean = 0;
};

struct ClassCount {
    std::string name;
    int64_t count = 0;
};

// What `neuroweave-cli data` and the designer's data preview show about a data set.
struct DatasetSummary {
    int64_t samples = 0;
    Shape sampleShape;
    TaskKind task = TaskKind::Classification;
    std::vector<ClassCount> classes; // classification: every class, in index order
    ValueRange overall;              // every feature value of every sample
    // One range per channel for images (C×H×W), per feature for flat samples with at most
    // kMaxListedFeatures features, none otherwise.
    std::vector<ValueRange> features;
    std::vector<ValueRange> targets; // regression: one per target column
    static constexpr int64_t kMaxListedFeatures = 64;
};

// Counts and ranges over every sample of `data`; `featureNames` (optional) name flat features.
DatasetSummary summarize(const Dataset& data, const std::vector<std::string>& featureNames = {});

} // namespace nw
