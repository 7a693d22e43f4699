#include "engine/optim/adam.h"

#include "engine/optim/weight_decay.h"

#include <cmath>

namespace nw {

Adam::Adam(const OptimizerSettings& settings, std::vector<Param> params)
    : Optimizer(settings.kind), m_settings(settings), m_params(std::move(params)) {
    for (const Param& p : m_params) {
        m_m.push_back(Eigen::VectorXf::Zero(p.value->size()));
        m_v.push_back(Eigen::VectorXf::Zero(p.value->size()));
    }
    for (auto* moments : {&m_m, &m_v})
        for (Eigen::VectorXf& v : *moments) m_stateVectors.push_back(&v);
}

void Adam::update(double learningRate) {
    const auto b1 = static_cast<float>(m_settings.beta1);
    const auto b2 = static_cast<float>(m_settings.beta2);
    const auto eps = static_cast<float>(m_settings.epsilon);
    const double correction1 = 1.0 - std::pow(m_settings.beta1, static_cast<double>(steps()));
    const double correction2 = 1.0 - std::pow(m_settings.beta2, static_cast<double>(steps()));
    // lr·m̂/(√v̂+ε) = (lr/c1)·m / (√v/√c2 + ε)
    const auto stepSize = static_cast<float>(learningRate / correction1);
    const auto invSqrtC2 = static_cast<float>(1.0 / std::sqrt(correction2));
    for (size_t i = 0; i < m_params.size(); ++i) {
        const float lambda = decayFor(m_params[i], static_cast<float>(m_settings.weightDecay));
        float* mData = m_m[i].data();
        float* vData = m_v[i].data();
        updateInChunks(m_params[i], [&](ParamChunk p) {
            Eigen::Map<Eigen::ArrayXf> m(mData + p.begin, p.value.size());
            Eigen::Map<Eigen::ArrayXf> v(vData + p.begin, p.value.size());
            const auto g = p.effectiveGradient(lambda);
            m = b1 * m + (1.0f - b1) * g;
            v = b2 * v + (1.0f - b2) * g.square();
            p.value -= stepSize * m / (v.sqrt() * invSqrtC2 + eps);
        });
    }
}

} // namespace nw
