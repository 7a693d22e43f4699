#pragma once

// A Conv2D layer's work done by Winograd's F(m×m, 3×3) (see winograd.h): one thread's share of the
// batch at a time, a block of samples per round of 16 products, sized so that the block's transformed
// planes stay in the core's cache.

#include "engine/core/tensor.h"
#include "engine/layers/winograd.h"

#include <vector>

namespace nw {

class WinogradConvolution {
public:
    explicit WinogradConvolution(const ConvGeometry& g);

    // Floats of scratch one thread needs.
    int64_t scratchSize() const;
    // Floats of the transformed weight gradient, dU:[ξ][Cout][Cin].
    int64_t transformedWeightSize() const { return m_winograd.positions() * m_g.cout * m_g.cin; }

    // Transforms the weights W:(Cout, Cin, 3, 3) for the calls below; once per pass, before the threads.
    void prepare(const float* weight);

    // y = conv(x) + bias for the samples [begin, end).
    void forward(const Tensor& x, int64_t begin, int64_t end, const float* bias, Tensor& y,
                 float* scratch) const;
    // For the samples [begin, end): adds their share of dU to `du` and, when dx is given, writes their dx.
    void backward(const Tensor& x, const Tensor& dy, int64_t begin, int64_t end, float* du, Tensor* dx,
                  float* scratch) const;
    // dU -> dW:(Cout, Cin, 3, 3), overwritten.
    void weightGradient(const float* du, float* dw) const { m_winograd.weightGradient(du, dw); }

private:
    struct Buffers {
        float* input;  // V, in backward then P: [ξ][Cin][block's tiles]
        float* output; // M, in backward Z: [ξ][Cout][block's tiles]
        float* tile;   // the transforms' own scratch
    };
    Buffers buffersOf(float* scratch) const;
    int64_t width() const { return m_blockSamples * m_winograd.tilesPerSample(); }

    ConvGeometry m_g;
    Winograd3x3 m_winograd;
    int64_t m_blockSamples;
    std::vector<float> m_u; // U:[ξ][Cout][Cin] of the weights last prepared
};

} // namespace nw
