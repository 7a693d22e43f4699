#pragma once

// 3×3 convolutions with stride 1 by Winograd's minimal filtering F(m×m, 3×3), m = 2 or 4 (Lavin & Gray,
// "Fast Algorithms for Convolutional Neural Networks", 2016).
//
// The output is cut into m×m tiles; each reads an α×α patch d of the (padded) input, α = m + 2. With
// fixed matrices B, G and A (winograd.cpp and the kernels list them), one tile of one filter over one
// channel is
//     y = Aᵀ [ (G g Gᵀ) ⊙ (Bᵀ d B) ] A,
// so a layer is α² independent matrix products, one per position ξ of the transformed tile:
//     M[ξ] (Cout × tiles) = U[ξ] (Cout × Cin) · V[ξ] (Cin × tiles).
// Per output that is α²/m² · Cin multiply-adds instead of 9 · Cin: 2.25× fewer than lowering to
// columns with F(2×2), 4× with F(4×4), whose transforms cost more and round a little more.
//
// Training uses the same products backwards. With Z = A dy Aᵀ, the transformed gradient of a tile,
//     dU[ξ] += Z[ξ] · V[ξ]ᵀ    (then dW = Gᵀ dU G)
//     P[ξ]   = U[ξ]ᵀ · Z[ξ]    (then dx = Σ_tiles B P Bᵀ, neighbouring tiles overlapping by two pixels)
// which are the exact adjoints of the forward formula.
//
// Transformed planes are laid out [ξ][channel][tile], tiles of several samples side by side in one
// row (`rowStride` floats long), so each product streams contiguous rows. Inside a sample the tiles
// run row by row.

#include "engine/layers/im2col.h"
#include "engine/layers/winograd_kernels.h"

#include <cstdint>

namespace nw {

struct WinogradKernels;

class Winograd3x3 {
public:
    // Whether this algorithm computes the convolution `g` (a 3×3 kernel, stride 1, no dilation) and
    // beats lowering it: with few channels the transforms cost more than the products save.
    static bool suits(const ConvGeometry& g);

    // The output tile size m (2 or 4) for `g`: F(4×4) on images large enough to give its 36 products
    // wide rows of tiles.
    static int64_t tileFor(const ConvGeometry& g);

    Winograd3x3(const ConvGeometry& g, int64_t tile);

    // What the transforms are given (the kernels' own view of this convolution).
    const WinogradPlan& plan() const { return m_plan; }
    // α²: the products per block, one per position of the transformed tile.
    int64_t positions() const { return (m_tile + 2) * (m_tile + 2); }

    // Tiles per sample, counting one more per tile row than the image needs: that tile, past the
    // right edge, lets every transform run over a whole plane in one loop; its outputs are dropped
    // and its gradient is 0.
    int64_t tilesPerSample() const { return m_plan.tilesPerSample(); }
    // Floats of scratch each call below needs (its own, per thread).
    int64_t scratchSize() const;

    // W:(Cout, Cin, 3, 3) -> U:[ξ][Cout][Cin].
    void transformWeights(const float* w, float* u) const;
    // dU:[ξ][Cout][Cin] -> dW:(Cout, Cin, 3, 3), overwritten.
    void weightGradient(const float* du, float* dw) const;

    // x:(Cin, H, W) of one sample -> V[ξ][Cin][its tiles].
    void transformInput(const float* x, float* v, int64_t rowStride, float* scratch) const;
    // M[ξ][Cout][one sample's tiles] -> y:(Cout, H', W') plus the bias (if any).
    void transformOutput(const float* m, int64_t rowStride, const float* bias, float* y,
                         float* scratch) const;
    // dy:(Cout, H', W') -> Z[ξ][Cout][its tiles].
    void transformOutputGrad(const float* dy, float* z, int64_t rowStride, float* scratch) const;
    // P[ξ][Cin][one sample's tiles] -> dx:(Cin, H, W), overwritten.
    void transformInputGrad(const float* p, int64_t rowStride, float* dx, float* scratch) const;

private:
    ConvGeometry m_g;
    int64_t m_tile;      // m
    WinogradPlan m_plan; // for the transforms, which the kernels files compile per instruction set
    const WinogradKernels* m_kernels;
};

} // namespace nw
