#include "engine/optim/sgd.h"

#include "engine/optim/weight_decay.h"

namespace nw {

Sgd::Sgd(const OptimizerSettings& settings, std::vector<Param> params)
    : m_settings(settings), m_params(std::move(params)) {
    if (m_settings.kind == OptimizerKind::Momentum)
        for (const Param& p : m_params) m_velocity.push_back(Eigen::VectorXf::Zero(p.value->size()));
}

void Sgd::step(double learningRate) {
    const auto lr = static_cast<float>(learningRate);
    const auto decay = static_cast<float>(m_settings.weightDecay);
    const auto mu = static_cast<float>(m_settings.momentum);
    for (size_t i = 0; i < m_params.size(); ++i) {
        const Param& p = m_params[i];
        auto w = p.value->flat().array();
        if (m_velocity.empty()) {
            w -= lr * effectiveGradient(p, decay);
            continue;
        }
        auto v = m_velocity[i].array();
        const Eigen::ArrayXf g = effectiveGradient(p, decay);
        v = mu * v + g;
        if (m_settings.nesterov)
            w -= lr * (g + mu * v);
        else
            w -= lr * v;
    }
}

} // namespace nw
