#include "engine/layers/registry.h"

#include "engine/layers/add.h"
#include "engine/layers/avg_pool2d.h"
#include "engine/layers/batch_norm.h"
#include "engine/layers/concat.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/dense.h"
#include "engine/layers/dropout.h"
#include "engine/layers/elu.h"
#include "engine/layers/flatten.h"
#include "engine/layers/gelu.h"
#include "engine/layers/global_average_pool.h"
#include "engine/layers/identity.h"
#include "engine/layers/input.h"
#include "engine/layers/layer_norm.h"
#include "engine/layers/leaky_relu.h"
#include "engine/layers/max_pool2d.h"
#include "engine/layers/relu.h"
#include "engine/layers/reshape.h"
#include "engine/layers/sigmoid.h"
#include "engine/layers/softmax.h"
#include "engine/layers/swish.h"
#include "engine/layers/tanh.h"

#include <stdexcept>

namespace nw {

std::string_view toString(PaletteCategory category) {
    switch (category) {
    case PaletteCategory::Input: return "Input";
    case PaletteCategory::Core: return "Core";
    case PaletteCategory::Convolution: return "Convolution";
    case PaletteCategory::Pooling: return "Pooling";
    case PaletteCategory::Normalization: return "Normalization";
    case PaletteCategory::Activation: return "Activation";
    case PaletteCategory::Merge: return "Merge";
    case PaletteCategory::Reshape: return "Reshape";
    }
    return "Other";
}

int LayerInfo::attrIndex(std::string_view attrName) const {
    for (size_t i = 0; i < attrs.size(); ++i)
        if (attrs[i].name == attrName) return static_cast<int>(i);
    return -1;
}

void LayerRegistry::add(LayerInfo info) {
    if (find(info.name)) throw std::logic_error("layer kind registered twice: " + info.name);
    m_infos.push_back(std::move(info));
}

const LayerInfo& LayerRegistry::info(LayerKind kind) const {
    for (const LayerInfo& i : m_infos)
        if (i.kind == kind) return i;
    throw std::logic_error("layer kind not registered");
}

const LayerInfo* LayerRegistry::find(std::string_view layerName) const {
    for (const LayerInfo& i : m_infos)
        if (i.name == layerName) return &i;
    return nullptr;
}

void registerBuiltinLayers(LayerRegistry& registry) {
    registry.add(inputLayerInfo());
    registry.add(denseLayerInfo());
    registry.add(reluLayerInfo());
    registry.add(leakyReluLayerInfo());
    registry.add(sigmoidLayerInfo());
    registry.add(tanhLayerInfo());
    registry.add(softmaxLayerInfo());
    registry.add(identityLayerInfo());
    registry.add(dropoutLayerInfo());
    registry.add(conv2dLayerInfo());
    registry.add(maxPool2dLayerInfo());
    registry.add(avgPool2dLayerInfo());
    registry.add(globalAveragePoolLayerInfo());
    registry.add(batchNormLayerInfo());
    registry.add(layerNormLayerInfo());
    registry.add(geluLayerInfo());
    registry.add(eluLayerInfo());
    registry.add(swishLayerInfo());
    registry.add(addLayerInfo());
    registry.add(concatLayerInfo());
    registry.add(flattenLayerInfo());
    registry.add(reshapeLayerInfo());
}

const LayerRegistry& layerRegistry() {
    static const LayerRegistry registry = [] {
        LayerRegistry r;
        registerBuiltinLayers(r);
        return r;
    }();
    return registry;
}

} // namespace nw
