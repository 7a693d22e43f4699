#pragma once

#include "engine/layers/layer.h"
#include "engine/optim/optimizer_settings.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace nw {

// Updates parameters from their gradients. State (velocities, moments) is allocated at construction.
class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual void step(double learningRate) = 0;
};

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings, std::vector<Param> params);

} // namespace nw
