#pragma once

#include "engine/optim/optimizer.h"

namespace nw {

// Adam (Kingma & Ba) with bias correction:
// m = β1·m + (1-β1)·g; v = β2·v + (1-β2)·g²; w -= lr · m̂ / (√v̂ + ε).
class Adam final : public Optimizer {
public:
    Adam(const OptimizerSettings& settings, std::vector<Param> params);

private:
    void update(double learningRate) override;

    OptimizerSettings m_settings;
    std::vector<Param> m_params;
    std::vector<Eigen::VectorXf> m_m, m_v;
};

} // namespace nw
