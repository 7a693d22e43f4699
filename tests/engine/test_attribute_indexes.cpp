// The layers read their attributes by position (conv2d_attr::kStride, …) for speed, while files, the
// inspector and Graph::setAttribute find them by name through the registry's schema. The two must
// name the same slot: a constant out of step with the schema would read the wrong attribute silently.

#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/dense.h"
#include "engine/layers/dropout.h"
#include "engine/layers/elu.h"
#include "engine/layers/input.h"
#include "engine/layers/layer_norm.h"
#include "engine/layers/leaky_relu.h"
#include "engine/layers/registry.h"
#include "engine/layers/reshape.h"
#include "engine/layers/spatial.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace nw {
namespace {

struct AttrConstant {
    LayerKind kind;
    const char* name; // the attribute's name in the schema
    size_t index;     // the constant the layer code reads it with
};

// Every attribute-index constant in engine/layers, with the schema name it stands for.
const std::vector<AttrConstant>& attrConstants() {
    static const std::vector<AttrConstant> constants{
        {LayerKind::Input, "shape", input_attr::kShape},
        {LayerKind::Dense, "units", dense_attr::kUnits},
        {LayerKind::Dense, "use_bias", dense_attr::kUseBias},
        {LayerKind::Dense, "initializer", dense_attr::kInitializer},
        {LayerKind::Conv2D, "filters", conv2d_attr::kFilters},
        {LayerKind::Conv2D, "kernel", conv2d_attr::kKernel},
        {LayerKind::Conv2D, "stride", conv2d_attr::kStride},
        {LayerKind::Conv2D, "padding", conv2d_attr::kPadding},
        {LayerKind::Conv2D, "dilation", conv2d_attr::kDilation},
        {LayerKind::Conv2D, "use_bias", conv2d_attr::kUseBias},
        {LayerKind::Conv2D, "initializer", conv2d_attr::kInitializer},
        {LayerKind::MaxPool2D, "pool_size", pool_attr::kPoolSize},
        {LayerKind::MaxPool2D, "stride", pool_attr::kStride},
        {LayerKind::MaxPool2D, "padding", pool_attr::kPadding},
        {LayerKind::AvgPool2D, "pool_size", pool_attr::kPoolSize},
        {LayerKind::AvgPool2D, "stride", pool_attr::kStride},
        {LayerKind::AvgPool2D, "padding", pool_attr::kPadding},
        {LayerKind::BatchNorm, "momentum", batch_norm_attr::kMomentum},
        {LayerKind::BatchNorm, "epsilon", batch_norm_attr::kEpsilon},
        {LayerKind::LayerNorm, "epsilon", layer_norm_attr::kEpsilon},
        {LayerKind::Dropout, "rate", dropout_attr::kRate},
        {LayerKind::LeakyReLU, "alpha", leaky_relu_attr::kAlpha},
        {LayerKind::ELU, "alpha", elu_attr::kAlpha},
        {LayerKind::Reshape, "shape", reshape_attr::kShape},
    };
    return constants;
}

TEST(AttributeIndexes, EachConstantIsItsAttributesPositionInTheSchema) {
    for (const AttrConstant& c : attrConstants()) {
        const LayerInfo& info = layerRegistry().info(c.kind);
        EXPECT_EQ(info.attrIndex(c.name), static_cast<int>(c.index))
            << info.name << "'s constant for '" << c.name << "' is " << c.index
            << ", but the schema has it at " << info.attrIndex(c.name);
    }
}

// A layer whose code reads attributes by position has a constant for each of them: an attribute
// added to such a schema without its constant would be read by a magic number or not at all.
TEST(AttributeIndexes, KindsWithConstantsHaveOneForEveryAttribute) {
    std::set<std::pair<LayerKind, std::string>> named;
    for (const AttrConstant& c : attrConstants()) named.insert({c.kind, c.name});
    std::set<LayerKind> kinds;
    for (const AttrConstant& c : attrConstants()) kinds.insert(c.kind);
    for (const LayerKind kind : kinds) {
        const LayerInfo& info = layerRegistry().info(kind);
        for (const AttrSpec& spec : info.attrs)
            EXPECT_TRUE(named.contains({kind, spec.name}))
                << info.name << " has no constant for '" << spec.name << "'";
    }
}

} // namespace
} // namespace nw
