#include "engine/train/metrics.h"

#include <cmath>

namespace nw {
namespace {

// NaN marks "not measured" (no validation split, regression accuracy) and must compare equal to itself.
bool sameValue(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

} // namespace

bool EpochMetrics::operator==(const EpochMetrics& o) const {
    return epoch == o.epoch && sameValue(trainLoss, o.trainLoss) &&
           sameValue(trainAccuracy, o.trainAccuracy) && sameValue(validationLoss, o.validationLoss) &&
           sameValue(validationAccuracy, o.validationAccuracy) && sameValue(seconds, o.seconds) &&
           steps == o.steps && sameValue(learningRate, o.learningRate);
}

} // namespace nw
