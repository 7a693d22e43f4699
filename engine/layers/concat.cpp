#include "engine/layers/concat.h"

#include <algorithm>

namespace nw {
namespace {

// Joining along the first per-sample axis keeps each sample's two parts contiguous in row-major
// order: a sample of y is a sample of a followed by a sample of b.
class ConcatLayer final : public Layer {
public:
    // a:(N, Ca, ...) b:(N, Cb, ...) -> y:(N, Ca + Cb, ...)
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& a = *inputs[0];
        const Tensor& b = *inputs[1];
        for (int64_t n = 0; n < output.rows(); ++n) {
            std::copy(a.row(n), a.row(n) + a.rowSize(), output.row(n));
            std::copy(b.row(n), b.row(n) + b.rowSize(), output.row(n) + a.rowSize());
        }
    }

    // da, db = the two parts of each sample of dy
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const int64_t split = inputs[0]->rowSize();
        for (int64_t n = 0; n < outputGrad.rows(); ++n) {
            const float* dy = outputGrad.row(n);
            if (inputGrads[0]) std::copy(dy, dy + split, inputGrads[0]->row(n));
            if (inputGrads[1]) std::copy(dy + split, dy + outputGrad.rowSize(), inputGrads[1]->row(n));
        }
    }
};

} // namespace

LayerInfo concatLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Concat;
    info.name = "Concat";
    info.category = PaletteCategory::Merge;
    info.description =
        NW_PHRASE("Joins two inputs: images along their channels, flat inputs along their features "
                  "(the branches of an Inception block).");
    info.formula = "y = [a, b] along channels (C×H×W) or features";
    info.inputPorts = {"a", "b"};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& a = s.inputs[0];
        const Shape& b = s.inputs[1];
        const auto rest = [](const Shape& x) { return x.withoutBatch(); };
        if (a.rank() != b.rank() || rest(a) != rest(b))
            return Diagnostic{
                DiagCode::ShapeMismatch,
                Text(NW_TEXT("Concat joins along the first dimension (channels or features) and needs the "
                             "others equal, got %1 and %2"),
                     {a.toString(), b.toString()})};
        Shape out = a;
        out[0] = a[0] + b[0];
        return out;
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<ConcatLayer>();
    };
    return info;
}

} // namespace nw
