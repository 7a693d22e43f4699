#include "engine/layers/spatial.h"

#include <algorithm>

namespace nw {

int64_t Window::outputSize(int64_t in) const {
    if (padding == Padding::Same) return (in + stride - 1) / stride;
    return in < extent() ? 0 : (in - extent()) / stride + 1;
}

int64_t Window::padBefore(int64_t in) const {
    if (padding == Padding::Valid) return 0;
    const int64_t total = std::max<int64_t>((outputSize(in) - 1) * stride + extent() - in, 0);
    return total / 2;
}

Diagnostic needsImage(const std::string& layerName, const Shape& input) {
    if (input.rank() < 3)
        return {DiagCode::ShapeMismatch,
                Text(NW_TEXT("%1 expects a channels×height×width input, got %2: insert Reshape before it"),
                     {layerName, input.toString()})};
    return {DiagCode::ShapeMismatch,
            Text(NW_TEXT("%1 expects a channels×height×width input, got %2"), {layerName, input.toString()})};
}

Result<Shape> slideWindow(const std::string& layerName, const Shape& input, const Window& window,
                          int64_t channels) {
    if (input.rank() != 3) return needsImage(layerName, input);
    const int64_t h = window.outputSize(input[1]);
    const int64_t w = window.outputSize(input[2]);
    if (h < 1 || w < 1) {
        if (window.dilation > 1)
            return Diagnostic{
                DiagCode::ShapeMismatch,
                Text(NW_TEXT("%1's %2×%2 window (dilation %3, spanning %4) does not fit the %5×%6 "
                             "input: use 'same' padding or a smaller window"),
                     {layerName, window.kernel, window.dilation, window.extent(), input[1], input[2]})};
        return Diagnostic{
            DiagCode::ShapeMismatch,
            Text(NW_TEXT("%1's %2×%2 window does not fit the %3×%4 input: use 'same' padding or a "
                         "smaller window"),
                 {layerName, window.kernel, input[1], input[2]})};
    }
    return Shape{channels, h, w};
}

std::vector<AttrSpec> poolAttrSpecs() {
    return {
        {.name = "pool_size",
         .label = NW_PHRASE("Pool size"),
         .type = AttrType::Int,
         .defaultValue = int64_t{2},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = NW_PHRASE("Height and width of the square window")},
        {.name = "stride",
         .label = NW_PHRASE("Stride"),
         .type = AttrType::Int,
         .defaultValue = int64_t{2},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = NW_PHRASE("Step between two windows; equal to the pool size, they tile")},
        {.name = "padding",
         .label = NW_PHRASE("Padding"),
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = paddingOptions(),
         .description =
             NW_PHRASE("valid: only whole windows; same: windows overhang the border so the output is "
                       "⌈input/stride⌉ (the overhang is ignored)")},
    };
}

Window poolWindow(const Attributes& attrs) {
    return Window{attrInt(attrs, pool_attr::kPoolSize), attrInt(attrs, pool_attr::kStride), 1,
                  static_cast<Padding>(attrEnum(attrs, pool_attr::kPadding))};
}

} // namespace nw
