#include "engine/optim/sgd.h"

#include "engine/optim/weight_decay.h"

namespace nw {

Sgd::Sgd(const OptimizerSettings& settings, std::vector<Param> params)
    : Optimizer(settings.kind), m_settings(settings), m_params(std::move(params)) {
    if (m_settings.kind == OptimizerKind::Momentum)
        for (const Param& p : m_params) m_velocity.push_back(Eigen::VectorXf::Zero(p.value->size()));
    for (Eigen::VectorXf& v : m_velocity) m_stateVectors.push_back(&v);
}

void Sgd::update(double learningRate) {
    const auto lr = static_cast<float>(learningRate);
    const auto mu = static_cast<float>(m_settings.momentum);
    for (size_t i = 0; i < m_params.size(); ++i) {
        const float lambda = decayFor(m_params[i], static_cast<float>(m_settings.weightDecay));
        if (m_velocity.empty()) {
            updateInChunks(m_params[i], [&](ParamChunk p) { p.value -= lr * p.effectiveGradient(lambda); });
            continue;
        }
        float* velocity = m_velocity[i].data();
        updateInChunks(m_params[i], [&](ParamChunk p) {
            Eigen::Map<Eigen::ArrayXf> v(velocity + p.begin, p.value.size());
            v = mu * v + p.effectiveGradient(lambda);
            if (m_settings.nesterov)
                p.value -= lr * (p.effectiveGradient(lambda) + mu * v);
            else
                p.value -= lr * v;
        });
    }
}

} // namespace nw
