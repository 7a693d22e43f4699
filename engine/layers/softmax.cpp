#include "engine/layers/softmax.h"

#include <algorithm>
#include <cmath>

namespace nw {
namespace {

class SoftmaxLayer final : public Layer {
public:
    // x:(N, C) -> y:(N, C), each row exp(x - max) / Σ exp(x - max)
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t c = x.rowSize();
        for (int64_t n = 0; n < x.rows(); ++n) {
            const float* xr = x.row(n);
            float* yr = output.row(n);
            const float maxValue = *std::max_element(xr, xr + c);
            float sum = 0.0f;
            for (int64_t i = 0; i < c; ++i) sum += yr[i] = std::exp(xr[i] - maxValue);
            const float inv = 1.0f / sum;
            for (int64_t i = 0; i < c; ++i) yr[i] *= inv;
        }
    }

    // dx_i = y_i (dy_i - Σ_j dy_j y_j)
    void backward(std::span<const Tensor* const>, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        const auto y = output.matrix();
        const auto dy = outputGrad.matrix();
        const Eigen::VectorXf dots = (y.array() * dy.array()).rowwise().sum();
        inputGrads[0]->matrix() = y.array() * (dy.array().colwise() - dots.array());
    }
};

} // namespace

LayerInfo softmaxLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Softmax;
    info.name = "Softmax";
    info.category = PaletteCategory::Activation;
    info.description =
        NW_PHRASE("Turns scores into probabilities that sum to 1; the usual output for classes.");
    info.formula = "y_i = e^(x_i) / Σ_j e^(x_j)";
    info.inputPorts = {"x"};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& in = s.inputs[0];
        if (in.rank() != 1)
            return Diagnostic{DiagCode::ShapeMismatch,
                              Text(NW_TEXT("Softmax expects a flat input, got %1: insert Flatten before it"),
                                   {in.toString()})};
        return in;
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t { return 5 * out.numel(); };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<SoftmaxLayer>();
    };
    return info;
}

} // namespace nw
