#include "engine/layers/relu.h"

#include "engine/layers/elementwise.h"

namespace nw {
namespace {

struct Relu {
    using Params = NoParams;
    static constexpr int64_t kFlopsPerElement = 1;
    static Params params(const Attributes&) { return {}; }
    static float value(float x, const Params&) { return x > 0.0f ? x : 0.0f; }
    static float derivative(float x, float, const Params&) { return x > 0.0f ? 1.0f : 0.0f; }
    // dy where x > 0, else 0 (as PyTorch's threshold_backward, also for a non-finite dy). Written as a
    // choice, GCC vectorises it for AVX2 too; dy · f'(x) it compiles to a branch per value there,
    // which made the package's ReLU backward pass several times slower than the native build's.
    static float gradient(float dy, float x, const Params&) { return x > 0.0f ? dy : 0.0f; }
};

} // namespace

LayerInfo reluLayerInfo() {
    return elementwiseLayerInfo<Relu>(
        LayerKind::ReLU, "ReLU",
        NW_PHRASE("Rectified linear unit: passes positive values, zeroes negative ones."), "y = max(0, x)");
}

} // namespace nw
