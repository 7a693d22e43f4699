#include "engine/layers/flatten.h"

#include "engine/layers/pass_through.h"

namespace nw {

LayerInfo flattenLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Flatten;
    info.name = "Flatten";
    info.category = PaletteCategory::Reshape;
    info.description = NW_PHRASE("Lays an image's values out in one row, so a Dense layer can read them.");
    info.formula = "y[c·H·W + i·W + j] = x[c, i, j]";
    info.inputPorts = {"x"};
    // x:(N, ...) -> y:(N, numel): row-major, so the values do not move.
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> { return Shape{s.inputs[0].numel()}; };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.create = [](const LayerSignature&, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<PassThroughLayer>();
    };
    return info;
}

} // namespace nw
