#pragma once

#include "engine/core/tensor.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nw {

enum class TaskKind { Classification, Regression };

// Samples in memory: features (N, ...sampleShape) and targets (N, 1) class indices for
// classification or (N, T) values for regression.
struct Dataset {
    std::string name;
    Tensor features;
    Tensor targets;
    TaskKind task = TaskKind::Classification;
    int64_t numClasses = 0; // classification only
    std::vector<std::string> classNames;
    // Rows from here on are the data set's own test part (Fashion-MNIST's t10k files): the split keeps
    // them for testing and shuffles only the rows before. Empty when the set has no such part.
    std::optional<int64_t> ownTestBegin;
    // Names of the flat features when the data has them (CSV columns, one per category of a text column).
    std::vector<std::string> featureNames;

    // What reading met besides samples, for summaries. Zero for generated sets.
    struct ReadReport {
        int64_t missingValues = 0; // fields without a value
        int64_t skippedRows = 0;   // rows left out because of them (the user's choice)
        int64_t filledValues = 0;  // values filled in with a column's mean (the user's choice)
        int64_t ignoredFiles = 0;  // files in a data folder that are not data
    } readReport;

    int64_t size() const { return features.rows(); }
    Shape sampleShape() const { return features.shape().withoutBatch(); }
    int64_t targetWidth() const { return targets.rowSize(); }
};

// Sample indices of the training, validation and test parts.
struct DataSplit {
    std::vector<int64_t> train;
    std::vector<int64_t> validation;
    std::vector<int64_t> test;
};

// A seeded shuffle of 0..n-1 cut into training, test and validation parts, in that order; each
// fraction is of n, rounded. Without a test part the split is the one older versions made.
DataSplit splitDataset(int64_t n, double validationFraction, double testFraction, uint64_t seed);

// Copies the rows `indices` of the dataset into the first rows of `features` and `targets`
// (allocated for at least indices.size() rows) and sets their row counts. Copies only the batch.
void gatherBatch(const Dataset& data, std::span<const int64_t> indices, Tensor& features, Tensor& targets);

} // namespace nw
