#pragma once

// The loss functions by name, apart from the losses themselves (loss.h): training settings and the
// project file name a loss without pulling in tensors.

#include <optional>
#include <string_view>

namespace nw {

enum class LossKind { SoftmaxCrossEntropy, MeanSquaredError, BinaryCrossEntropy };

std::string_view toString(LossKind kind);
std::optional<LossKind> lossKindFromString(std::string_view name);

} // namespace nw
