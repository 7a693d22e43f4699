#include "engine/layers/gelu.h"

#include "engine/layers/elementwise.h"

#include <cmath>

namespace nw {
namespace {

// The exact form with erf, as PyTorch's default nn.GELU(), so exported models match.
struct Gelu {
    using Params = NoParams;
    static constexpr int64_t kFlopsPerElement = 8;
    static constexpr float kInvSqrt2 = 0.70710678118654752f;
    static constexpr float kInvSqrt2Pi = 0.39894228040143268f;
    static Params params(const Attributes&) { return {}; }
    static float value(float x, const Params&) { return 0.5f * x * (1.0f + std::erf(x * kInvSqrt2)); }
    // d/dx x·Φ(x) = Φ(x) + x·φ(x)
    static float derivative(float x, float, const Params&) {
        return 0.5f * (1.0f + std::erf(x * kInvSqrt2)) + x * kInvSqrt2Pi * std::exp(-0.5f * x * x);
    }
};

} // namespace

LayerInfo geluLayerInfo() {
    return elementwiseLayerInfo<Gelu>(
        LayerKind::GELU, "GELU", NW_PHRASE("Gaussian error linear unit: a smooth ReLU used by transformers."),
        "y = x·Φ(x) = x/2·(1 + erf(x/√2))");
}

} // namespace nw
