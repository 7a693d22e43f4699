#include "engine/layers/swish.h"

#include "engine/layers/elementwise.h"

#include <cmath>

namespace nw {
namespace {

struct Swish {
    using Params = NoParams;
    static constexpr int64_t kFlopsPerElement = 5;
    static Params params(const Attributes&) { return {}; }
    static float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }
    static float value(float x, const Params&) { return x * sigmoid(x); }
    // d/dx x·σ(x) = σ(x) + x·σ(x)(1 − σ(x)) = σ(x)(1 + x(1 − σ(x)))
    static float derivative(float x, float, const Params&) {
        const float s = sigmoid(x);
        return s * (1.0f + x * (1.0f - s));
    }
};

} // namespace

LayerInfo swishLayerInfo() {
    return elementwiseLayerInfo<Swish>(
        LayerKind::Swish, "Swish",
        NW_PHRASE("Swish, also called SiLU: x gated by its own sigmoid; smooth and non-monotonic."),
        "y = x·σ(x) = x / (1 + e^(−x))");
}

} // namespace nw
