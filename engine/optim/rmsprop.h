#pragma once

#include "engine/optim/optimizer.h"

namespace nw {

// RMSprop as PyTorch defines it: s = ρ·s + (1-ρ)·g²; w -= lr · g / (√s + ε).
class RmsProp final : public Optimizer {
public:
    RmsProp(const OptimizerSettings& settings, std::vector<Param> params);

private:
    void update(double learningRate) override;

    OptimizerSettings m_settings;
    std::vector<Param> m_params;
    std::vector<Eigen::VectorXf> m_square;
};

} // namespace nw
