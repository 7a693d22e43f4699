#include "engine/layers/layer_norm.h"

#include <cmath>

namespace nw {
namespace {

// Per sample, over its D values: x̂ = (x − μ)/√(σ² + ε), y = γ ⊙ x̂ + β with γ, β of D values each.
// The same in training and at inference.
class LayerNormLayer final : public Layer {
public:
    LayerNormLayer(int64_t size, double epsilon)
        : m_size(size), m_epsilon(epsilon), m_gamma(Shape{1, size}), m_gammaGrad(Shape{1, size}),
          m_beta(Shape{1, size}), m_betaGrad(Shape{1, size}) {
        m_gamma.flat().setOnes();
    }

    // x:(N, D) -> y:(N, D)
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t n = x.rows();
        if (m_stats.size() < static_cast<size_t>(2 * n)) m_stats.resize(static_cast<size_t>(2 * n));
        for (int64_t s = 0; s < n; ++s) {
            const float* xs = x.row(s);
            float* ys = output.row(s);
            double sum = 0, squares = 0;
            for (int64_t i = 0; i < m_size; ++i) sum += xs[i];
            const double mean = sum / static_cast<double>(m_size);
            for (int64_t i = 0; i < m_size; ++i) squares += (xs[i] - mean) * (xs[i] - mean);
            const auto invStd =
                static_cast<float>(1.0 / std::sqrt(squares / static_cast<double>(m_size) + m_epsilon));
            m_stats[static_cast<size_t>(2 * s)] = static_cast<float>(mean);
            m_stats[static_cast<size_t>(2 * s + 1)] = invStd;
            for (int64_t i = 0; i < m_size; ++i)
                ys[i] = m_gamma[i] * (xs[i] - static_cast<float>(mean)) * invStd + m_beta[i];
        }
    }

    // g = dy ⊙ γ; dx = 1/σ·(g − mean(g) − x̂·mean(g ⊙ x̂)); dγ = Σ_n dy ⊙ x̂; dβ = Σ_n dy
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const Tensor& x = *inputs[0];
        Tensor* dx = inputGrads[0];
        m_gammaGrad.setZero();
        m_betaGrad.setZero();
        const auto d = static_cast<float>(m_size);
        for (int64_t s = 0; s < x.rows(); ++s) {
            const float* xs = x.row(s);
            const float* dys = outputGrad.row(s);
            const float mean = m_stats[static_cast<size_t>(2 * s)];
            const float invStd = m_stats[static_cast<size_t>(2 * s + 1)];
            float sumG = 0, sumGXhat = 0;
            for (int64_t i = 0; i < m_size; ++i) {
                const float xhat = (xs[i] - mean) * invStd;
                m_gammaGrad[i] += dys[i] * xhat;
                m_betaGrad[i] += dys[i];
                sumG += dys[i] * m_gamma[i];
                sumGXhat += dys[i] * m_gamma[i] * xhat;
            }
            if (!dx) continue;
            float* dxs = dx->row(s);
            for (int64_t i = 0; i < m_size; ++i) {
                const float xhat = (xs[i] - mean) * invStd;
                dxs[i] = invStd * (dys[i] * m_gamma[i] - sumG / d - xhat * sumGXhat / d);
            }
        }
    }

    std::vector<Param> params() override {
        return {{"gamma", &m_gamma, &m_gammaGrad}, {"beta", &m_beta, &m_betaGrad}};
    }
    void initialize(Rng&) override {
        m_gamma.flat().setOnes();
        m_beta.setZero();
    }

private:
    int64_t m_size;
    double m_epsilon;
    Tensor m_gamma, m_gammaGrad, m_beta, m_betaGrad;
    std::vector<float> m_stats; // mean and 1/σ of each sample of the last forward(), sized on first use
};

} // namespace

LayerInfo layerNormLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::LayerNorm;
    info.name = "LayerNorm";
    info.category = PaletteCategory::Normalization;
    info.description =
        NW_PHRASE("Normalises each sample over all its values, then scales and shifts each value; "
                  "independent of the batch.");
    info.formula = "y = γ ⊙ (x − μ)/√(σ² + ε) + β, μ and σ² over the sample";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "epsilon",
         .label = NW_PHRASE("ε"),
         .type = AttrType::Float,
         .defaultValue = 1e-3,
         .min = 1e-6,
         .max = 1.0,
         .description = NW_PHRASE("Added to the variance so a constant sample does not divide by zero")}};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> { return s.inputs[0]; };
    info.paramCount = [](const LayerSignature& s, const Shape&) -> int64_t {
        return 2 * s.inputs[0].numel();
    };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t { return 7 * out.numel(); };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<LayerNormLayer>(s.inputs[0].numel(),
                                                attrFloat(s.attrs, layer_norm_attr::kEpsilon));
    };
    return info;
}

} // namespace nw
