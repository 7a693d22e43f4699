#include "engine/data/synthetic.h"

#include "engine/core/rng.h"

#include <cmath>
#include <numbers>

namespace nw {
namespace {

// The Playground's plane spans [-6, 6]; its data live within radius 5.
constexpr double kRadius = 5.0;
constexpr double kPi = std::numbers::pi;

Dataset makeClassification(std::string name, int64_t samples, int64_t classes) {
    Dataset d;
    d.name = std::move(name);
    d.task = TaskKind::Classification;
    d.features = Tensor(Shape{samples, 2});
    d.targets = Tensor(Shape{samples, 1});
    d.numClasses = classes;
    for (int64_t c = 0; c < classes; ++c) d.classNames.push_back("class " + std::to_string(c));
    return d;
}

void setPoint(Dataset& d, int64_t i, double x, double y, int64_t label) {
    d.features.row(i)[0] = static_cast<float>(x);
    d.features.row(i)[1] = static_cast<float>(y);
    d.targets.row(i)[0] = static_cast<float>(label);
}

Dataset xorData(const SyntheticSpec& s, Rng& rng) {
    Dataset d = makeClassification("xor", s.samples, 2);
    constexpr double padding = 0.3;
    for (int64_t i = 0; i < s.samples; ++i) {
        double x = rng.uniform(-kRadius, kRadius);
        double y = rng.uniform(-kRadius, kRadius);
        // Keep points off the axes, where the class flips, as the Playground does.
        x += x > 0 ? padding : -padding;
        y += y > 0 ? padding : -padding;
        const int64_t label = x * y >= 0 ? 1 : 0;
        setPoint(d, i, x + rng.uniform(-kRadius, kRadius) * s.noise,
                 y + rng.uniform(-kRadius, kRadius) * s.noise, label);
    }
    return d;
}

Dataset circlesData(const SyntheticSpec& s, Rng& rng) {
    Dataset d = makeClassification("circles", s.samples, 2);
    for (int64_t i = 0; i < s.samples; ++i) {
        const bool inner = i < s.samples / 2;
        const double r = inner ? rng.uniform(0.0, kRadius * 0.5) : rng.uniform(kRadius * 0.7, kRadius);
        const double angle = rng.uniform(0.0, 2 * kPi);
        const double x = r * std::sin(angle) + rng.uniform(-kRadius, kRadius) * s.noise;
        const double y = r * std::cos(angle) + rng.uniform(-kRadius, kRadius) * s.noise;
        // The class follows the noisy point, as in the Playground.
        setPoint(d, i, x, y, std::hypot(x, y) < kRadius * 0.5 ? 1 : 0);
    }
    return d;
}

Dataset spiralsData(const SyntheticSpec& s, Rng& rng) {
    Dataset d = makeClassification("spirals", s.samples, 2);
    const int64_t perClass = s.samples / 2;
    for (int64_t i = 0; i < s.samples; ++i) {
        const int64_t label = i < perClass ? 0 : 1;
        const int64_t k = label == 0 ? i : i - perClass;
        const int64_t count = label == 0 ? perClass : s.samples - perClass;
        const double fraction = static_cast<double>(k) / static_cast<double>(count);
        const double r = fraction * kRadius;
        const double t = 1.75 * fraction * 2 * kPi + (label == 0 ? 0.0 : kPi);
        setPoint(d, i, r * std::sin(t) + rng.uniform(-1.0, 1.0) * s.noise,
                 r * std::cos(t) + rng.uniform(-1.0, 1.0) * s.noise, label);
    }
    return d;
}

Dataset blobsData(const SyntheticSpec& s, Rng& rng) {
    const int64_t classes = std::max<int64_t>(2, s.classes);
    Dataset d = makeClassification("blobs", s.samples, classes);
    // Centres evenly on a circle; the spread grows with the noise setting.
    const double spread = 0.5 + 1.5 * s.noise;
    for (int64_t i = 0; i < s.samples; ++i) {
        const int64_t label = i % classes;
        const double angle = 2 * kPi * static_cast<double>(label) / static_cast<double>(classes);
        const double cx = 3.0 * std::cos(angle);
        const double cy = 3.0 * std::sin(angle);
        setPoint(d, i, rng.normal(cx, spread), rng.normal(cy, spread), label);
    }
    return d;
}

Dataset regressionData(const SyntheticSpec& s, Rng& rng) {
    Dataset d;
    const bool sine = s.kind == SyntheticKind::Sine;
    d.name = sine ? "sine" : "polynomial";
    d.task = TaskKind::Regression;
    d.features = Tensor(Shape{s.samples, 1});
    d.targets = Tensor(Shape{s.samples, 1});
    const double range = sine ? kPi : 1.5;
    for (int64_t i = 0; i < s.samples; ++i) {
        const double x = rng.uniform(-range, range);
        const double y = sine ? std::sin(x) : x * x * x - x;
        d.features.row(i)[0] = static_cast<float>(x);
        d.targets.row(i)[0] = static_cast<float>(y + rng.normal(0.0, 0.5 * s.noise));
    }
    return d;
}

constexpr SyntheticKind kAllKinds[] = {SyntheticKind::Spirals, SyntheticKind::Circles,
                                       SyntheticKind::Xor,     SyntheticKind::Blobs,
                                       SyntheticKind::Sine,    SyntheticKind::Polynomial};

} // namespace

std::span<const SyntheticKind> syntheticKinds() { return kAllKinds; }

std::string_view toString(SyntheticKind kind) {
    switch (kind) {
    case SyntheticKind::Xor: return "xor";
    case SyntheticKind::Circles: return "circles";
    case SyntheticKind::Spirals: return "spirals";
    case SyntheticKind::Blobs: return "blobs";
    case SyntheticKind::Sine: return "sine";
    case SyntheticKind::Polynomial: return "polynomial";
    }
    return "unknown";
}

std::optional<SyntheticKind> syntheticKindFromString(std::string_view name) {
    for (SyntheticKind k : kAllKinds)
        if (toString(k) == name) return k;
    return std::nullopt;
}

Dataset makeSynthetic(const SyntheticSpec& spec) {
    Rng rng(spec.seed);
    switch (spec.kind) {
    case SyntheticKind::Xor: return xorData(spec, rng);
    case SyntheticKind::Circles: return circlesData(spec, rng);
    case SyntheticKind::Spirals: return spiralsData(spec, rng);
    case SyntheticKind::Blobs: return blobsData(spec, rng);
    case SyntheticKind::Sine:
    case SyntheticKind::Polynomial: return regressionData(spec, rng);
    }
    return {};
}

} // namespace nw
