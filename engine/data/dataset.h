#pragma once

#include "engine/core/tensor.h"

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

    int64_t size() const { return features.rows(); }
    Shape sampleShape() const { return features.shape().withoutBatch(); }
    int64_t targetWidth() const { return targets.rowSize(); }
};

// Sample indices of the training and validation parts.
struct DataSplit {
    std::vector<int64_t> train;
    std::vector<int64_t> validation;
};

// A seeded shuffle of 0..n-1, the first (1 - validationFraction) for training.
DataSplit splitDataset(int64_t n, double validationFraction, uint64_t seed);

// Copies the rows `indices` of the dataset into the first rows of `features` and `targets`
// (allocated for at least indices.size() rows) and sets their row counts. Copies only the batch.
void gatherBatch(const Dataset& data, std::span<const int64_t> indices, Tensor& features, Tensor& targets);

} // namespace nw
