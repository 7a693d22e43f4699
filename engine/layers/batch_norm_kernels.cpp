#include "engine/layers/batch_norm_kernels.h"

namespace nw::batch_norm {

Moments moments(const float* x, const ChannelLayout& l) {
    const float k = x[0];
    double sum = 0, squares = 0;
    for (int64_t p = 0; p < l.planes; ++p) {
        const float* xs = x + p * l.stride;
        float s = 0, q = 0;
#pragma omp simd reduction(+ : s, q)
        for (int64_t i = 0; i < l.length; ++i) {
            const float d = xs[i] - k;
            s += d;
            q += d * d;
        }
        sum += s;
        squares += q;
    }
    const auto count = static_cast<double>(l.planes * l.length);
    const double shiftedMean = sum / count;
    const double variance = squares / count - shiftedMean * shiftedMean;
    return {k + shiftedMean, variance > 0 ? variance : 0.0};
}

void normalize(const float* x, float* y, const ChannelLayout& l, float mean, float scale, float shift) {
    for (int64_t p = 0; p < l.planes; ++p) {
        const float* xs = x + p * l.stride;
        float* ys = y + p * l.stride;
#pragma omp simd
        for (int64_t i = 0; i < l.length; ++i) ys[i] = (xs[i] - mean) * scale + shift;
    }
}

GradientSums gradientSums(const float* x, const float* dy, const ChannelLayout& l, float mean) {
    double sumDy = 0, sumDyCentered = 0;
    for (int64_t p = 0; p < l.planes; ++p) {
        const float* xs = x + p * l.stride;
        const float* dys = dy + p * l.stride;
        float s = 0, q = 0;
#pragma omp simd reduction(+ : s, q)
        for (int64_t i = 0; i < l.length; ++i) {
            s += dys[i];
            q += dys[i] * (xs[i] - mean);
        }
        sumDy += s;
        sumDyCentered += q;
    }
    return {sumDy, sumDyCentered};
}

void inputGradient(const float* x, const float* dy, float* dx, const ChannelLayout& l, float mean, float a,
                   float b, float c) {
    for (int64_t p = 0; p < l.planes; ++p) {
        const float* xs = x + p * l.stride;
        const float* dys = dy + p * l.stride;
        float* dxs = dx + p * l.stride;
#pragma omp simd
        for (int64_t i = 0; i < l.length; ++i) dxs[i] = a * dys[i] + b * (xs[i] - mean) + c;
    }
}

} // namespace nw::batch_norm
