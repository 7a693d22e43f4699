#include "engine/optim/rmsprop.h"

#include "engine/optim/weight_decay.h"

namespace nw {

RmsProp::RmsProp(const OptimizerSettings& settings, std::vector<Param> params)
    : m_settings(settings), m_params(std::move(params)) {
    for (const Param& p : m_params) m_square.push_back(Eigen::VectorXf::Zero(p.value->size()));
}

void RmsProp::step(double learningRate) {
    const auto lr = static_cast<float>(learningRate);
    const auto rho = static_cast<float>(m_settings.rho);
    const auto eps = static_cast<float>(m_settings.epsilon);
    const auto decay = static_cast<float>(m_settings.weightDecay);
    for (size_t i = 0; i < m_params.size(); ++i) {
        const Param& p = m_params[i];
        auto s = m_square[i].array();
        const auto g = effectiveGradient(p, decay);
        s = rho * s + (1.0f - rho) * g.square();
        p.value->flat().array() -= lr * g / (s.sqrt() + eps);
    }
}

} // namespace nw
