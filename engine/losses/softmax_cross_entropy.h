#pragma once

#include "engine/losses/loss.h"

namespace nw {

// L = -mean_n log p_n[t_n]. On logits, p = softmax(logits) and dL/dlogits = (p - onehot(t)) / N, which
// is exact and stable; on probabilities (a final Softmax read by others), dL/dp = -1/(N p[t]).
class SoftmaxCrossEntropy final : public Loss {
public:
    explicit SoftmaxCrossEntropy(bool onLogits) : m_onLogits(onLogits) {}
    float compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const override;
    std::optional<LayerKind> fusedActivation() const override { return LayerKind::Softmax; }

private:
    bool m_onLogits;
};

} // namespace nw
