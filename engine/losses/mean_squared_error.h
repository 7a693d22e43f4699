#pragma once

#include "engine/losses/loss.h"

namespace nw {

// L = mean_n Σ_i (y_ni - t_ni)² / T: the mean over every element, as PyTorch's MSELoss. A single
// class-index target column against several outputs is read as a one-hot vector.
class MeanSquaredError final : public Loss {
public:
    float compute(const Tensor& prediction, const Tensor& targets, Tensor& grad) const override;
};

} // namespace nw
