#pragma once

#include <cstdint>

namespace nw {

// A small, fast, fully specified generator (xoshiro256** seeded through splitmix64), so the same seed
// gives the same numbers on every standard library: std::normal_distribution does not promise that.
class Rng {
public:
    explicit Rng(uint64_t seed = 0);

    uint64_t next();
    // Uniform in [0, 1).
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    uint64_t below(uint64_t n);
    // Standard normal (Box-Muller, one value per call).
    double normal();
    double normal(double mean, double stddev) { return mean + stddev * normal(); }

    // An independent stream for a sub-task, derived from this seed and a tag (e.g. a node id).
    static Rng derive(uint64_t seed, uint64_t tag);

private:
    uint64_t m_s[4];
};

} // namespace nw
