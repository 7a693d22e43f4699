#include "engine/layers/identity.h"

#include "engine/layers/elementwise.h"

namespace nw {
namespace {

struct Linear {
    using Params = NoParams;
    static constexpr int64_t kFlopsPerElement = 0;
    static Params params(const Attributes&) { return {}; }
    static float value(float x, const Params&) { return x; }
    static float derivative(float, float, const Params&) { return 1.0f; }
};

} // namespace

LayerInfo identityLayerInfo() {
    LayerInfo info = elementwiseLayerInfo<Linear>(
        LayerKind::Identity, "Identity",
        NW_PHRASE(
            "Passes its input on unchanged (a linear activation): a named point to branch from or probe."),
        "y = x");
    info.category = PaletteCategory::Core;
    return info;
}

} // namespace nw
