#pragma once

// The shared machinery of element-wise activations: each kind supplies f and f', written once.

#include "engine/layers/parallel.h"
#include "engine/layers/registry.h"

#include <omp.h>

namespace nw {

// Activation: static float value(float x, const Params&); static float derivative(float x, float y,
// const Params&) where y = value(x); struct Params built from the attributes. An activation whose
// value() calls the maths library (one call per element, which no compiler vectorises) may add
// static void values(const float* x, float* y, int64_t n, const Params&) computing many at once, and one
// whose dy ⊙ f'(x) is better written as a choice may add static float gradient(float dy, float x,
// const Params&).
template <class Activation>
class ElementwiseLayer final : public Layer {
public:
    explicit ElementwiseLayer(typename Activation::Params params) : m_params(params) {}

    // x:(N, ...) -> y:(N, ...), same shape
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const float* x = inputs[0]->data();
        float* y = output.data();
        streamValues(output.size(), Activation::kFlopsPerElement, [&](int64_t begin, int64_t end) {
            if constexpr (requires { Activation::values(x, y, end, m_params); }) {
                Activation::values(x + begin, y + begin, end - begin, m_params);
            } else {
#pragma omp simd
                for (int64_t i = begin; i < end; ++i) y[i] = Activation::value(x[i], m_params);
            }
        });
    }

    // dx = dy ⊙ f'(x)
    void backward(std::span<const Tensor* const> inputs, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        const float* x = inputs[0]->data();
        const float* y = output.data();
        const float* dy = outputGrad.data();
        float* dx = inputGrads[0]->data();
        streamValues(output.size(), Activation::kFlopsPerElement, [&](int64_t begin, int64_t end) {
            if constexpr (requires { Activation::gradient(dy[0], x[0], m_params); }) {
#pragma omp simd
                for (int64_t i = begin; i < end; ++i) dx[i] = Activation::gradient(dy[i], x[i], m_params);
            } else {
#pragma omp simd
                for (int64_t i = begin; i < end; ++i)
                    dx[i] = dy[i] * Activation::derivative(x[i], y[i], m_params);
            }
        });
    }

private:
    typename Activation::Params m_params;
};

// The LayerInfo fields every element-wise activation shares: one input, output shape = input shape,
// no parameters, `flopsPerElement` FLOPs per element.
template <class Activation>
LayerInfo elementwiseLayerInfo(LayerKind kind, std::string name, std::string description, std::string formula,
                               std::vector<AttrSpec> attrs = {}) {
    LayerInfo info;
    info.kind = kind;
    info.name = std::move(name);
    info.category = PaletteCategory::Activation;
    info.description = std::move(description);
    info.formula = std::move(formula);
    info.inputPorts = {"x"};
    info.attrs = std::move(attrs);
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> { return s.inputs[0]; };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature&, const Shape& out) -> int64_t {
        return Activation::kFlopsPerElement * out.numel();
    };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<ElementwiseLayer<Activation>>(Activation::params(s.attrs));
    };
    return info;
}

// For activations without attributes.
struct NoParams {};

} // namespace nw
