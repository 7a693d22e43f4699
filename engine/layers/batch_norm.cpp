#include "engine/layers/batch_norm.h"

#include "engine/layers/batch_norm_kernels.h"
#include "engine/layers/parallel.h"

#include <cmath>

namespace nw {
namespace {

// Per channel c over the M = N·S values of the batch (S = H·W for images, 1 for flat features):
// training   μ = mean x, σ² = mean (x - μ)², x̂ = (x - μ)/√(σ² + ε), y = γx̂ + β,
//            running_mean ← m·running_mean + (1 - m)·μ, running_var ← m·running_var + (1 - m)·σ²·M/(M - 1)
// inference  x̂ = (x - running_mean)/√(running_var + ε).
class BatchNormLayer final : public Layer {
public:
    BatchNormLayer(int64_t channels, int64_t spatial, double momentum, double epsilon)
        : m_channels(channels), m_spatial(spatial), m_momentum(momentum), m_epsilon(epsilon),
          m_gamma(Shape{1, channels}), m_gammaGrad(Shape{1, channels}), m_beta(Shape{1, channels}),
          m_betaGrad(Shape{1, channels}), m_runningMean(Shape{1, channels}), m_runningVar(Shape{1, channels}),
          m_mean(static_cast<size_t>(channels)), m_invStd(static_cast<size_t>(channels)) {
        resetValues();
    }

    // x:(N, C, S) -> y:(N, C, S). Threads take contiguous runs of channels; each channel is one pass
    // for its statistics (training) and one to normalise (see batch_norm_kernels.h).
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool training) override {
        const Tensor& x = *inputs[0];
        const batch_norm::ChannelLayout layout = layoutOf(x);
        const auto count = static_cast<double>(layout.planes * layout.length);
        m_training = training;
        parallelFor(m_channels, worthThreads(6 * x.size(), m_channels), [&](int64_t c) {
            const auto ci = static_cast<size_t>(c);
            if (training) {
                const batch_norm::Moments m = batch_norm::moments(plane(x, c), layout);
                m_mean[ci] = static_cast<float>(m.mean);
                m_invStd[ci] = static_cast<float>(1.0 / std::sqrt(m.variance + m_epsilon));
                const double unbiased = count > 1 ? m.variance * count / (count - 1) : m.variance;
                m_runningMean[c] =
                    static_cast<float>(m_momentum * m_runningMean[c] + (1.0 - m_momentum) * m.mean);
                m_runningVar[c] =
                    static_cast<float>(m_momentum * m_runningVar[c] + (1.0 - m_momentum) * unbiased);
            } else {
                m_mean[ci] = m_runningMean[c];
                m_invStd[ci] =
                    static_cast<float>(1.0 / std::sqrt(static_cast<double>(m_runningVar[c]) + m_epsilon));
            }
            batch_norm::normalize(plane(x, c), plane(output, c), layout, m_mean[ci],
                                  m_gamma[c] * m_invStd[ci], m_beta[c]);
        });
    }

    // dγ = Σ dy·x̂, dβ = Σ dy; training: dx = γ/(M·σ)·(M·dy − dβ − x̂·dγ) (the batch statistics depend
    // on x too); inference: dx = γ/σ·dy. One pass for the sums, one for dx.
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const Tensor& x = *inputs[0];
        Tensor* dx = inputGrads[0];
        const batch_norm::ChannelLayout layout = layoutOf(x);
        const auto count = static_cast<double>(layout.planes * layout.length);
        parallelFor(m_channels, worthThreads(8 * x.size(), m_channels), [&](int64_t c) {
            const float mean = m_mean[static_cast<size_t>(c)];
            const float invStd = m_invStd[static_cast<size_t>(c)];
            const batch_norm::GradientSums sums =
                batch_norm::gradientSums(plane(x, c), plane(outputGrad, c), layout, mean);
            const double dGamma = sums.dyCentered * invStd;
            m_gammaGrad[c] = static_cast<float>(dGamma);
            m_betaGrad[c] = static_cast<float>(sums.dy);
            if (!dx) return;
            const float scale = m_gamma[c] * invStd;
            const float b = m_training ? static_cast<float>(-scale * invStd * dGamma / count) : 0.0f;
            const float shift = m_training ? static_cast<float>(-scale * sums.dy / count) : 0.0f;
            batch_norm::inputGradient(plane(x, c), plane(outputGrad, c), plane(*dx, c), layout, mean, scale,
                                      b, shift);
        });
    }

    std::vector<Param> params() override {
        return {{"gamma", &m_gamma, &m_gammaGrad}, {"beta", &m_beta, &m_betaGrad}};
    }
    std::vector<Param> state() override {
        return {{"running_mean", &m_runningMean, nullptr}, {"running_var", &m_runningVar, nullptr}};
    }
    void initialize(Rng&) override { resetValues(); }

private:
    // The first value of channel c (of the first sample); the other samples' follow C·S floats apart.
    const float* plane(const Tensor& t, int64_t c) const { return t.data() + c * m_spatial; }
    float* plane(Tensor& t, int64_t c) const { return t.data() + c * m_spatial; }
    batch_norm::ChannelLayout layoutOf(const Tensor& x) const {
        return {x.rows(), m_spatial, m_channels * m_spatial};
    }

    void resetValues() {
        m_gamma.flat().setOnes();
        m_beta.setZero();
        m_runningMean.setZero();
        m_runningVar.flat().setOnes();
    }

    int64_t m_channels, m_spatial;
    double m_momentum, m_epsilon;
    Tensor m_gamma, m_gammaGrad, m_beta, m_betaGrad;
    Tensor m_runningMean, m_runningVar;
    std::vector<float> m_mean, m_invStd; // per channel, of the last forward(): what backward() needs
    bool m_training = false;
};

} // namespace

LayerInfo batchNormLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::BatchNorm;
    info.name = "BatchNorm";
    info.category = PaletteCategory::Normalization;
    info.description =
        NW_PHRASE("Normalises each feature (after Dense) or channel (after Conv2D) over the batch, then "
                  "scales and shifts it; uses running averages at inference.");
    info.formula = "y = γ·(x − μ_B)/√(σ²_B + ε) + β";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "momentum",
         .label = NW_PHRASE("Momentum"),
         .type = AttrType::Float,
         .defaultValue = 0.9,
         .min = 0.0,
         .max = 0.999,
         .description = NW_PHRASE("How much of the running mean and variance each training step keeps")},
        {.name = "epsilon",
         .label = NW_PHRASE("ε"),
         .type = AttrType::Float,
         .defaultValue = 1e-3,
         .min = 1e-6,
         .max = 1.0,
         .description = NW_PHRASE("Added to the variance so a constant feature does not divide by zero")},
    };
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> { return s.inputs[0]; };
    info.paramCount = [](const LayerSignature& s, const Shape&) -> int64_t { return 2 * s.inputs[0][0]; };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t { return 2 * out.numel(); };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        const Shape& in = s.inputs[0];
        return std::make_unique<BatchNormLayer>(in[0], in.numel() / in[0],
                                                attrFloat(s.attrs, batch_norm_attr::kMomentum),
                                                attrFloat(s.attrs, batch_norm_attr::kEpsilon));
    };
    return info;
}

} // namespace nw
