#pragma once

#include "engine/core/diagnostic.h"
#include "engine/layers/layer.h"
#include "engine/optim/optimizer_settings.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <vector>

namespace nw {

// What an optimizer has learnt besides the weights (momenta, moment estimates, its step count), so a
// run can be continued exactly where it stopped.
struct OptimizerState {
    OptimizerKind kind = OptimizerKind::Adam;
    int64_t steps = 0;
    std::vector<std::vector<float>> moments; // the optimizer's per-parameter vectors, in a fixed order
    bool operator==(const OptimizerState&) const = default;
};

// Updates parameters from their gradients. State (velocities, moments) is allocated at construction.
class Optimizer {
public:
    virtual ~Optimizer() = default;
    void step(double learningRate) {
        ++m_steps;
        update(learningRate);
    }

    OptimizerState state() const;
    // Takes over a state saved by an optimizer of the same kind over parameters of the same sizes;
    // otherwise says what differs and changes nothing.
    Status restore(const OptimizerState& state);

protected:
    explicit Optimizer(OptimizerKind kind) : m_kind(kind) {}
    virtual void update(double learningRate) = 0;
    int64_t steps() const { return m_steps; }
    // The vectors state() saves, registered by the subclass once it has allocated them.
    std::vector<Eigen::VectorXf*> m_stateVectors;

private:
    OptimizerKind m_kind;
    int64_t m_steps = 0;
};

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings, std::vector<Param> params);

} // namespace nw
