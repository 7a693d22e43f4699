#pragma once

// A layer whose output is its first input's values, unchanged: Flatten and Reshape (the shape
// differs, the row-major values do not) and every disabled node.

#include "engine/layers/layer.h"

#include <algorithm>

namespace nw {

class PassThroughLayer final : public Layer {
public:
    // x0:(N, ...) -> y:(N, ...), the same N·rowSize values; other inputs are ignored.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        std::copy(x.data(), x.data() + x.size(), output.data());
    }

    // dx0 = dy; the ignored inputs get a zero gradient.
    void backward(std::span<const Tensor* const>, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (inputGrads[0])
            std::copy(outputGrad.data(), outputGrad.data() + outputGrad.size(), inputGrads[0]->data());
        for (size_t i = 1; i < inputGrads.size(); ++i)
            if (inputGrads[i]) inputGrads[i]->setZero();
    }
};

} // namespace nw
