#include "engine/layers/add.h"

#include <algorithm>

namespace nw {
namespace {

class AddLayer final : public Layer {
public:
    // a:(N, ...) b:(N, ...) -> y = a + b, same shape
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        output.flat() = inputs[0]->flat() + inputs[1]->flat();
    }

    // da = dy, db = dy
    void backward(std::span<const Tensor* const>, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        for (Tensor* d : inputGrads)
            if (d) std::copy(outputGrad.data(), outputGrad.data() + outputGrad.size(), d->data());
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
