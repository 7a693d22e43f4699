#include "engine/layers/dropout.h"

#include <algorithm>

namespace nw {
namespace {

class DropoutLayer final : public Layer {
public:
    explicit DropoutLayer(double rate) : m_rate(rate) {}

    // x:(N, ...) -> y:(N, ...). Training: y = x ⊙ m, m = 0 with probability rate, else 1/(1 - rate)
    // (so the expected value is unchanged); inference: y = x. The masks come from this node's own
    // stream, seeded by initialize()/reseed(), so a seed replays the same masks.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool training) override {
        const Tensor& x = *inputs[0];
        const int64_t n = x.size();
        m_masked = training && m_rate > 0.0;
        if (!m_masked) {
            std::copy(x.data(), x.data() + n, output.data());
            return;
        }
        if (m_mask.size() < static_cast<size_t>(n)) m_mask.resize(static_cast<size_t>(n));
        const auto keep = static_cast<float>(1.0 / (1.0 - m_rate));
        for (int64_t i = 0; i < n; ++i)
            m_mask[static_cast<size_t>(i)] = m_rng.uniform() < m_rate ? 0.0f : keep;
        const float* xd = x.data();
        float* y = output.data();
        for (int64_t i = 0; i < n; ++i) y[i] = xd[i] * m_mask[static_cast<size_t>(i)];
    }

    // dx = dy ⊙ m (dy in inference)
    void backward(std::span<const Tensor* const>, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        const int64_t n = output.size();
        const float* dy = outputGrad.data();
        float* dx = inputGrads[0]->data();
        if (!m_masked) {
            std::copy(dy, dy + n, dx);
            return;
        }
        for (int64_t i = 0; i < n; ++i) dx[i] = dy[i] * m_mask[static_cast<size_t>(i)];
    }

    void initialize(Rng& rng) override { reseed(rng.next()); }
    void reseed(uint64_t seed) override { m_rng = Rng(seed); }

private:
    double m_rate;
    Rng m_rng;
    bool m_masked = false;     // whether the last forward() applied a mask
    std::vector<float> m_mask; // sized on first use at the batch it saw, then reused
};

} // namespace

LayerInfo dropoutLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Dropout;
    info.name = "Dropout";
    info.category = PaletteCategory::Core;
    info.description =
        NW_PHRASE("While training, zeroes random values so the network cannot rely on any one of them; "
                  "does nothing at inference.");
    info.formula = "y = x ⊙ m / (1 − p), m ~ Bernoulli(1 − p) in training; y = x at inference";
    info.inputPorts = {"x"};
    info.attrs = {{.name = "rate",
                   .label = NW_PHRASE("Rate"),
                   .type = AttrType::Float,
                   .defaultValue = 0.5,
                   .min = 0.0,
                   .max = 0.95,
                   .description = NW_PHRASE("Probability p that a value is dropped in a training step")}};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> { return s.inputs[0]; };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t { return out.numel(); };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<DropoutLayer>(attrFloat(s.attrs, dropout_attr::kRate));
    };
    return info;
}

} // namespace nw
