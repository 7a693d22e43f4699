#pragma once

#include "engine/layers/layer.h"
#include "engine/layers/parallel.h"

#include <Eigen/Core>
#include <algorithm>
#include <omp.h>

namespace nw {

// L2 regularisation as PyTorch's weight_decay: g += λ·w, applied to weights but not to biases, so a
// bias is free to shift its neuron.
inline float decayFor(const Param& p, float weightDecay) { return p.name == "bias" ? 0.0f : weightDecay; }

// One parameter's update, a chunk at a time: value, gradient and optimizer state of [begin, begin+n).
struct ParamChunk {
    Eigen::Map<Eigen::ArrayXf> value;
    Eigen::Map<const Eigen::ArrayXf> grad;
    int64_t begin;

    // The gradient with weight decay, g + λ·w.
    auto effectiveGradient(float lambda) const { return grad + lambda * value; }
};

// Runs update(chunk) over a parameter in chunks small enough that every array the update touches
// stays in the core's cache between its statements (one pass through memory instead of one per
// statement). Large parameters are split over the threads; every element is updated the same way
// whichever thread does it, so results do not depend on the thread count.
template <class Update>
void updateInChunks(const Param& p, Update&& update) {
    constexpr int64_t kChunk = 2048;
    // Below this many values a parallel region costs more than it saves.
    constexpr int64_t kMinParallel = int64_t{1} << 16;
    const int64_t size = p.value->size();
    const int64_t chunks = (size + kChunk - 1) / kChunk;
    parallelFor(chunks, size >= kMinParallel && omp_get_max_threads() > 1, [&](int64_t c) {
        const int64_t begin = c * kChunk;
        const int64_t n = std::min(kChunk, size - begin);
        update(ParamChunk{Eigen::Map<Eigen::ArrayXf>(p.value->data() + begin, n),
                          Eigen::Map<const Eigen::ArrayXf>(p.grad->data() + begin, n), begin});
    });
}

} // namespace nw
