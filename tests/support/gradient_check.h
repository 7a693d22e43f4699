#pragma once

// One generic gradient check for every layer kind and every loss: analytic gradients from backward()
// against central finite differences of a scalar function of the outputs.

#include "engine/core/rng.h"
#include "engine/layers/registry.h"
#include "engine/losses/loss.h"

#include <string>
#include <vector>

namespace nw::check {

struct GradientMismatch {
    std::string where; // "input 0 [3]", "param weight [7]"
    double analytic = 0;
    double numeric = 0;
};

// Builds the layer for `inputShapes` (per sample) and `attrs`, fills inputs and parameters with random
// values from `seed` (distinct, away from 0), and compares dL/dinput and dL/dparam with central
// differences, where L = Σ r ⊙ y for a fixed random r. Runs the layer in training mode and reseeds it
// before every forward pass, so a random layer (Dropout) draws the same mask each time. Returns every
// element that differs by more than the tolerance.
std::vector<GradientMismatch> checkLayerGradients(const LayerInfo& info, const Attributes& attrs,
                                                  const std::vector<Shape>& inputShapes, int64_t batch,
                                                  uint64_t seed);

// The same for a loss: dL/dprediction against central differences, for random predictions and
// valid random targets (class indices below the prediction width for classification losses).
std::vector<GradientMismatch> checkLossGradients(LossKind kind, bool onLogits, int64_t batch, int64_t width,
                                                 uint64_t seed);

std::string describe(const std::vector<GradientMismatch>& mismatches);

} // namespace nw::check
