#pragma once

#include "engine/core/tensor.h"
#include "engine/layers/layer.h"
#include "engine/losses/loss_kind.h"

#include <memory>
#include <optional>
#include <string_view>

namespace nw {

// A loss over a batch. Targets are (N, 1) class indices for classification (0/1 for binary
// cross-entropy) or (N, T) values for regression.
class Loss {
public:
    virtual ~Loss() = default;

    // The mean loss over the N rows of `prediction`, and dL/dprediction in `grad` (same shape).
    virtual float compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const = 0;

    // The final activation this loss absorbs when working on logits (Softmax for cross-entropy,
    // Sigmoid for binary cross-entropy), if any.
    virtual std::optional<LayerKind> fusedActivation() const { return std::nullopt; }
};

// `onLogits`: the prediction is the input of the final activation named by fusedActivation();
// otherwise it is the network's output itself.
std::unique_ptr<Loss> makeLoss(LossKind kind, bool onLogits);

// Correctly classified rows of a batch: argmax against the class index when the prediction has
// several columns, threshold at `threshold` against 0/1 when it has one.
int64_t countCorrect(const Tensor& prediction, const Tensor& targets, float threshold = 0.5f);

} // namespace nw
