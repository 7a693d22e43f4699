#pragma once

// What an optimizer is and how it is set, apart from the optimizers themselves (optimizer.h): training
// settings and the project file hold these without pulling in tensors.

#include <optional>
#include <string_view>

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

} // namespace nw
