#pragma once

#include "engine/optim/optimizer.h"

namespace nw {

// Plain SGD (w -= lr·g) and SGD with momentum, classic or Nesterov, as PyTorch defines them:
// v = μ·v + g; w -= lr·v, or w -= lr·(g + μ·v) with Nesterov.
class Sgd final : public Optimizer {
public:
    Sgd(const OptimizerSettings& settings, std::vector<Param> params);

private:
    void update(double learningRate) override;

    OptimizerSettings m_settings;
    std::vector<Param> m_params;
    std::vector<Eigen::VectorXf> m_velocity;
};

} // namespace nw
