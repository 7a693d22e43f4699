#pragma once

// The transforms behind winograd.h: winogradX for F(2×2, 3×3) (winograd_kernels.cpp), winograd4X for
// F(4×4, 3×3) (winograd_f4x3_kernels.cpp). engine/CMakeLists.txt compiles both files once for the
// build's instruction set (kernels_base) and, on x86-64, once more for x86-64-v4 (kernels_v4), as it
// does the small products (small_gemm_kernels.h); winograd.cpp picks one copy when first used.

#include <cstdint>

namespace nw {

// What the transforms need of one convolution (see Winograd3x3).
struct WinogradPlan {
    int64_t cin, h, w, cout, ho, wo, padTop, padLeft;
    int64_t tilesH;   // tile rows
    int64_t rowTiles; // tiles per tile row, one past the image's right edge

    int64_t tilesPerSample() const { return tilesH * rowTiles; }
};

} // namespace nw

#define NW_DECLARE_WINOGRAD_KERNELS(variant)                                                                 \
    namespace nw::variant {                                                                                  \
    void winogradInput(const WinogradPlan& g, const float* x, float* v, int64_t rowStride, float* scratch);  \
    void winogradOutput(const WinogradPlan& g, const float* m, int64_t rowStride, const float* bias,         \
                        float* y, float* scratch);                                                           \
    void winogradOutputGrad(const WinogradPlan& g, const float* dy, float* z, int64_t rowStride,             \
                            float* scratch);                                                                 \
    void winogradInputGrad(const WinogradPlan& g, const float* p, int64_t rowStride, float* dx,              \
                           float* scratch);                                                                  \
    void winograd4Input(const WinogradPlan& g, const float* x, float* v, int64_t rowStride, float* scratch); \
    void winograd4Output(const WinogradPlan& g, const float* m, int64_t rowStride, const float* bias,        \
                         float* y, float* scratch);                                                          \
    void winograd4OutputGrad(const WinogradPlan& g, const float* dy, float* z, int64_t rowStride,            \
                             float* scratch);                                                                \
    void winograd4InputGrad(const WinogradPlan& g, const float* p, int64_t rowStride, float* dx,             \
                            float* scratch);                                                                 \
    }

NW_DECLARE_WINOGRAD_KERNELS(kernels_base)
NW_DECLARE_WINOGRAD_KERNELS(kernels_v4)
