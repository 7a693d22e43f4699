// One copy of the small products per instruction set (see small_gemm_kernels.h). The vectors are the
// compiler's intrinsics for the instruction set this file is compiled for (always inlined, never
// emitted as functions), and everything but the entry points has internal linkage: no Eigen or
// standard-library inline function is instantiated here, so no AVX-512 code can stand in for a
// function another file compiled for AVX2.

#include "engine/layers/small_gemm_kernels.h"

#include <immintrin.h>

#ifndef NW_KERNEL_VARIANT
#error "NW_KERNEL_VARIANT names the namespace of this copy (engine/CMakeLists.txt)"
#endif

namespace nw::NW_KERNEL_VARIANT {
namespace {

#if defined(__AVX512F__)
using Packet = __m512;
constexpr int64_t kLanes = 16;
constexpr int kRegisters = 32;
constexpr const char* kInstructionSet = "avx512";
Packet load(const float* p) { return _mm512_loadu_ps(p); }
void store(float* p, Packet v) { _mm512_storeu_ps(p, v); }
Packet broadcast(float x) { return _mm512_set1_ps(x); }
Packet multiplyAdd(Packet a, Packet b, Packet c) { return _mm512_fmadd_ps(a, b, c); }
Packet zero() { return _mm512_setzero_ps(); }
float sum(Packet v) { return _mm512_reduce_add_ps(v); }
#elif defined(__AVX2__) && defined(__FMA__)
using Packet = __m256;
constexpr int64_t kLanes = 8;
constexpr int kRegisters = 16;
constexpr const char* kInstructionSet = "avx2";
Packet load(const float* p) { return _mm256_loadu_ps(p); }
void store(float* p, Packet v) { _mm256_storeu_ps(p, v); }
Packet broadcast(float x) { return _mm256_set1_ps(x); }
Packet multiplyAdd(Packet a, Packet b, Packet c) { return _mm256_fmadd_ps(a, b, c); }
Packet zero() { return _mm256_setzero_ps(); }
float sum(Packet v) {
    const __m128 half = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 pairs = _mm_add_ps(half, _mm_movehl_ps(half, half));
    return _mm_cvtss_f32(_mm_add_ss(pairs, _mm_movehdup_ps(pairs)));
}
#else
using Packet = __m128;
constexpr int64_t kLanes = 4;
constexpr int kRegisters = 16;
constexpr const char* kInstructionSet = "sse";
Packet load(const float* p) { return _mm_loadu_ps(p); }
void store(float* p, Packet v) { _mm_storeu_ps(p, v); }
Packet broadcast(float x) { return _mm_set1_ps(x); }
Packet multiplyAdd(Packet a, Packet b, Packet c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
Packet zero() { return _mm_setzero_ps(); }
float sum(Packet v) {
    const __m128 pairs = _mm_add_ps(v, _mm_movehl_ps(v, v));
    return _mm_cvtss_f32(_mm_add_ss(pairs, _mm_shuffle_ps(pairs, pairs, 1)));
}
#endif

// As many accumulators as the registers hold: R rows of C by T packets of columns, plus the T packets
// of B and the broadcast of A that feed them (8 × 3 + 3 + 1 = 28 of AVX-512's 32 registers; 4 × 3 + 3 + 1
// = 16 of AVX2's). More would spill to memory inside the innermost loop.
constexpr int kStripRows = kRegisters >= 32 ? 8 : 4;
constexpr int kTilePackets = 3;

// C(R × T·lanes) = A(R × K)·B(K × T·lanes), the pointers at the tile's first row and column: per k,
// T loads of B and R broadcasts of A feed R·T multiply-adds into registers.
template <int R, int T>
void tile(int64_t k, const float* a, int64_t aRow, int64_t aCol, const float* b, int64_t ldb, float* c,
          int64_t ldc) {
    // Unrolled by hand-placed pragmas: left as loops, GCC copies the accumulators through the stack
    // before storing them, which costs as much as the products when K is small.
    Packet acc[R][T];
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
        for (int t = 0; t < T; ++t) acc[r][t] = zero();
    for (int64_t q = 0; q < k; ++q) {
        Packet bv[T];
        for (int t = 0; t < T; ++t) bv[t] = load(b + q * ldb + t * kLanes);
        for (int r = 0; r < R; ++r) {
            const Packet av = broadcast(a[r * aRow + q * aCol]);
            for (int t = 0; t < T; ++t) acc[r][t] = multiplyAdd(av, bv[t], acc[r][t]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
        for (int t = 0; t < T; ++t) store(c + r * ldc + t * kLanes, acc[r][t]);
}

// Every row of C for one column tile, strip by strip: the tile's K × T·lanes slice of B, read by each
// strip in turn, stays in the core's cache instead of coming from L2 once per strip.
template <int T>
void columnTile(int64_t m, int64_t k, const float* a, int64_t aRow, int64_t aCol, const float* b, int64_t ldb,
                float* c, int64_t ldc) {
    int64_t i = 0;
    for (; i + kStripRows <= m; i += kStripRows)
        tile<kStripRows, T>(k, a + i * aRow, aRow, aCol, b, ldb, c + i * ldc, ldc);
    const float* ar = a + i * aRow;
    float* cr = c + i * ldc;
    switch (m - i) {
    case 7:
        if constexpr (kStripRows > 7) tile<7, T>(k, ar, aRow, aCol, b, ldb, cr, ldc);
        break;
    case 6:
        if constexpr (kStripRows > 6) tile<6, T>(k, ar, aRow, aCol, b, ldb, cr, ldc);
        break;
    case 5:
        if constexpr (kStripRows > 5) tile<5, T>(k, ar, aRow, aCol, b, ldb, cr, ldc);
        break;
    case 4:
        if constexpr (kStripRows > 4) tile<4, T>(k, ar, aRow, aCol, b, ldb, cr, ldc);
        break;
    case 3: tile<3, T>(k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 2: tile<2, T>(k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 1: tile<1, T>(k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    default: break;
    }
}

// R rows of A against S rows of B: R·S packet accumulators, summed across lanes at the end.
template <int R, int S>
void dotBlock(int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb, float* c, int64_t ldc) {
    Packet acc[R][S];
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
        for (int s = 0; s < S; ++s) acc[r][s] = zero();
    int64_t q = 0;
    for (; q + kLanes <= k; q += kLanes) {
        Packet bv[S];
        for (int s = 0; s < S; ++s) bv[s] = load(b + s * ldb + q);
        for (int r = 0; r < R; ++r) {
            const Packet av = load(a + r * lda + q);
            for (int s = 0; s < S; ++s) acc[r][s] = multiplyAdd(av, bv[s], acc[r][s]);
        }
    }
    for (int r = 0; r < R; ++r)
        for (int s = 0; s < S; ++s) {
            float total = sum(acc[r][s]);
            for (int64_t t = q; t < k; ++t) total += a[r * lda + t] * b[s * ldb + t];
            c[r * ldc + s] += total;
        }
}

template <int R>
void dotRows(int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb, float* c,
             int64_t ldc) {
    constexpr int S = 4;
    int64_t j = 0;
    for (; j + S <= n; j += S) dotBlock<R, S>(k, a, lda, b + j * ldb, ldb, c + j, ldc);
    switch (n - j) {
    case 3: dotBlock<R, 3>(k, a, lda, b + j * ldb, ldb, c + j, ldc); break;
    case 2: dotBlock<R, 2>(k, a, lda, b + j * ldb, ldb, c + j, ldc); break;
    case 1: dotBlock<R, 1>(k, a, lda, b + j * ldb, ldb, c + j, ldc); break;
    default: break;
    }
}

} // namespace

void streamColumns(int64_t m, int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol,
                   const float* b, int64_t ldb, float* c, int64_t ldc) {
    int64_t j = 0;
    for (; j + kTilePackets * kLanes <= n; j += kTilePackets * kLanes)
        columnTile<kTilePackets>(m, k, a, aRow, aCol, b + j, ldb, c + j, ldc);
    // The last columns as one tile as wide as they need, ending at n: it overlaps columns already
    // done, which get the same values again (C is overwritten, not added to). Every tile of a strip
    // costs the same broadcasts of A, so one tile of two or three packets beats two or three of one;
    // and a 14 × 14 image's 196 columns do not end in 4 scalar columns that cost as much as 64 vector
    // ones. Fewer than three packets' worth of columns in all take single packets instead.
    const auto tileEndingAtN = [&]<int T>() {
        columnTile<T>(m, k, a, aRow, aCol, b + n - T * kLanes, ldb, c + n - T * kLanes, ldc);
        j = n;
    };
    const int64_t packets = (n - j + kLanes - 1) / kLanes;
    if (packets == 3 && n >= 3 * kLanes)
        tileEndingAtN.template operator()<3>();
    else if (packets == 2 && n >= 2 * kLanes)
        tileEndingAtN.template operator()<2>();
    else {
        for (; j + kLanes <= n; j += kLanes) columnTile<1>(m, k, a, aRow, aCol, b + j, ldb, c + j, ldc);
        if (j < n && n >= kLanes) tileEndingAtN.template operator()<1>();
    }
    for (; j < n; ++j)
        for (int64_t r = 0; r < m; ++r) {
            float total = 0.0f;
            for (int64_t q = 0; q < k; ++q) total += a[r * aRow + q * aCol] * b[q * ldb + j];
            c[r * ldc + j] = total;
        }
}

void addDots(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb,
             float* c, int64_t ldc) {
    constexpr int64_t R = 4;
    int64_t i = 0;
    for (; i + R <= m; i += R) dotRows<R>(n, k, a + i * lda, lda, b, ldb, c + i * ldc, ldc);
    switch (m - i) {
    case 3: dotRows<3>(n, k, a + i * lda, lda, b, ldb, c + i * ldc, ldc); break;
    case 2: dotRows<2>(n, k, a + i * lda, lda, b, ldb, c + i * ldc, ldc); break;
    case 1: dotRows<1>(n, k, a + i * lda, lda, b, ldb, c + i * ldc, ldc); break;
    default: break;
    }
}

const char* instructionSet() { return kInstructionSet; }

} // namespace nw::NW_KERNEL_VARIANT
