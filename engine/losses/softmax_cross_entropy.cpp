#include "engine/losses/softmax_cross_entropy.h"

#include <algorithm>
#include <cmath>

namespace nw {
namespace {
constexpr float kMinProbability = 1e-7f;
}

// x:(N, C) t:(N, 1) class indices -> L, dx:(N, C)
float SoftmaxCrossEntropy::compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const {
    const int64_t rows = prediction.rows();
    const int64_t c = prediction.rowSize();
    const float invN = 1.0f / static_cast<float>(rows);
    double total = 0.0;
    for (int64_t n = 0; n < rows; ++n) {
        const float* x = prediction.row(n);
        float* g = grad.row(n);
        const auto t = static_cast<int64_t>(targets.row(n)[0]);
        if (m_onLogits) {
            const float maxValue = *std::max_element(x, x + c);
            float sum = 0.0f;
            for (int64_t i = 0; i < c; ++i) sum += g[i] = std::exp(x[i] - maxValue);
            const float logSum = std::log(sum);
            total += logSum - (x[t] - maxValue);
            for (int64_t i = 0; i < c; ++i) g[i] = (g[i] / sum - (i == t ? 1.0f : 0.0f)) * invN;
        } else {
            const float p = std::max(x[t], kMinProbability);
            total -= std::log(p);
            std::fill(g, g + c, 0.0f);
            g[t] = x[t] > kMinProbability ? -invN / p : 0.0f;
        }
    }
    return static_cast<float>(total / static_cast<double>(rows));
}

} // namespace nw
