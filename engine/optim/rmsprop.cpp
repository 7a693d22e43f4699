#include "engine/optim/rmsprop.h"

#include "engine/optim/weight_decay.h"

namespace nw {

RmsProp::RmsProp(const OptimizerSettings& settings, std::vector<Param> params)
    : Optimizer(settings.kind), m_settings(settings), m_params(std::move(params)) {
    for (const Param& p : m_params) m_square.push_back(Eigen::VectorXf::Zero(p.value->size()));
    for (Eigen::VectorXf& s : m_square) m_stateVectors.push_back(&s);
}

void RmsProp::update(double learningRate) {
    const auto lr = static_cast<float>(learningRate);
    const auto rho = static_cast<float>(m_settings.rho);
    const auto eps = static_cast<float>(m_settings.epsilon);
    for (size_t i = 0; i < m_params.size(); ++i) {
        const float lambda = decayFor(m_params[i], static_cast<float>(m_settings.weightDecay));
        float* square = m_square[i].data();
        updateInChunks(m_params[i], [&](ParamChunk p) {
            Eigen::Map<Eigen::ArrayXf> s(square + p.begin, p.value.size());
            const auto g = p.effectiveGradient(lambda);
            s = rho * s + (1.0f - rho) * g.square();
            p.value -= lr * g / (s.sqrt() + eps);
        });
    }
}

} // namespace nw
