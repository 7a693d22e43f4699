#include "engine/losses/loss.h"

#include "engine/losses/binary_cross_entropy.h"
#include "engine/losses/mean_squared_error.h"
#include "engine/losses/softmax_cross_entropy.h"

#include <algorithm>

namespace nw {

std::string_view toString(LossKind kind) {
    switch (kind) {
    case LossKind::SoftmaxCrossEntropy: return "softmax_cross_entropy";
    case LossKind::MeanSquaredError: return "mse";
    case LossKind::BinaryCrossEntropy: return "binary_cross_entropy";
    }
    return "unknown";
}

std::optional<LossKind> lossKindFromString(std::string_view name) {
    for (LossKind k :
         {LossKind::SoftmaxCrossEntropy, LossKind::MeanSquaredError, LossKind::BinaryCrossEntropy})
        if (toString(k) == name) return k;
    return std::nullopt;
}

std::unique_ptr<Loss> makeLoss(LossKind kind, bool onLogits) {
    switch (kind) {
    case LossKind::SoftmaxCrossEntropy: return std::make_unique<SoftmaxCrossEntropy>(onLogits);
    case LossKind::MeanSquaredError: return std::make_unique<MeanSquaredError>();
    case LossKind::BinaryCrossEntropy: return std::make_unique<BinaryCrossEntropy>(onLogits);
    }
    return nullptr;
}

int64_t countCorrect(const Tensor& prediction, const Tensor& targets, float threshold) {
    int64_t correct = 0;
    const int64_t c = prediction.rowSize();
    for (int64_t n = 0; n < prediction.rows(); ++n) {
        const float* p = prediction.row(n);
        const auto label = static_cast<int64_t>(targets.row(n)[0]);
        const int64_t predicted = c > 1 ? std::max_element(p, p + c) - p : (p[0] >= threshold ? 1 : 0);
        correct += predicted == label;
    }
    return correct;
}

} // namespace nw
