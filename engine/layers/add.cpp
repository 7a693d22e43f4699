#include "engine/layers/add.h"

#include "engine/layers/parallel.h"

#include <algorithm>

namespace nw {
namespace {

class AddLayer final : public Layer {
public:
    // a:(N, ...) b:(N, ...) -> y = a + b, same shape
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const float* a = inputs[0]->data();
        const float* b = inputs[1]->data();
        float* y = output.data();
        streamValues(output.size(), 1, [&](int64_t begin, int64_t end) {
#pragma omp simd
            for (int64_t i = begin; i < end; ++i) y[i] = a[i] + b[i];
        });
    }

    // da = dy, db = dy
    void backward(std::span<const Tensor* const>, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const float* dy = outputGrad.data();
        streamValues(outputGrad.size(), 0, [&](int64_t begin, int64_t end) {
            for (Tensor* d : inputGrads)
                if (d) std::copy(dy + begin, dy + end, d->data() + begin);
        });
    }
};

} // namespace

LayerInfo addLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Add;
    info.name = "Add";
    info.category = PaletteCategory::Merge;
    info.description = NW_PHRASE(
        "Adds two inputs of the same shape value by value: the skip connection of a residual block.");
    info.formula = "y = a + b";
    info.inputPorts = {"a", "b"};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& a = s.inputs[0];
        const Shape& b = s.inputs[1];
        if (a != b)
            return Diagnostic{DiagCode::ShapeMismatch,
                              Text(NW_TEXT("Add needs two inputs of the same shape, got %1 and %2"),
                                   {a.toString(), b.toString()})};
        return a;
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t { return out.numel(); };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<AddLayer>();
    };
    return info;
}

} // namespace nw
