#include "engine/optim/optimizer.h"

#include "engine/optim/adam.h"
#include "engine/optim/rmsprop.h"
#include "engine/optim/sgd.h"

#include <algorithm>

namespace nw {

std::string_view toString(OptimizerKind kind) {
    switch (kind) {
    case OptimizerKind::SGD: return "sgd";
    case OptimizerKind::Momentum: return "momentum";
    case OptimizerKind::Adam: return "adam";
    case OptimizerKind::RMSprop: return "rmsprop";
    }
    return "unknown";
}

std::optional<OptimizerKind> optimizerKindFromString(std::string_view name) {
    for (OptimizerKind k :
         {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam, OptimizerKind::RMSprop})
        if (toString(k) == name) return k;
    return std::nullopt;
}

OptimizerState Optimizer::state() const {
    OptimizerState state{m_kind, m_steps, {}};
    for (const Eigen::VectorXf* v : m_stateVectors)
        state.moments.emplace_back(v->data(), v->data() + v->size());
    return state;
}

Status Optimizer::restore(const OptimizerState& state) {
    if (state.kind != m_kind)
        return Diagnostic{DiagCode::JsonValue,
                          Text(NW_TEXT("The stored optimizer state belongs to %1, not %2"),
                               {std::string(toString(state.kind)), std::string(toString(m_kind))})};
    const bool sizesMatch = state.moments.size() == m_stateVectors.size() &&
                            std::equal(state.moments.begin(), state.moments.end(), m_stateVectors.begin(),
                                       [](const std::vector<float>& saved, const Eigen::VectorXf* own) {
                                           return static_cast<Eigen::Index>(saved.size()) == own->size();
                                       });
    if (!sizesMatch || state.steps < 0)
        return Diagnostic{DiagCode::JsonValue,
                          Text(NW_TEXT("The stored optimizer state does not fit the network's parameters"))};
    for (size_t i = 0; i < state.moments.size(); ++i)
        std::copy(state.moments[i].begin(), state.moments[i].end(), m_stateVectors[i]->data());
    m_steps = state.steps;
    return {};
}

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings, std::vector<Param> params) {
    switch (settings.kind) {
    case OptimizerKind::SGD:
    case OptimizerKind::Momentum: return std::make_unique<Sgd>(settings, std::move(params));
    case OptimizerKind::Adam: return std::make_unique<Adam>(settings, std::move(params));
    case OptimizerKind::RMSprop: return std::make_unique<RmsProp>(settings, std::move(params));
    }
    return nullptr;
}

} // namespace nw
