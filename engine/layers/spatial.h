#pragma once

// Geometry shared by the layers that slide a window over images (Conv2D, MaxPool2D, AvgPool2D):
// output sizes, padding and the diagnostics that explain a window that does not fit.

#include "engine/core/diagnostic.h"
#include "engine/core/shape.h"
#include "engine/layers/attributes.h"
#include "engine/layers/registry.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace nw {

// Option keys of the "padding" attribute, in this order.
enum class Padding { Valid, Same };

inline const std::vector<std::string>& paddingOptions() {
    static const std::vector<std::string> options{"valid", "same"};
    return options;
}

// A square window sliding over one spatial axis.
struct Window {
    int64_t kernel = 1;
    int64_t stride = 1;
    int64_t dilation = 1;
    Padding padding = Padding::Valid;

    // The span the kernel covers: (kernel - 1)·dilation + 1.
    int64_t extent() const { return (kernel - 1) * dilation + 1; }
    // Output length for an input of length `in`: valid ⌊(in - extent)/stride⌋ + 1 (0 when the window
    // does not fit), same ⌈in/stride⌉.
    int64_t outputSize(int64_t in) const;
    // Zeros added before the first element; "same" splits the padding with the odd one after, as
    // TensorFlow and ONNX SAME_UPPER do.
    int64_t padBefore(int64_t in) const;
};

// The output shape (channels, H', W') of `window` over an image input, or why it does not fit.
// `layerName` words the diagnostic: "MaxPool2D expects a channels×height×width input, got 784:
// insert Reshape before it".
Result<Shape> slideWindow(const std::string& layerName, const Shape& input, const Window& window,
                          int64_t channels);

// The diagnostic for a layer that needs a C×H×W image and was given something else.
Diagnostic needsImage(const std::string& layerName, const Shape& input);

// The attributes MaxPool2D and AvgPool2D share, in this order.
namespace pool_attr {
inline constexpr size_t kPoolSize = 0;
inline constexpr size_t kStride = 1;
inline constexpr size_t kPadding = 2;
} // namespace pool_attr

std::vector<AttrSpec> poolAttrSpecs();
Window poolWindow(const Attributes& attrs);

// One pooling window over channel planes of (H, W), fixed when the network is compiled.
struct PoolGeometry {
    int64_t h, w, ho, wo, k, stride, padTop, padLeft;

    static PoolGeometry of(const Shape& input, const Shape& output, const Window& window) {
        return {input[1],
                input[2],
                output[1],
                output[2],
                window.kernel,
                window.stride,
                window.padBefore(input[1]),
                window.padBefore(input[2])};
    }
    // The input rows [begin, end) under output row `oh`, clipped to the image (padding is skipped).
    int64_t rowBegin(int64_t oh) const { return std::max<int64_t>(oh * stride - padTop, 0); }
    int64_t rowEnd(int64_t oh) const { return std::min<int64_t>(oh * stride - padTop + k, h); }
    int64_t colBegin(int64_t ow) const { return std::max<int64_t>(ow * stride - padLeft, 0); }
    int64_t colEnd(int64_t ow) const { return std::min<int64_t>(ow * stride - padLeft + k, w); }
};

// The registry entry MaxPool2D and AvgPool2D share: attributes, shape rule, counts. Only the name,
// the words and the arithmetic (PoolLayer, built from a PoolGeometry) differ.
template <class PoolLayer>
LayerInfo poolLayerInfo(LayerKind kind, std::string description, std::string formula) {
    LayerInfo info;
    info.kind = kind;
    info.name = PoolLayer::kName;
    info.category = PaletteCategory::Pooling;
    info.description = std::move(description);
    info.formula = std::move(formula);
    info.inputPorts = {"x"};
    info.attrs = poolAttrSpecs();
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        return slideWindow(PoolLayer::kName, s.inputs[0], poolWindow(s.attrs),
                           s.inputs[0].empty() ? 0 : s.inputs[0][0]);
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature& s, const Shape& out) -> int64_t {
        const int64_t k = poolWindow(s.attrs).kernel;
        return out.numel() * k * k;
    };
    info.create = [](const LayerSignature& s, const Shape& out) -> std::unique_ptr<Layer> {
        return std::make_unique<PoolLayer>(PoolGeometry::of(s.inputs[0], out, poolWindow(s.attrs)));
    };
    return info;
}

} // namespace nw
