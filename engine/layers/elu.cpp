#include "engine/layers/elu.h"

#include "engine/layers/elementwise.h"

#include <cmath>

namespace nw {
namespace {

struct Elu {
    struct Params {
        float alpha;
    };
    static constexpr int64_t kFlopsPerElement = 3;
    static Params params(const Attributes& a) { return {static_cast<float>(attrFloat(a, elu_attr::kAlpha))}; }
    static float value(float x, const Params& p) { return x > 0.0f ? x : p.alpha * std::expm1(x); }
    // For x ≤ 0, d/dx α(eˣ - 1) = αeˣ = y + α.
    static float derivative(float x, float y, const Params& p) { return x > 0.0f ? 1.0f : y + p.alpha; }
};

} // namespace

LayerInfo eluLayerInfo() {
    return elementwiseLayerInfo<Elu>(
        LayerKind::ELU, "ELU",
        NW_PHRASE("Exponential linear unit: like ReLU, but negative values bend smoothly towards -α."),
        "y = x if x > 0, else α·(eˣ − 1)",
        {{.name = "alpha",
          .label = NW_PHRASE("α"),
          .type = AttrType::Float,
          .defaultValue = 1.0,
          .min = 0.0,
          .max = 10.0,
          .description = NW_PHRASE("The value negative inputs tend to is -α")}});
}

} // namespace nw
