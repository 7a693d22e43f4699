#pragma once

#include "engine/layers/layer.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace nw {

enum class OptimizerKind { SGD, Momentum, Adam, RMSprop };

std::string_view toString(OptimizerKind kind);
std::optional<OptimizerKind> optimizerKindFromString(std::string_view name);

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 0.01;
    double momentum = 0.9;  // Momentum
    bool nesterov = false;  // Momentum
    double beta1 = 0.9;     // Adam
    double beta2 = 0.999;   // Adam
    double rho = 0.9;       // RMSprop
    double epsilon = 1e-8;  // Adam, RMSprop
    double weightDecay = 0; // L2: adds weightDecay * w to every weight's gradient
    bool operator==(const OptimizerSettings&) const = default;
};

// Updates parameters from their gradients. State (velocities, moments) is allocated at construction.
class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual void step(double learningRate) = 0;
};

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings, std::vector<Param> params);

} // namespace nw
