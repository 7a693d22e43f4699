#include "engine/layers/leaky_relu.h"

#include "engine/layers/elementwise.h"

namespace nw {
namespace {

struct LeakyRelu {
    struct Params {
        float alpha;
    };
    static constexpr int64_t kFlopsPerElement = 1;
    static Params params(const Attributes& a) {
        return {static_cast<float>(attrFloat(a, leaky_relu_attr::kAlpha))};
    }
    static float value(float x, const Params& p) { return x > 0.0f ? x : p.alpha * x; }
    static float derivative(float x, float, const Params& p) { return x > 0.0f ? 1.0f : p.alpha; }
};

} // namespace

LayerInfo leakyReluLayerInfo() {
    return elementwiseLayerInfo<LeakyRelu>(
        LayerKind::LeakyReLU, "LeakyReLU",
        NW_PHRASE("Like ReLU, but negative values keep a small slope so neurons never die."),
        "y = x if x > 0, else α·x",
        {{.name = "alpha",
          .label = NW_PHRASE("Slope α"),
          .type = AttrType::Float,
          .defaultValue = 0.01,
          .min = 0.0,
          .max = 1.0,
          .description = NW_PHRASE("Slope for negative inputs")}});
}

} // namespace nw
