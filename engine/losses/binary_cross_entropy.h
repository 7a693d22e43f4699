#pragma once

#include "engine/losses/loss.h"

namespace nw {

// L = -mean [t log p + (1-t) log(1-p)] with t in {0, 1}. On logits z (a final Sigmoid), p = σ(z),
// computed stably, and dL/dz = (p - t) / N.
class BinaryCrossEntropy final : public Loss {
public:
    explicit BinaryCrossEntropy(bool onLogits) : m_onLogits(onLogits) {}
    float compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const override;
    std::optional<LayerKind> fusedActivation() const override { return LayerKind::Sigmoid; }

private:
    bool m_onLogits;
};

} // namespace nw
