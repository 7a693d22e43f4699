#pragma once

// The per-channel passes of BatchNorm over a channels-first batch x:(N, C, S): channel c is N runs
// ("planes") of S contiguous floats, C·S floats apart. Each pass reads the channel once; inside a
// plane the sums are float vectors (a plane is a few hundred values, where float loses nothing that
// matters), across planes they are doubles, so a batch of any size sums as accurately as before while
// the inner loops vectorise.

#include <cstdint>

namespace nw::batch_norm {

// Where one channel lies in a (N, C, S) tensor.
struct ChannelLayout {
    int64_t planes; // N
    int64_t length; // S
    int64_t stride; // C·S
};

struct Moments {
    double mean, variance; // the biased (population) variance
};

// Mean and variance in one pass: the sums are taken of x − k, k the channel's first value, so that a
// channel whose mean is large next to its spread does not lose its variance to cancellation.
Moments moments(const float* x, const ChannelLayout& l);

// y = (x − mean)·scale + shift. (x − μ)·scale rather than x·scale + (β − μ·scale): with a small ε the
// scale is large and the second form cancels catastrophically.
void normalize(const float* x, float* y, const ChannelLayout& l, float mean, float scale, float shift);

struct GradientSums {
    double dy;         // Σ dy
    double dyCentered; // Σ dy·(x − mean)
};

GradientSums gradientSums(const float* x, const float* dy, const ChannelLayout& l, float mean);

// dx = a·dy + b·(x − mean) + c.
void inputGradient(const float* x, const float* dy, float* dx, const ChannelLayout& l, float mean, float a,
                   float b, float c);

} // namespace nw::batch_norm
