#pragma once

#include "engine/core/diagnostic.h"
#include "engine/layers/attributes.h"
#include "engine/layers/layer.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

// Palette groups, in the order the palette shows them.
enum class PaletteCategory { Input, Core, Convolution, Pooling, Normalization, Activation, Merge, Reshape };

std::string_view toString(PaletteCategory category);

// What a layer kind's rules see: its attributes and the per-sample shapes of its inputs.
struct LayerSignature {
    const Attributes& attrs;
    std::span<const Shape> inputs;
};

// Everything the program knows about one layer kind. The palette, the inspector, the file format,
// shape inference and the compiler all read it; nothing else special-cases a kind.
struct LayerInfo {
    LayerKind kind{};
    std::string name; // stable key in files and the palette: "Dense"
    PaletteCategory category{};
    std::string description;             // one line
    std::string formula;                 // shown in tooltips and layer help: "y = xW + b"
    std::vector<std::string> inputPorts; // names; empty for Input
    std::vector<AttrSpec> attrs;

    // Output shape for the given inputs, or why they do not fit (the message names the numbers).
    Result<Shape> (*inferShape)(const LayerSignature&) = nullptr;
    // Trainable parameters; only called when inferShape succeeded.
    int64_t (*paramCount)(const LayerSignature&, const Shape& output) = nullptr;
    // Multiply-adds counted as 2 FLOPs, forward pass, one sample.
    int64_t (*flops)(const LayerSignature&, const Shape& output) = nullptr;
    // The runtime object; only called when inferShape succeeded.
    std::unique_ptr<Layer> (*create)(const LayerSignature&, const Shape& output) = nullptr;

    // Index of the attribute named `name`, or -1.
    int attrIndex(std::string_view name) const;
};

class LayerRegistry {
public:
    void add(LayerInfo info);
    const LayerInfo& info(LayerKind kind) const;
    const LayerInfo* find(std::string_view name) const;
    const std::vector<LayerInfo>& all() const { return m_infos; }

private:
    std::vector<LayerInfo> m_infos;
};

// Adds every built-in layer kind; the single place where kinds are registered.
void registerBuiltinLayers(LayerRegistry& registry);

// The registry with every built-in kind, built on first use.
const LayerRegistry& layerRegistry();

} // namespace nw
