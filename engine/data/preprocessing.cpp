#include "engine/data/preprocessing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace nw {
namespace {

constexpr Scaling kScalings[] = {Scaling::None, Scaling::UnitRange, Scaling::Standardize};

// Pixels of one channel share statistics; any other sample shape has one group per feature.
int64_t groupSizeOf(const Shape& sample) { return sample.rank() == 3 ? sample[1] * sample[2] : 1; }

} // namespace

std::string_view toString(Scaling scaling) {
    switch (scaling) {
    case Scaling::None: return "none";
    case Scaling::UnitRange: return "unit_range";
    case Scaling::Standardize: return "standardize";
    }
    return "none";
}

std::optional<Scaling> scalingFromString(std::string_view key) {
    for (Scaling s : kScalings)
        if (toString(s) == key) return s;
    return std::nullopt;
}

bool FittedScaling::fits(int64_t features) const {
    if (kind == Scaling::None) return true;
    return groupSize > 0 && offset.size() == scale.size() &&
           static_cast<int64_t>(offset.size()) * groupSize == features;
}

FittedScaling fitScaling(const Dataset& data, std::span<const int64_t> trainRows, Scaling kind) {
    FittedScaling fitted;
    fitted.kind = kind;
    if (kind == Scaling::None) return fitted;
    const int64_t width = data.features.rowSize();
    fitted.groupSize = groupSizeOf(data.sampleShape());
    const auto groups = static_cast<size_t>(width / fitted.groupSize);
    // Double accumulators: 60,000 images × 784 pixels lose every digit a float sum could keep.
    std::vector<double> low(groups, std::numeric_limits<double>::infinity());
    std::vector<double> high(groups, -std::numeric_limits<double>::infinity());
    std::vector<double> sum(groups, 0.0), squares(groups, 0.0);
    for (const int64_t r : trainRows) {
        const float* row = data.features.row(r);
        for (int64_t f = 0; f < width; ++f) {
            const auto g = static_cast<size_t>(f / fitted.groupSize);
            const double x = row[f];
            low[g] = std::min(low[g], x);
            high[g] = std::max(high[g], x);
            sum[g] += x;
            squares[g] += x * x;
        }
    }
    const double count = static_cast<double>(trainRows.size()) * static_cast<double>(fitted.groupSize);
    fitted.offset.resize(groups);
    fitted.scale.resize(groups);
    for (size_t g = 0; g < groups; ++g) {
        double offset = 0, spread = 0;
        if (count > 0 && kind == Scaling::UnitRange) {
            offset = low[g];
            spread = high[g] - low[g];
        } else if (count > 0) {
            offset = sum[g] / count;
            spread = std::sqrt(std::max(0.0, squares[g] / count - offset * offset));
        }
        fitted.offset[g] = static_cast<float>(offset);
        fitted.scale[g] = spread > 1e-12 ? static_cast<float>(1.0 / spread) : 1.0f;
    }
    return fitted;
}

void applyScaling(const FittedScaling& scaling, Tensor& features) {
    if (scaling.kind == Scaling::None) return;
    const int64_t width = features.rowSize();
    if (!scaling.fits(width)) throw std::logic_error("applyScaling: statistics do not fit the samples");
    const int64_t rows = features.rows();
#pragma omp parallel for schedule(static)
    for (int64_t r = 0; r < rows; ++r) {
        float* row = features.row(r);
        for (int64_t f = 0; f < width; ++f) {
            const auto g = static_cast<size_t>(f / scaling.groupSize);
            row[f] = (row[f] - scaling.offset[g]) * scaling.scale[g];
        }
    }
}

} // namespace nw
