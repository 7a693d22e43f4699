#include "engine/layers/winograd.h"

#include "engine/layers/kernel_variant.h"
#include "engine/layers/winograd_kernels.h"

#include <algorithm>

namespace nw {

// One copy's transforms for one tile size.
struct WinogradKernels {
    decltype(&kernels_base::winogradInput) input;
    decltype(&kernels_base::winogradOutput) output;
    decltype(&kernels_base::winogradOutputGrad) outputGrad;
    decltype(&kernels_base::winogradInputGrad) inputGrad;
};

namespace {

// The filter transforms along one line of a 3×3 kernel, G (3 values to α = tile + 2) and its
// adjoint Gᵀ (α back to 3); the 2-D transforms apply them along rows, then along columns.
//   F(2, 3):  G g = (g0, (g0 + g1 + g2)/2, (g0 − g1 + g2)/2, g2)
//   F(4, 3):  G g = (g0/4, −(g0 + g1 + g2)/6, −(g0 − g1 + g2)/6, g0/24 + g1/12 + g2/6, g0/24 − g1/12 + g2/6,
//   g2)
void filterTransform(int64_t tile, const float* g, int64_t step, float* out, int64_t outStep) {
    const float g0 = g[0], g1 = g[step], g2 = g[2 * step];
    if (tile == 2) {
        out[0] = g0;
        out[outStep] = 0.5f * (g0 + g1 + g2);
        out[2 * outStep] = 0.5f * (g0 - g1 + g2);
        out[3 * outStep] = g2;
        return;
    }
    out[0] = g0 / 4.0f;
    out[outStep] = -(g0 + g1 + g2) / 6.0f;
    out[2 * outStep] = -(g0 - g1 + g2) / 6.0f;
    out[3 * outStep] = g0 / 24.0f + g1 / 12.0f + g2 / 6.0f;
    out[4 * outStep] = g0 / 24.0f - g1 / 12.0f + g2 / 6.0f;
    out[5 * outStep] = g2;
}

void filterTransformAdjoint(int64_t tile, const float* u, int64_t step, float* out, int64_t outStep) {
    if (tile == 2) {
        const float u0 = u[0], u1 = u[step], u2 = u[2 * step], u3 = u[3 * step];
        out[0] = u0 + 0.5f * (u1 + u2);
        out[outStep] = 0.5f * (u1 - u2);
        out[2 * outStep] = 0.5f * (u1 + u2) + u3;
        return;
    }
    const float u0 = u[0], u1 = u[step], u2 = u[2 * step], u3 = u[3 * step], u4 = u[4 * step],
                u5 = u[5 * step];
    out[0] = u0 / 4.0f - (u1 + u2) / 6.0f + (u3 + u4) / 24.0f;
    out[outStep] = (u2 - u1) / 6.0f + (u3 - u4) / 12.0f;
    out[2 * outStep] = (u3 + u4 - u1 - u2) / 6.0f + u5;
}

// [0] for F(2×2, 3×3), [1] for F(4×4, 3×3), from the copy this CPU runs.
const WinogradKernels* winogradKernels() {
    static const WinogradKernels* chosen = [] {
#if NW_HAVE_KERNELS_V4
        static const WinogradKernels v4[2] = {{kernels_v4::winogradInput, kernels_v4::winogradOutput,
                                               kernels_v4::winogradOutputGrad, kernels_v4::winogradInputGrad},
                                              {kernels_v4::winograd4Input, kernels_v4::winograd4Output,
                                               kernels_v4::winograd4OutputGrad,
                                               kernels_v4::winograd4InputGrad}};
        if (runsKernelsV4()) return v4;
#endif
        static const WinogradKernels base[2] = {
            {kernels_base::winogradInput, kernels_base::winogradOutput, kernels_base::winogradOutputGrad,
             kernels_base::winogradInputGrad},
            {kernels_base::winograd4Input, kernels_base::winograd4Output, kernels_base::winograd4OutputGrad,
             kernels_base::winograd4InputGrad}};
        return base;
    }();
    return chosen;
}

} // namespace

bool Winograd3x3::suits(const ConvGeometry& g) {
    // Measured per layer (forward and backward, 28×28 and 14×14): 8 → 16 channels gains, 8 → 8 and
    // 4 → 16 lose, because the transforms grow with Cin + Cout and the saving with Cin · Cout.
    return g.k == 3 && g.stride == 1 && g.dilation == 1 && g.cin >= 8 && g.cout >= 8 && g.cin * g.cout >= 128;
}

// Measured per layer, forward and backward: F(4×4) is about a quarter faster at 28×28 and half again
// slower at 14×14, where a sample has only 20 of its tiles (5 of them past the edge) and each of its 36
// products is too narrow to run at speed.
int64_t Winograd3x3::tileFor(const ConvGeometry& g) { return g.ho >= 24 && g.wo >= 24 ? 4 : 2; }

Winograd3x3::Winograd3x3(const ConvGeometry& g, int64_t tile)
    : m_g(g), m_tile(tile), m_plan{g.cin,
                                   g.h,
                                   g.w,
                                   g.cout,
                                   g.ho,
                                   g.wo,
                                   g.padTop,
                                   g.padLeft,
                                   (g.ho + tile - 1) / tile,
                                   (g.wo + tile - 1) / tile + 1},
      m_kernels(&winogradKernels()[tile == 4 ? 1 : 0]) {}

// The largest of the transforms' needs: the input's takes 12 (F(2×2)) or 40 (F(4×4)) floats per tile
// of the padded plane, one more tile row than the output has.
int64_t Winograd3x3::scratchSize() const {
    return (m_tile == 4 ? 40 : 16) * (m_plan.tilesH + 1) * m_plan.rowTiles + 32;
}

void Winograd3x3::transformWeights(const float* w, float* u) const {
    const int64_t filters = m_g.cout * m_g.cin, alpha = m_tile + 2;
    for (int64_t f = 0; f < filters; ++f) {
        const float* g = w + 9 * f;
        float rows[6 * 3]; // G g: α rows of 3
        for (int64_t j = 0; j < 3; ++j) filterTransform(m_tile, g + j, 3, rows + j, 3);
        for (int64_t i = 0; i < alpha; ++i) {
            float tile[6];
            filterTransform(m_tile, rows + 3 * i, 1, tile, 1);
            for (int64_t j = 0; j < alpha; ++j) u[(alpha * i + j) * filters + f] = tile[j];
        }
    }
}

void Winograd3x3::weightGradient(const float* du, float* dw) const {
    const int64_t filters = m_g.cout * m_g.cin, alpha = m_tile + 2;
    for (int64_t f = 0; f < filters; ++f) {
        float tile[36];
        for (int64_t xi = 0; xi < alpha * alpha; ++xi) tile[xi] = du[xi * filters + f];
        float rows[3 * 6]; // Gᵀ dU: 3 rows of α
        for (int64_t j = 0; j < alpha; ++j) filterTransformAdjoint(m_tile, tile + j, alpha, rows + j, alpha);
        for (int64_t i = 0; i < 3; ++i)
            filterTransformAdjoint(m_tile, rows + alpha * i, 1, dw + 9 * f + 3 * i, 1);
    }
}

void Winograd3x3::transformInput(const float* x, float* v, int64_t rowStride, float* scratch) const {
    m_kernels->input(m_plan, x, v, rowStride, scratch);
}

void Winograd3x3::transformOutput(const float* m, int64_t rowStride, const float* bias, float* y,
                                  float* scratch) const {
    m_kernels->output(m_plan, m, rowStride, bias, y, scratch);
}

void Winograd3x3::transformOutputGrad(const float* dy, float* z, int64_t rowStride, float* scratch) const {
    m_kernels->outputGrad(m_plan, dy, z, rowStride, scratch);
}

void Winograd3x3::transformInputGrad(const float* p, int64_t rowStride, float* dx, float* scratch) const {
    m_kernels->inputGrad(m_plan, p, rowStride, dx, scratch);
}

} // namespace nw
