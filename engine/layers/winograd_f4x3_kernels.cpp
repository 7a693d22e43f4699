// One copy of the F(4×4, 3×3) transforms per instruction set, like winograd_kernels.cpp (which holds
// F(2×2, 3×3) and explains the plane layout). Here a tile's patch is 6×6 and tiles are 4 apart, so rows
// are reordered by their remainder modulo 4 (four quarter blocks) and columns are read 4 at a time.
// The matrices (Lavin & Gray 2016):
//   Bᵀ d:  (4d0 − 5d2 + d4, −4d1 − 4d2 + d3 + d4, 4d1 − 4d2 − d3 + d4, −2d1 − d2 + 2d3 + d4,
//           2d1 − d2 − 2d3 + d4, 4d1 − 5d3 + d5)
//   Aᵀ m:  (m0 + m1 + m2 + m3 + m4, m1 − m2 + 2m3 − 2m4, m1 + m2 + 4m3 + 4m4, m1 − m2 + 8m3 − 8m4 + m5)

#include "engine/layers/kernel_rows.h"
#include "engine/layers/winograd_kernels.h"

#ifndef NW_KERNEL_VARIANT
#error "NW_KERNEL_VARIANT names the namespace of this copy (engine/CMakeLists.txt)"
#endif

namespace nw::NW_KERNEL_VARIANT {
namespace {

// Bᵀ on six rows of n values (d[j] + i·S for the j-th of a tile's values), into six rows of n.
template <int64_t S>
void inputTransform(const float* NW_RESTRICT d0, const float* NW_RESTRICT d1, const float* NW_RESTRICT d2,
                    const float* NW_RESTRICT d3, const float* NW_RESTRICT d4, const float* NW_RESTRICT d5,
                    float* NW_RESTRICT o0, float* NW_RESTRICT o1, float* NW_RESTRICT o2,
                    float* NW_RESTRICT o3, float* NW_RESTRICT o4, float* NW_RESTRICT o5, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        const float a0 = d0[i * S], a1 = d1[i * S], a2 = d2[i * S], a3 = d3[i * S], a4 = d4[i * S],
                    a5 = d5[i * S];
        const float t1 = a4 - 4.0f * a2, t2 = 4.0f * a1 - a3, t3 = a4 - a2, t4 = 2.0f * (a3 - a1);
        o0[i] = 4.0f * a0 - 5.0f * a2 + a4;
        o1[i] = t1 - t2;
        o2[i] = t1 + t2;
        o3[i] = t3 + t4;
        o4[i] = t3 - t4;
        o5[i] = 4.0f * a1 - 5.0f * a3 + a5;
    }
}

// Aᵀ on six rows of n values into four, written at o[k] + i·S, plus `bias`.
template <int64_t S>
void outputTransform(const float* NW_RESTRICT m0, const float* NW_RESTRICT m1, const float* NW_RESTRICT m2,
                     const float* NW_RESTRICT m3, const float* NW_RESTRICT m4, const float* NW_RESTRICT m5,
                     float bias, float* NW_RESTRICT o0, float* NW_RESTRICT o1, float* NW_RESTRICT o2,
                     float* NW_RESTRICT o3, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        const float sum12 = m1[i] + m2[i], diff12 = m1[i] - m2[i];
        const float sum34 = m3[i] + m4[i], diff34 = m3[i] - m4[i];
        o0[i * S] = m0[i] + sum12 + sum34 + bias;
        o1[i * S] = diff12 + 2.0f * diff34 + bias;
        o2[i * S] = sum12 + 4.0f * sum34 + bias;
        o3[i * S] = diff12 + 8.0f * diff34 + m5[i] + bias;
    }
}

// A, the adjoint of Aᵀ: four rows of n values (g[j] + i·S) into six.
template <int64_t S>
void outputGradTransform(const float* NW_RESTRICT g0, const float* NW_RESTRICT g1,
                         const float* NW_RESTRICT g2, const float* NW_RESTRICT g3, float* NW_RESTRICT o0,
                         float* NW_RESTRICT o1, float* NW_RESTRICT o2, float* NW_RESTRICT o3,
                         float* NW_RESTRICT o4, float* NW_RESTRICT o5, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        const float a0 = g0[i * S], a1 = g1[i * S], a2 = g2[i * S], a3 = g3[i * S];
        const float even = a0 + a2, odd = a1 + a3, even4 = a0 + 4.0f * a2, odd8 = 2.0f * a1 + 8.0f * a3;
        o0[i] = a0;
        o1[i] = even + odd;
        o2[i] = even - odd;
        o3[i] = even4 + odd8;
        o4[i] = even4 - odd8;
        o5[i] = a3;
    }
}

// B, the adjoint of Bᵀ, for blocks that overlap by two: block i (i < n) read values i … and, as its
// fifth and sixth, those of block i + shift's first and second; so output j of position i (i < n +
// shift) is block i's d_j plus, for j < 2, block i − shift's d_{4+j}, where
//   d = (4r0, −4r1 + 4r2 − 2r3 + 2r4 + 4r5, −5r0 − 4r1 − 4r2 − r3 − r4, r1 − r2 + 2r3 − 2r4 − 5r5,
//        r0 + r1 + r2 + r3 + r4, r5).
// Output j of position i goes to o[j] + i·S.
template <int64_t S>
void inputGradTransform(const float* NW_RESTRICT r0, const float* NW_RESTRICT r1, const float* NW_RESTRICT r2,
                        const float* NW_RESTRICT r3, const float* NW_RESTRICT r4, const float* NW_RESTRICT r5,
                        float* NW_RESTRICT o0, float* NW_RESTRICT o1, float* NW_RESTRICT o2,
                        float* NW_RESTRICT o3, int64_t n, int64_t shift) {
    const auto own = [&](int64_t i, float& d0, float& d1, float& d2, float& d3) {
        d0 = 4.0f * r0[i];
        d1 = -4.0f * r1[i] + 4.0f * r2[i] - 2.0f * r3[i] + 2.0f * r4[i] + 4.0f * r5[i];
        d2 = -5.0f * r0[i] - 4.0f * r1[i] - 4.0f * r2[i] - r3[i] - r4[i];
        d3 = r1[i] - r2[i] + 2.0f * r3[i] - 2.0f * r4[i] - 5.0f * r5[i];
    };
    for (int64_t i = 0; i < shift && i < n; ++i) {
        float d0, d1, d2, d3;
        own(i, d0, d1, d2, d3);
        o0[i * S] = d0;
        o1[i * S] = d1;
        o2[i * S] = d2;
        o3[i * S] = d3;
    }
    for (int64_t i = shift; i < n; ++i) {
        float d0, d1, d2, d3;
        own(i, d0, d1, d2, d3);
        const int64_t j = i - shift;
        o0[i * S] = d0 + r0[j] + r1[j] + r2[j] + r3[j] + r4[j];
        o1[i * S] = d1 + r5[j];
        o2[i * S] = d2;
        o3[i * S] = d3;
    }
    for (int64_t i = n; i < n + shift; ++i) {
        const int64_t j = i - shift;
        o0[i * S] = r0[j] + r1[j] + r2[j] + r3[j] + r4[j];
        o1[i * S] = r5[j];
        o2[i * S] = 0.0f;
        o3[i * S] = 0.0f;
    }
}

// Row r of a plane whose rows are grouped by r mod 4, `rows` per group.
int64_t quarterRow(int64_t r, int64_t rows) { return (r % 4) * rows + r / 4; }

} // namespace

void winograd4Input(const WinogradPlan& g, const float* x, float* v, int64_t rowStride, float* scratch) {
    const int64_t rowTiles = g.rowTiles, rowFloats = 4 * rowTiles, quarterRows = g.tilesH + 1;
    const int64_t block = quarterRows * rowTiles; // tiles along the rows of one quarter block
    const int64_t tiles = g.tilesPerSample(), planeStride = g.cin * rowStride;
    const int64_t copied = g.w < rowFloats - g.padLeft ? g.w : rowFloats - g.padLeft;
    float* padded = scratch; // 4 quarter blocks of quarterRows rows (+ 2 zeros the last tile reads)
    float* across = padded + 16 * block + 2; // Bᵀ along the rows: 6 × 4·block
    fillZero(padded, 16 * block + 2);
    for (int64_t c = 0; c < g.cin; ++c) {
        const float* xc = x + c * g.h * g.w;
        for (int64_t r = g.padTop; r < 4 * quarterRows && r < g.padTop + g.h; ++r)
            copyRow(xc + (r - g.padTop) * g.w, padded + quarterRow(r, quarterRows) * rowFloats + g.padLeft,
                    copied);
        const int64_t n = 4 * block;
        float* a = across;
        inputTransform<4>(padded, padded + 1, padded + 2, padded + 3, padded + 4, padded + 5, a, a + n,
                          a + 2 * n, a + 3 * n, a + 4 * n, a + 5 * n, n);
        for (int64_t l = 0; l < 6; ++l) {
            const float* q = across + l * n; // quarter blocks of this column's values
            float* o = v + l * planeStride + c * rowStride;
            const int64_t k = 6 * planeStride;
            inputTransform<1>(q, q + block, q + 2 * block, q + 3 * block, q + rowTiles, q + block + rowTiles,
                              o, o + k, o + 2 * k, o + 3 * k, o + 4 * k, o + 5 * k, tiles);
        }
    }
}

void winograd4Output(const WinogradPlan& g, const float* m, int64_t rowStride, const float* bias, float* y,
                     float* scratch) {
    const int64_t tiles = g.tilesPerSample(), rowFloats = 4 * g.rowTiles, planeStride = g.cout * rowStride;
    float* down = scratch;             // Aᵀ m down the columns: 4 output row groups × 6 columns × tiles
    float* joined = down + 24 * tiles; // then along the rows: the output rows grouped by row mod 4
    for (int64_t f = 0; f < g.cout; ++f) {
        const float* mf = m + f * rowStride;
        for (int64_t l = 0; l < 6; ++l) {
            const float* m0 = mf + l * planeStride;
            const int64_t k = 6 * planeStride;
            outputTransform<1>(m0, m0 + k, m0 + 2 * k, m0 + 3 * k, m0 + 4 * k, m0 + 5 * k, 0.0f,
                               down + l * tiles, down + (6 + l) * tiles, down + (12 + l) * tiles,
                               down + (18 + l) * tiles, tiles);
        }
        const float b = bias ? bias[f] : 0.0f;
        for (int64_t i = 0; i < 4; ++i) {
            const float* s = down + 6 * i * tiles;
            float* o = joined + i * 4 * tiles;
            outputTransform<4>(s, s + tiles, s + 2 * tiles, s + 3 * tiles, s + 4 * tiles, s + 5 * tiles, b, o,
                               o + 1, o + 2, o + 3, tiles);
        }
        float* yf = y + f * g.ho * g.wo;
        for (int64_t r = 0; r < g.ho; ++r)
            copyRow(joined + quarterRow(r, g.tilesH) * rowFloats, yf + r * g.wo, g.wo);
    }
}

void winograd4OutputGrad(const WinogradPlan& g, const float* dy, float* z, int64_t rowStride,
                         float* scratch) {
    const int64_t tiles = g.tilesPerSample(), rowFloats = 4 * g.rowTiles, planeStride = g.cout * rowStride;
    const int64_t n = 4 * tiles; // floats of one row group
    float* rows = scratch;       // dy's rows grouped by row mod 4, padded to whole tiles with 0
    float* down = rows + 4 * n;  // A g down the columns: 6 × n
    fillZero(rows, 4 * n);
    for (int64_t f = 0; f < g.cout; ++f) {
        const float* dyf = dy + f * g.ho * g.wo;
        for (int64_t r = 0; r < g.ho; ++r)
            copyRow(dyf + r * g.wo, rows + quarterRow(r, g.tilesH) * rowFloats, g.wo);
        outputGradTransform<1>(rows, rows + n, rows + 2 * n, rows + 3 * n, down, down + n, down + 2 * n,
                               down + 3 * n, down + 4 * n, down + 5 * n, n);
        for (int64_t k = 0; k < 6; ++k) {
            const float* q = down + k * n;
            float* o = z + 6 * k * planeStride + f * rowStride;
            outputGradTransform<4>(q, q + 1, q + 2, q + 3, o, o + planeStride, o + 2 * planeStride,
                                   o + 3 * planeStride, o + 4 * planeStride, o + 5 * planeStride, tiles);
        }
    }
}

void winograd4InputGrad(const WinogradPlan& g, const float* p, int64_t rowStride, float* dx, float* scratch) {
    const int64_t rowTiles = g.rowTiles, rowFloats = 4 * rowTiles, quarterRows = g.tilesH + 1;
    const int64_t block = quarterRows * rowTiles, tiles = g.tilesPerSample(), planeStride = g.cin * rowStride;
    const int64_t acrossFloats = 4 * (tiles + 1);
    float* across = scratch; // B P along the rows, per transformed row k, 4 columns per tile
    float* padded = across + 6 * acrossFloats; // then down: the padded gradient, rows grouped by row mod 4
    for (int64_t c = 0; c < g.cin; ++c) {
        const float* pc = p + c * rowStride;
        for (int64_t k = 0; k < 6; ++k) {
            const float* t = pc + 6 * k * planeStride;
            float* o = across + k * acrossFloats;
            inputGradTransform<4>(t, t + planeStride, t + 2 * planeStride, t + 3 * planeStride,
                                  t + 4 * planeStride, t + 5 * planeStride, o, o + 1, o + 2, o + 3, tiles, 1);
        }
        const int64_t q = 4 * block; // floats of one quarter block
        const float* h = across;
        inputGradTransform<1>(h, h + acrossFloats, h + 2 * acrossFloats, h + 3 * acrossFloats,
                              h + 4 * acrossFloats, h + 5 * acrossFloats, padded, padded + q, padded + 2 * q,
                              padded + 3 * q, 4 * tiles, rowFloats);
        float* dxc = dx + c * g.h * g.w;
        for (int64_t r = 0; r < g.h; ++r)
            copyRow(padded + quarterRow(r + g.padTop, quarterRows) * rowFloats + g.padLeft, dxc + r * g.w,
                    g.w);
    }
}

} // namespace nw::NW_KERNEL_VARIANT
