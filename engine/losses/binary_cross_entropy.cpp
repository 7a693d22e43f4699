#include "engine/losses/binary_cross_entropy.h"

#include <algorithm>
#include <cmath>

namespace nw {
namespace {
constexpr float kEpsilon = 1e-7f;
}

// p:(N, T) t:(N, T) in {0, 1} -> L, dp:(N, T)
float BinaryCrossEntropy::compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const {
    const int64_t count = prediction.size();
    const float invCount = 1.0f / static_cast<float>(count);
    double total = 0.0;
    for (int64_t i = 0; i < count; ++i) {
        const float t = targets[i];
        const float x = prediction[i];
        if (m_onLogits) {
            // log(1 + e^-|z|) + max(z, 0) - z t: the stable form of the loss on a logit.
            total += std::log1p(std::exp(-std::abs(x))) + std::max(x, 0.0f) - x * t;
            grad[i] = (1.0f / (1.0f + std::exp(-x)) - t) * invCount;
        } else {
            const float p = std::clamp(x, kEpsilon, 1.0f - kEpsilon);
            total -= t * std::log(p) + (1.0f - t) * std::log(1.0f - p);
            grad[i] = (x > kEpsilon && x < 1.0f - kEpsilon) ? (p - t) / (p * (1.0f - p)) * invCount : 0.0f;
        }
    }
    return static_cast<float>(total / static_cast<double>(count));
}

} // namespace nw
