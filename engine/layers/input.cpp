#include "engine/layers/input.h"

#include <algorithm>

namespace nw {
namespace {

// Passes the batch through; the Network copies samples into its first buffer here.
class InputLayer final : public Layer {
public:
    // x:(N, shape) -> y:(N, shape)
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        std::copy(x.data(), x.data() + x.size(), output.data());
    }
    void backward(std::span<const Tensor* const>, const Tensor&, const Tensor&,
                  std::span<Tensor* const>) override {}
};

} // namespace

LayerInfo inputLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Input;
    info.name = "Input";
    info.category = PaletteCategory::Input;
    info.description = NW_PHRASE("Where samples enter the network; its shape is the shape of one sample.");
    info.formula = "y = x";
    info.attrs = {{.name = "shape",
                   .label = NW_PHRASE("Shape"),
                   .type = AttrType::Shape,
                   .defaultValue = Shape{2},
                   .description = NW_PHRASE("The shape of one sample: features, or channels×height×width")}};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        return attrShape(s.attrs, input_attr::kShape);
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<InputLayer>();
    };
    return info;
}

} // namespace nw
