// (a) Every layer kind and every loss: analytic gradients equal central finite differences, on random
// shapes, attributes and values. One generic check (tests/support/gradient_check) serves all kinds, so
// a kind added to the registry is checked without a line here.

#include "engine/layers/registry.h"
#include "tests/support/gradient_check.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

using namespace nw;

namespace {

// A random value for one attribute, within its schema's range (small sizes keep the check fast).
rc::Gen<AttrValue> genAttribute(const AttrSpec& spec) {
    switch (spec.type) {
    case AttrType::Int: {
        const auto lo = static_cast<int64_t>(spec.min);
        const auto hi = std::min<int64_t>(static_cast<int64_t>(spec.max), lo + 6);
        return rc::gen::map(rc::gen::inRange<int64_t>(lo, hi + 1), [](int64_t v) { return AttrValue{v}; });
    }
    case AttrType::Float:
        return rc::gen::map(rc::gen::inRange(0, 1001), [spec](int k) {
            return AttrValue{spec.min + (spec.max - spec.min) * k / 1000.0};
        });
    case AttrType::Bool: return rc::gen::map(rc::gen::arbitrary<bool>(), [](bool b) { return AttrValue{b}; });
    case AttrType::Enum:
        return rc::gen::map(rc::gen::inRange<int>(0, static_cast<int>(spec.options.size())),
                            [](int i) { return AttrValue{EnumValue{i}}; });
    case AttrType::Shape: return rc::gen::just(spec.defaultValue);
    }
    return rc::gen::just(spec.defaultValue);
}

} // namespace

RC_GTEST_PROP(GradientProperty, EveryLayerKindMatchesFiniteDifferences, ()) {
    std::vector<const LayerInfo*> kinds;
    for (const LayerInfo& info : layerRegistry().all())
        if (!info.inputPorts.empty()) kinds.push_back(&info);
    const LayerInfo& info = **rc::gen::elementOf(kinds).as("layer kind");
    Attributes attrs;
    for (const AttrSpec& spec : info.attrs) attrs.push_back(*genAttribute(spec).as(spec.name));
    // Random per-sample shapes of rank 1 to 3 (images half the time), kept only when the kind accepts
    // them. Further inputs repeat the first one's shape, sometimes with another first dimension (what
    // merges accept); a Shape attribute (Reshape's target) gets the input's dimensions reversed.
    const auto rank = *rc::gen::weightedElement<int>({{1, 1}, {1, 2}, {2, 3}}).as("rank");
    std::vector<Shape> inputs{Shape(
        *rc::gen::container<std::vector<int64_t>>(static_cast<size_t>(rank), rc::gen::inRange<int64_t>(1, 6))
             .as("input dims"))};
    for (size_t port = 1; port < info.inputPorts.size(); ++port) {
        Shape other = inputs[0];
        if (*rc::gen::arbitrary<bool>())
            other[0] = *rc::gen::inRange<int64_t>(1, 6).as("other first dimension");
        inputs.push_back(other);
    }
    for (size_t i = 0; i < info.attrs.size(); ++i)
        if (info.attrs[i].type == AttrType::Shape) {
            std::vector<int64_t> dims = inputs[0].dims();
            std::reverse(dims.begin(), dims.end());
            attrs[i] = Shape(std::move(dims));
        }
    RC_PRE(info.inferShape(LayerSignature{attrs, inputs}).ok());
    RC_TAG(info.name);
    const auto batch = *rc::gen::inRange<int64_t>(1, 5).as("batch");
    const auto seed = *rc::gen::arbitrary<uint64_t>().as("seed");
    const auto mismatches = check::checkLayerGradients(info, attrs, inputs, batch, seed);
    if (!mismatches.empty()) RC_FAIL(info.name + "\n" + check::describe(mismatches));
}

RC_GTEST_PROP(GradientProperty, EveryLossMatchesFiniteDifferences, ()) {
    const auto kind = *rc::gen::element(LossKind::SoftmaxCrossEntropy, LossKind::MeanSquaredError,
                                        LossKind::BinaryCrossEntropy)
                           .as("loss");
    const bool onLogits = *rc::gen::arbitrary<bool>().as("on logits");
    const auto batch = *rc::gen::inRange<int64_t>(1, 6).as("batch");
    const auto width = kind == LossKind::SoftmaxCrossEntropy ? *rc::gen::inRange<int64_t>(2, 8).as("classes")
                                                             : *rc::gen::inRange<int64_t>(1, 5).as("width");
    const auto seed = *rc::gen::arbitrary<uint64_t>().as("seed");
    const auto mismatches = check::checkLossGradients(kind, onLogits, batch, width, seed);
    if (!mismatches.empty()) RC_FAIL(check::describe(mismatches));
}
