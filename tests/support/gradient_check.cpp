#include "tests/support/gradient_check.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <vector>

namespace nw::check {
namespace {

constexpr float kStep = 1e-3f;
constexpr double kAbsoluteTolerance = 2e-3;
constexpr double kRelativeTolerance = 2e-2;

bool close(double a, double n) {
    return std::abs(a - n) <= kAbsoluteTolerance + kRelativeTolerance * std::max(std::abs(a), std::abs(n));
}

// Random values kept away from 0, where ReLU-like layers have a kink that central differences
// straddle, and away from each other, where a max (MaxPool2D) has one: the magnitudes are a shuffled
// grid over [0.1, 1.5] whose spacing stays above the step for the tensor sizes the checks use.
void fillAwayFromKinks(Tensor& t, Rng& rng) {
    const int64_t n = t.size();
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
    for (int64_t i = n - 1; i > 0; --i)
        std::swap(order[static_cast<size_t>(i)], order[rng.below(static_cast<uint64_t>(i + 1))]);
    const double spacing = 1.4 / static_cast<double>(std::max<int64_t>(n, 1));
    for (int64_t i = 0; i < n; ++i) {
        const double jitter = rng.uniform(-0.25, 0.25);
        const double magnitude =
            0.1 + spacing * (static_cast<double>(order[static_cast<size_t>(i)]) + 0.5 + jitter);
        t[i] = static_cast<float>(rng.uniform() < 0.5 ? -magnitude : magnitude);
    }
}

// L = Σ r ⊙ y, in double to keep rounding out of the comparison.
double projected(const Tensor& y, const Tensor& r) {
    double sum = 0;
    for (int64_t i = 0; i < y.size(); ++i) sum += static_cast<double>(y[i]) * r[i];
    return sum;
}

} // namespace

std::vector<GradientMismatch> checkLayerGradients(const LayerInfo& info, const Attributes& attrs,
                                                  const std::vector<Shape>& inputShapes, int64_t batch,
                                                  uint64_t seed) {
    Rng rng(seed);
    const LayerSignature signature{attrs, inputShapes};
    const Shape outShape = info.inferShape(signature).value();
    std::unique_ptr<Layer> layer = info.create(signature, outShape);
    layer->initialize(rng);
    for (const Param& p : layer->params()) fillAwayFromKinks(*p.value, rng);

    std::vector<Tensor> inputs, inputGrads;
    for (const Shape& s : inputShapes) {
        inputs.emplace_back(s.withBatch(batch));
        fillAwayFromKinks(inputs.back(), rng);
        inputGrads.emplace_back(s.withBatch(batch));
    }
    std::vector<const Tensor*> inputPtrs;
    std::vector<Tensor*> gradPtrs;
    for (size_t i = 0; i < inputs.size(); ++i) {
        inputPtrs.push_back(&inputs[i]);
        gradPtrs.push_back(&inputGrads[i]);
    }
    Tensor output(outShape.withBatch(batch));
    Tensor weights(outShape.withBatch(batch));
    for (int64_t i = 0; i < weights.size(); ++i) weights[i] = static_cast<float>(rng.uniform(-1, 1));

    // A layer that draws random numbers in training (Dropout) replays the same draws on every call.
    const uint64_t streamSeed = rng.next();
    layer->reseed(streamSeed);
    layer->forward(inputPtrs, output, true);
    layer->backward(inputPtrs, output, weights, gradPtrs);

    const auto loss = [&] {
        layer->reseed(streamSeed);
        layer->forward(inputPtrs, output, true);
        return projected(output, weights);
    };
    std::vector<GradientMismatch> mismatches;
    const auto compare = [&](Tensor& values, const Tensor& analytic, const std::string& name) {
        for (int64_t i = 0; i < values.size(); ++i) {
            const float saved = values[i];
            values[i] = saved + kStep;
            const double plus = loss();
            values[i] = saved - kStep;
            const double minus = loss();
            values[i] = saved;
            const double numeric = (plus - minus) / (2.0 * kStep);
            if (!close(analytic[i], numeric))
                mismatches.push_back({name + " [" + std::to_string(i) + "]", analytic[i], numeric});
        }
    };
    for (size_t i = 0; i < inputs.size(); ++i)
        compare(inputs[i], inputGrads[i], "input " + std::to_string(i));
    for (const Param& p : layer->params()) {
        const Tensor analytic = *p.grad; // the loop below re-runs forward only, so this stays valid
        compare(*p.value, analytic, "param " + p.name);
    }
    return mismatches;
}

std::vector<GradientMismatch> checkLossGradients(LossKind kind, bool onLogits, int64_t batch, int64_t width,
                                                 uint64_t seed) {
    Rng rng(seed);
    const std::unique_ptr<Loss> loss = makeLoss(kind, onLogits);
    Tensor prediction(Shape{batch, width});
    const bool classIndices = kind == LossKind::SoftmaxCrossEntropy;
    Tensor targets(Shape{batch, classIndices ? 1 : width});
    for (int64_t i = 0; i < prediction.size(); ++i) {
        // Probabilities stay inside (0, 1) for the non-logit forms; logits and regressions roam freely.
        const bool probabilities = !onLogits && kind != LossKind::MeanSquaredError;
        prediction[i] = static_cast<float>(probabilities ? rng.uniform(0.15, 0.85) : rng.uniform(-2, 2));
    }
    for (int64_t i = 0; i < targets.size(); ++i) {
        if (classIndices)
            targets[i] = static_cast<float>(rng.below(static_cast<uint64_t>(width)));
        else if (kind == LossKind::BinaryCrossEntropy)
            targets[i] = static_cast<float>(rng.below(2));
        else
            targets[i] = static_cast<float>(rng.uniform(-2, 2));
    }
    Tensor grad(Shape{batch, width});
    Tensor scratch(Shape{batch, width});
    loss->compute(prediction, targets, grad);
    std::vector<GradientMismatch> mismatches;
    for (int64_t i = 0; i < prediction.size(); ++i) {
        const float saved = prediction[i];
        const float step = onLogits || kind == LossKind::MeanSquaredError ? kStep : 1e-3f;
        prediction[i] = saved + step;
        const double plus = loss->compute(prediction, targets, scratch);
        prediction[i] = saved - step;
        const double minus = loss->compute(prediction, targets, scratch);
        prediction[i] = saved;
        const double numeric = (plus - minus) / (2.0 * step);
        if (!close(grad[i], numeric))
            mismatches.push_back({"prediction [" + std::to_string(i) + "]", grad[i], numeric});
    }
    return mismatches;
}

std::string describe(const std::vector<GradientMismatch>& mismatches) {
    std::ostringstream os;
    for (const GradientMismatch& m : mismatches)
        os << m.where << ": analytic " << m.analytic << ", numeric " << m.numeric << "\n";
    return os.str();
}

} // namespace nw::check
