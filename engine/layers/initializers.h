#pragma once

#include "engine/core/rng.h"
#include "engine/core/tensor.h"

namespace nw {

// Option keys of the "initializer" attribute, in this order.
enum class Initializer { GlorotUniform, GlorotNormal, HeUniform, HeNormal };

inline const std::vector<std::string>& initializerOptions() {
    static const std::vector<std::string> options{"glorot_uniform", "glorot_normal", "he_uniform",
                                                  "he_normal"};
    return options;
}

// Fills `weights` for a layer with the given fan-in and fan-out.
// Glorot: variance 2/(fanIn+fanOut), for tanh and sigmoid; He: variance 2/fanIn, for the ReLU family.
void initializeWeights(Tensor& weights, Initializer init, int64_t fanIn, int64_t fanOut, Rng& rng);

} // namespace nw
