#include "engine/data/dataset_summary.h"

#include <algorithm>
#include <limits>

namespace nw {
namespace {

// Accumulates a range; doubles keep the mean of millions of pixels exact enough to print.
struct RangeAccumulator {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    double sum = 0;
    int64_t count = 0;

    void add(double x) {
        low = std::min(low, x);
        high = std::max(high, x);
        sum += x;
        ++count;
    }
    ValueRange result(std::string name) const {
        if (count == 0) return ValueRange{std::move(name), 0, 0, 0};
        return ValueRange{std::move(name), low, high, sum / static_cast<double>(count)};
    }
};

// Ranges of `groups` groups of `groupSize` consecutive values per row of `tensor`.
std::vector<RangeAccumulator> groupRanges(const Tensor& tensor, int64_t groupSize) {
    const int64_t width = tensor.rowSize();
    std::vector<RangeAccumulator> ranges(static_cast<size_t>(width / groupSize));
    for (int64_t r = 0; r < tensor.rows(); ++r) {
        const float* row = tensor.row(r);
        for (int64_t f = 0; f < width; ++f) ranges[static_cast<size_t>(f / groupSize)].add(row[f]);
    }
    return ranges;
}

} // namespace

DatasetSummary summarize(const Dataset& data, const std::vector<std::string>& featureNames) {
    DatasetSummary s;
    s.samples = data.size();
    s.sampleShape = data.sampleShape();
    s.task = data.task;
    const bool image = s.sampleShape.rank() == 3;
    const int64_t width = data.features.rowSize();
    const int64_t groupSize = image ? s.sampleShape[1] * s.sampleShape[2] : 1;
    const bool listed = image || width <= DatasetSummary::kMaxListedFeatures;
    const std::vector<RangeAccumulator> groups = groupRanges(data.features, listed ? groupSize : width);

    RangeAccumulator overall;
    for (const RangeAccumulator& g : groups) {
        overall.low = std::min(overall.low, g.low);
        overall.high = std::max(overall.high, g.high);
        overall.sum += g.sum;
        overall.count += g.count;
    }
    s.overall = overall.result("all");
    if (listed)
        for (size_t g = 0; g < groups.size(); ++g) {
            std::string name = image                     ? "channel " + std::to_string(g)
                               : g < featureNames.size() ? featureNames[g]
                                                         : "feature " + std::to_string(g);
            s.features.push_back(groups[g].result(std::move(name)));
        }

    if (data.task == TaskKind::Classification) {
        s.classes.resize(static_cast<size_t>(std::max<int64_t>(data.numClasses, 0)));
        for (size_t k = 0; k < s.classes.size(); ++k)
            s.classes[k].name = k < data.classNames.size() ? data.classNames[k] : std::to_string(k);
        for (int64_t r = 0; r < data.size(); ++r) {
            const auto k = static_cast<int64_t>(data.targets.row(r)[0]);
            if (k >= 0 && k < static_cast<int64_t>(s.classes.size()))
                ++s.classes[static_cast<size_t>(k)].count;
        }
    } else {
        const std::vector<RangeAccumulator> targets = groupRanges(data.targets, 1);
        for (size_t t = 0; t < targets.size(); ++t)
            s.targets.push_back(targets[t].result("target " + std::to_string(t)));
    }
    return s;
}

} // namespace nw
