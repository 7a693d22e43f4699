#include "engine/layers/winograd.h"

#include "engine/layers/kernel_variant.h"
#include "engine/layers/winograd_kernels.h"

#include <algorithm>

namespace nw {
namespace {

// The 1-D pieces of F(2, 3); the 2-D transforms apply them along rows, then along columns.
//   Bᵀ d:  (d0 − d2, d1 + d2, d2 − d1, d1 − d3)
//   G g:   (g0, (g0 + g1 + g2)/2, (g0 − g1 + g2)/2, g2)
//   Aᵀ m:  (m0 + m1 + m2, m1 − m2 − m3)
void filterTransform(const float* g, int64_t step, float* out, int64_t outStep) {
    const float g0 = g[0], g1 = g[step], g2 = g[2 * step];
    out[0] = g0;
    out[outStep] = 0.5f * (g0 + g1 + g2);
    out[2 * outStep] = 0.5f * (g0 - g1 + g2);
    out[3 * outStep] = g2;
}

// Gᵀ: the adjoint of filterTransform, 4 values back to 3.
void filterTransformAdjoint(const float* u, int64_t step, float* out, int64_t outStep) {
    const float u0 = u[0], u1 = u[step], u2 = u[2 * step], u3 = u[3 * step];
    out[0] = u0 + 0.5f * (u1 + u2);
    out[outStep] = 0.5f * (u1 - u2);
    out[2 * outStep] = 0.5f * (u1 + u2) + u3;
}

struct WinogradKernels {
    decltype(&kernels_base::winogradInput) input;
    decltype(&kernels_base::winogradOutput) output;
    decltype(&kernels_base::winogradOutputGrad) outputGrad;
    decltype(&kernels_base::winogradInputGrad) inputGrad;
};

const WinogradKernels& winogradKernels() {
    static const WinogradKernels chosen = [] {
#if NW_HAVE_KERNELS_V4
        if (runsKernelsV4())
            return WinogradKernels{kernels_v4::winogradInput, kernels_v4::winogradOutput,
                                   kernels_v4::winogradOutputGrad, kernels_v4::winogradInputGrad};
#endif
        return WinogradKernels{kernels_base::winogradInput, kernels_base::winogradOutput,
                               kernels_base::winogradOutputGrad, kernels_base::winogradInputGrad};
    }();
    return chosen;
}

} // namespace

bool WinogradF2x3::suits(const ConvGeometry& g) {
    // Measured per layer (forward and backward, 28×28 and 14×14): 8 → 16 channels gains, 8 → 8 and
    // 4 → 16 lose, because the transforms grow with Cin + Cout and the saving with Cin · Cout.
    return g.k == 3 && g.stride == 1 && g.dilation == 1 && g.cin >= 8 && g.cout >= 8 && g.cin * g.cout >= 128;
}

WinogradF2x3::WinogradF2x3(const ConvGeometry& g)
    : m_g(g), m_plan{g.cin, g.h,      g.w,       g.cout,         g.ho,
                     g.wo,  g.padTop, g.padLeft, (g.ho + 1) / 2, (g.wo + 1) / 2 + 1} {}

// The largest of the transforms' needs: the input's takes 12 · (tile rows + 1) · tiles per row + 2.
int64_t WinogradF2x3::scratchSize() const { return 16 * (m_plan.tilesH + 1) * m_plan.rowTiles + 16; }

void WinogradF2x3::transformWeights(const float* w, float* u) const {
    const int64_t filters = m_g.cout * m_g.cin;
    for (int64_t f = 0; f < filters; ++f) {
        const float* g = w + 9 * f;
        float rows[4 * 3]; // G g: 4 rows of 3
        for (int64_t j = 0; j < 3; ++j) filterTransform(g + j, 3, rows + j, 3);
        for (int64_t i = 0; i < 4; ++i) {
            float tile[4];
            filterTransform(rows + 3 * i, 1, tile, 1);
            for (int64_t j = 0; j < 4; ++j) u[(4 * i + j) * filters + f] = tile[j];
        }
    }
}

void WinogradF2x3::weightGradient(const float* du, float* dw) const {
    const int64_t filters = m_g.cout * m_g.cin;
    for (int64_t f = 0; f < filters; ++f) {
        float tile[16];
        for (int64_t xi = 0; xi < kPositions; ++xi) tile[xi] = du[xi * filters + f];
        float rows[3 * 4]; // Gᵀ dU: 3 rows of 4
        for (int64_t j = 0; j < 4; ++j) filterTransformAdjoint(tile + j, 4, rows + j, 4);
        for (int64_t i = 0; i < 3; ++i) filterTransformAdjoint(rows + 4 * i, 1, dw + 9 * f + 3 * i, 1);
    }
}

void WinogradF2x3::transformInput(const float* x, float* v, int64_t rowStride, float* scratch) const {
    winogradKernels().input(m_plan, x, v, rowStride, scratch);
}

void WinogradF2x3::transformOutput(const float* m, int64_t rowStride, const float* bias, float* y,
                                   float* scratch) const {
    winogradKernels().output(m_plan, m, rowStride, bias, y, scratch);
}

void WinogradF2x3::transformOutputGrad(const float* dy, float* z, int64_t rowStride, float* scratch) const {
    winogradKernels().outputGrad(m_plan, dy, z, rowStride, scratch);
}

void WinogradF2x3::transformInputGrad(const float* p, int64_t rowStride, float* dx, float* scratch) const {
    winogradKernels().inputGrad(m_plan, p, rowStride, dx, scratch);
}

} // namespace nw
