// One copy of the F(2×2, 3×3) transforms per instruction set (see winograd_kernels.h): plain loops the
// compiler vectorises for the instruction set this file is compiled for, with internal linkage and no
// inline function from another header, so no AVX-512 code can stand in for an AVX2 caller's.

#include "engine/layers/winograd_kernels.h"
#include "engine/layers/kernel_rows.h"

#ifndef NW_KERNEL_VARIANT
#error "NW_KERNEL_VARIANT names the namespace of this copy (engine/CMakeLists.txt)"
#endif

namespace nw::NW_KERNEL_VARIANT {
namespace {

// The loops below take restrict-qualified rows (NW_RESTRICT): without the promise that outputs and
// inputs do not overlap, GCC keeps every one of them scalar.

// Bᵀ on four rows of n values at once: (a − c, b + c, c − b, b − d), element by element. Down the
// columns the rows are four image rows; along a row they are the even and odd columns, shifted by one
// pair for the tile's third and fourth column.
void inputTransform(const float* NW_RESTRICT a, const float* NW_RESTRICT b, const float* NW_RESTRICT c,
                    const float* NW_RESTRICT d, float* NW_RESTRICT o0, float* NW_RESTRICT o1,
                    float* NW_RESTRICT o2, float* NW_RESTRICT o3, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        o0[i] = a[i] - c[i];
        o1[i] = b[i] + c[i];
        o2[i] = c[i] - b[i];
        o3[i] = b[i] - d[i];
    }
}

// Aᵀ on four rows: (a + b + c, b − c − d).
void outputTransform(const float* NW_RESTRICT a, const float* NW_RESTRICT b, const float* NW_RESTRICT c,
                     const float* NW_RESTRICT d, float* NW_RESTRICT o0, float* NW_RESTRICT o1, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        o0[i] = a[i] + b[i] + c[i];
        o1[i] = b[i] - c[i] - d[i];
    }
}

// Bᵀ along rows of interleaved values, n tiles: tile i reads q[2i … 2i+3], its column pair and the
// next one.
void inputTransformAlongRows(const float* NW_RESTRICT q, float* NW_RESTRICT o0, float* NW_RESTRICT o1,
                             float* NW_RESTRICT o2, float* NW_RESTRICT o3, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        const float d0 = q[2 * i], d1 = q[2 * i + 1], d2 = q[2 * i + 2], d3 = q[2 * i + 3];
        o0[i] = d0 - d2;
        o1[i] = d1 + d2;
        o2[i] = d2 - d1;
        o3[i] = d1 - d3;
    }
}

// Aᵀ along rows, written interleaved: tile i's two output columns at row[2i] and row[2i+1], plus `bias`.
void outputTransformAlongRows(const float* NW_RESTRICT a, const float* NW_RESTRICT b,
                              const float* NW_RESTRICT c, const float* NW_RESTRICT d, float bias,
                              float* NW_RESTRICT row, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        row[2 * i] = a[i] + b[i] + c[i] + bias;
        row[2 * i + 1] = b[i] - c[i] - d[i] + bias;
    }
}

// A along rows of interleaved values, n tiles: tile i's two gradient columns are q[2i] and q[2i+1].
void outputGradTransformAlongRows(const float* NW_RESTRICT q, float* NW_RESTRICT o0, float* NW_RESTRICT o1,
                                  float* NW_RESTRICT o2, float* NW_RESTRICT o3, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        const float a = q[2 * i], b = q[2 * i + 1];
        o0[i] = a;
        o1[i] = a + b;
        o2[i] = a - b;
        o3[i] = -b;
    }
}

// The adjoint of inputTransformAlongRows, written interleaved: column pair i (i = 0…n) gets tile i's
// (r0, r1 − r2 + r3) and tile i − 1's (−r0 + r1 + r2, −r3); 2n + 2 values.
void inputGradTransformAlongRows(const float* NW_RESTRICT r0, const float* NW_RESTRICT r1,
                                 const float* NW_RESTRICT r2, const float* NW_RESTRICT r3,
                                 float* NW_RESTRICT q, int64_t n) {
    q[0] = r0[0];
    q[1] = r1[0] - r2[0] + r3[0];
    for (int64_t i = 1; i < n; ++i) {
        q[2 * i] = r0[i] - r0[i - 1] + r1[i - 1] + r2[i - 1];
        q[2 * i + 1] = r1[i] - r2[i] + r3[i] - r3[i - 1];
    }
    q[2 * n] = -r0[n - 1] + r1[n - 1] + r2[n - 1];
    q[2 * n + 1] = -r3[n - 1];
}

// A on two rows, the adjoint of Aᵀ: (a, a + b, a − b, −b).
void outputGradTransform(const float* NW_RESTRICT a, const float* NW_RESTRICT b, float* NW_RESTRICT o0,
                         float* NW_RESTRICT o1, float* NW_RESTRICT o2, float* NW_RESTRICT o3, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        o0[i] = a[i];
        o1[i] = a[i] + b[i];
        o2[i] = a[i] - b[i];
        o3[i] = -b[i];
    }
}

// The adjoint of inputTransform where consecutive blocks of four overlap by two: block i (i = 0…n−1)
// read values i and i + shift of `even` and of `odd` as its (a, b) and (c, d), so value i gets block i's
// (r0, r1 − r2 + r3) and block i − shift's (−r0 + r1 + r2, −r3). Writes n + shift values of each.
// Down the columns the blocks are tile rows, one row pair (shift = a row's floats) apart.
void inputGradTransform(const float* NW_RESTRICT r0, const float* NW_RESTRICT r1, const float* NW_RESTRICT r2,
                        const float* NW_RESTRICT r3, float* NW_RESTRICT even, float* NW_RESTRICT odd,
                        int64_t n, int64_t shift) {
    for (int64_t i = 0; i < shift; ++i) {
        even[i] = r0[i];
        odd[i] = r1[i] - r2[i] + r3[i];
    }
    for (int64_t i = shift; i < n; ++i) {
        const int64_t j = i - shift;
        even[i] = r0[i] - r0[j] + r1[j] + r2[j];
        odd[i] = r1[i] - r2[i] + r3[i] - r3[j];
    }
    for (int64_t i = n; i < n + shift; ++i) {
        const int64_t j = i - shift;
        even[i] = -r0[j] + r1[j] + r2[j];
        odd[i] = -r3[j];
    }
}

} // namespace

// Every plane below holds a sample's image with its rows reordered: the even rows first, then the odd
// ones, so that row pair j (rows 2j and 2j + 1, tile row j) is row j of each half. A tile's 4×4 patch
// is then two consecutive column pairs of row pairs j and j + 1, the same offsets for every tile, and
// each transform is a handful of loops over whole planes: down the columns on whole rows, along the
// rows on interleaved column pairs.

void winogradInput(const WinogradPlan& g, const float* x, float* v, int64_t rowStride, float* scratch) {
    const int64_t rowTiles = g.rowTiles, rowFloats = 2 * rowTiles;
    const int64_t pairRows = g.tilesH + 1;    // pairs of padded rows
    const int64_t half = pairRows * rowTiles; // one row parity's column pairs
    const int64_t tiles = g.tilesPerSample(), planeStride = g.cin * rowStride;
    const int64_t copied = g.w < rowFloats - g.padLeft ? g.w : rowFloats - g.padLeft;
    float* padded = scratch;               // 2·pairRows rows of rowFloats (+ 2 zeros the last tile reads)
    float* across = padded + 4 * half + 2; // Bᵀ along the rows: 4 × 2·half
    fillZero(padded, 4 * half + 2);        // the padding stays 0
    for (int64_t c = 0; c < g.cin; ++c) {
        const float* xc = x + c * g.h * g.w;
        for (int64_t r = g.padTop; r < 2 * pairRows && r < g.padTop + g.h; ++r)
            copyRow(xc + (r - g.padTop) * g.w, padded + ((r % 2) * pairRows + r / 2) * rowFloats + g.padLeft,
                    copied);
        inputTransformAlongRows(padded, across, across + 2 * half, across + 4 * half, across + 6 * half,
                                2 * half);
        for (int64_t l = 0; l < 4; ++l) {
            const float* evenRows = across + l * 2 * half;
            const float* oddRows = evenRows + half;
            float* o = v + l * planeStride + c * rowStride;
            inputTransform(evenRows, oddRows, evenRows + rowTiles, oddRows + rowTiles, o, o + 4 * planeStride,
                           o + 8 * planeStride, o + 12 * planeStride, tiles);
        }
    }
}

void winogradOutput(const WinogradPlan& g, const float* m, int64_t rowStride, const float* bias, float* y,
                    float* scratch) {
    const int64_t tiles = g.tilesPerSample(), rowFloats = 2 * g.rowTiles, planeStride = g.cout * rowStride;
    float* down = scratch;            // Aᵀ m down the columns: 2 output row parities × 4 columns × tiles
    float* joined = down + 8 * tiles; // then along the rows: the output rows, the even ones first
    for (int64_t f = 0; f < g.cout; ++f) {
        const float* mf = m + f * rowStride;
        for (int64_t l = 0; l < 4; ++l) {
            const float* m0 = mf + l * planeStride;
            outputTransform(m0, m0 + 4 * planeStride, m0 + 8 * planeStride, m0 + 12 * planeStride,
                            down + l * tiles, down + (4 + l) * tiles, tiles);
        }
        for (int64_t i = 0; i < 2; ++i) {
            const float* s = down + 4 * i * tiles;
            outputTransformAlongRows(s, s + tiles, s + 2 * tiles, s + 3 * tiles, bias ? bias[f] : 0.0f,
                                     joined + i * tiles * 2, tiles);
        }
        float* yf = y + f * g.ho * g.wo;
        for (int64_t r = 0; r < g.ho; ++r)
            copyRow(joined + ((r % 2) * g.tilesH + r / 2) * rowFloats, yf + r * g.wo, g.wo);
    }
}

void winogradOutputGrad(const WinogradPlan& g, const float* dy, float* z, int64_t rowStride, float* scratch) {
    const int64_t tiles = g.tilesPerSample(), rowFloats = 2 * g.rowTiles, planeStride = g.cout * rowStride;
    float* rows = scratch;          // dy's rows, the even ones first, padded to whole tiles with 0
    float* down = rows + 4 * tiles; // A g down the columns: 4 × 2·tiles
    fillZero(rows, 4 * tiles);
    for (int64_t f = 0; f < g.cout; ++f) {
        const float* dyf = dy + f * g.ho * g.wo;
        for (int64_t r = 0; r < g.ho; ++r)
            copyRow(dyf + r * g.wo, rows + ((r % 2) * g.tilesH + r / 2) * rowFloats, g.wo);
        outputGradTransform(rows, rows + 2 * tiles, down, down + 2 * tiles, down + 4 * tiles,
                            down + 6 * tiles, 2 * tiles);
        for (int64_t k = 0; k < 4; ++k) {
            float* o = z + 4 * k * planeStride + f * rowStride;
            outputGradTransformAlongRows(down + 2 * k * tiles, o, o + planeStride, o + 2 * planeStride,
                                         o + 3 * planeStride, tiles);
        }
    }
}

void winogradInputGrad(const WinogradPlan& g, const float* p, int64_t rowStride, float* dx, float* scratch) {
    const int64_t rowTiles = g.rowTiles, rowFloats = 2 * rowTiles, pairRows = g.tilesH + 1;
    const int64_t half = pairRows * rowTiles, tiles = g.tilesPerSample(), planeStride = g.cin * rowStride;
    const int64_t acrossFloats = 2 * (tiles + 1);
    float* across = scratch;                   // B P along the rows, per transformed row k, interleaved
    float* padded = across + 4 * acrossFloats; // then down: the padded gradient, the even rows first
    for (int64_t c = 0; c < g.cin; ++c) {
        const float* pc = p + c * rowStride;
        for (int64_t k = 0; k < 4; ++k) {
            const float* t = pc + 4 * k * planeStride;
            inputGradTransformAlongRows(t, t + planeStride, t + 2 * planeStride, t + 3 * planeStride,
                                        across + k * acrossFloats, tiles);
        }
        inputGradTransform(across, across + acrossFloats, across + 2 * acrossFloats,
                           across + 3 * acrossFloats, padded, padded + 2 * half, 2 * tiles, rowFloats);
        float* dxc = dx + c * g.h * g.w;
        for (int64_t r = 0; r < g.h; ++r) {
            const int64_t source = r + g.padTop;
            copyRow(padded + ((source % 2) * pairRows + source / 2) * rowFloats + g.padLeft, dxc + r * g.w,
                    g.w);
        }
    }
}

} // namespace nw::NW_KERNEL_VARIANT
