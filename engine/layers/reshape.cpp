#include "engine/layers/reshape.h"

#include "engine/layers/pass_through.h"

namespace nw {

LayerInfo reshapeLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Reshape;
    info.name = "Reshape";
    info.category = PaletteCategory::Reshape;
    info.description =
        NW_PHRASE("Gives the same values another shape of the same size, e.g. 784 as a 1×28×28 image.");
    info.formula = "y = x, read as the target shape (row-major)";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "shape",
         .label = NW_PHRASE("Target shape"),
         .type = AttrType::Shape,
         .defaultValue = Shape{1, 28, 28},
         .description = NW_PHRASE("The shape of one output sample: features, or channels×height×width")}};
    // x:(N, ...) -> y:(N, target): the same values in the same order.
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& target = attrShape(s.attrs, reshape_attr::kShape);
        const Shape& in = s.inputs[0];
        if (target.numel() != in.numel())
            return Diagnostic{
                DiagCode::ShapeMismatch,
                Text(NW_TEXT(
                         "Reshape cannot make %1 (%2 values) into %3 (%4 values): the sizes must be equal"),
                     {in.toString(), in.numel(), target.toString(), target.numel()})};
        return target;
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<PassThroughLayer>();
    };
    return info;
}

} // namespace nw
