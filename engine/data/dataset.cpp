#include "engine/data/dataset.h"

#include "engine/core/rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace nw {

DataSplit splitDataset(int64_t n, double validationFraction, double testFraction, uint64_t seed) {
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    Rng rng(seed);
    // Fisher-Yates with our own generator: std::shuffle's algorithm differs between libraries.
    for (int64_t i = n - 1; i > 0; --i)
        std::swap(order[static_cast<size_t>(i)], order[rng.below(static_cast<uint64_t>(i + 1))]);
    const auto part = [n](double fraction) {
        return static_cast<int64_t>(std::llround(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(n)));
    };
    const int64_t validation = part(validationFraction);
    const int64_t test = std::min(part(testFraction), n - validation);
    DataSplit split;
    split.train.assign(order.begin(), order.end() - validation - test);
    split.test.assign(order.end() - validation - test, order.end() - validation);
    split.validation.assign(order.end() - validation, order.end());
    return split;
}

void gatherBatch(const Dataset& data, std::span<const int64_t> indices, Tensor& features, Tensor& targets) {
    const auto rows = static_cast<int64_t>(indices.size());
    features.setRows(rows);
    targets.setRows(rows);
    const int64_t fw = data.features.rowSize();
    const int64_t tw = data.targets.rowSize();
    if (features.rowSize() != fw || targets.rowSize() != tw)
        throw std::logic_error("gatherBatch: batch buffers do not match the dataset");
    for (int64_t r = 0; r < rows; ++r) {
        const int64_t i = indices[static_cast<size_t>(r)];
        std::copy_n(data.features.row(i), fw, features.row(r));
        std::copy_n(data.targets.row(i), tw, targets.row(r));
    }
}

} // namespace nw
