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
    return {DiagCode::ShapeMismatch, layerName + " expects a channels×height×width input, got " +
                                         input.toString() +
                                         (input.rank() < 3 ? ": insert Reshape before it" : "")};
}

Result<Shape> slideWindow(const std::string& layerName, const Shape& input, const Window& window,
                          int64_t channels) {
    if (input.rank() != 3) return needsImage(layerName, input);
    const int64_t h = window.outputSize(input[1]);
    const int64_t w = window.outputSize(input[2]);
    if (h < 1 || w < 1) {
        const std::string k = std::to_string(window.kernel);
        return Diagnostic{DiagCode::ShapeMismatch,
                          layerName + "'s " + k + "×" + k + " window" +
                              (window.dilation > 1 ? " (dilation " + std::to_string(window.dilation) +
                                                         ", spanning " + std::to_string(window.extent()) + ")"
                                                   : "") +
                              " does not fit the " + std::to_string(input[1]) + "×" +
                              std::to_string(input[2]) + " input: use 'same' padding or a smaller window"};
    }
    return Shape{channels, h, w};
}

std::vector<AttrSpec> poolAttrSpecs() {
    return {
        {.name = "pool_size",
         .label = "Pool size",
         .type = AttrType::Int,
         .defaultValue = int64_t{2},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = "Height and width of the square window"},
        {.name = "stride",
         .label = "Stride",
         .type = AttrType::Int,
         .defaultValue = int64_t{2},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = "Step between two windows; equal to the pool size, they tile"},
        {.name = "padding",
         .label = "Padding",
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = paddingOptions(),
         .description = "valid: only whole windows; same: windows overhang the border so the output is "
                        "⌈input/stride⌉ (the overhang is ignored)"},
    };
}

Window poolWindow(const Attributes& attrs) {
    return Window{attrInt(attrs, pool_attr::kPoolSize), attrInt(attrs, pool_attr::kStride), 1,
                  static_cast<Padding>(attrEnum(attrs, pool_attr::kPadding))};
}

} // namespace nw
