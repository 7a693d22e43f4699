#include "engine/losses/mean_squared_error.h"

namespace nw {

// y:(N, T) t:(N, T) or (N, 1) class indices -> L, dy:(N, T)
float MeanSquaredError::compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const {
    const int64_t rows = prediction.rows();
    const int64_t width = prediction.rowSize();
    const bool oneHot = targets.rowSize() == 1 && width > 1;
    const float scale = 2.0f / static_cast<float>(rows * width);
    double total = 0.0;
    for (int64_t n = 0; n < rows; ++n) {
        const float* y = prediction.row(n);
        const float* t = targets.row(n);
        float* g = grad.row(n);
        for (int64_t i = 0; i < width; ++i) {
            const float target = oneHot ? (static_cast<int64_t>(t[0]) == i ? 1.0f : 0.0f) : t[i];
            const float diff = y[i] - target;
            total += static_cast<double>(diff) * diff;
            g[i] = scale * diff;
        }
    }
    return static_cast<float>(total / static_cast<double>(rows * width));
}

} // namespace nw
