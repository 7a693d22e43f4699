#include "engine/optim/optimizer.h"

#include "engine/optim/adam.h"
#include "engine/optim/rmsprop.h"
#include "engine/optim/sgd.h"

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
