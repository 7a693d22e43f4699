#include "engine/layers/initializers.h"

#include <cmath>

namespace nw {

void initializeWeights(Tensor& weights, Initializer init, int64_t fanIn, int64_t fanOut, Rng& rng) {
    const bool glorot = init == Initializer::GlorotUniform || init == Initializer::GlorotNormal;
    const double variance =
        glorot ? 2.0 / static_cast<double>(fanIn + fanOut) : 2.0 / static_cast<double>(fanIn);
    const bool uniform = init == Initializer::GlorotUniform || init == Initializer::HeUniform;
    // A uniform distribution on [-a, a] has variance a²/3.
    const double limit = std::sqrt(3.0 * variance);
    const double stddev = std::sqrt(variance);
    for (int64_t i = 0; i < weights.size(); ++i)
        weights[i] = static_cast<float>(uniform ? rng.uniform(-limit, limit) : rng.normal(0.0, stddev));
}

} // namespace nw
