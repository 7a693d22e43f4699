#include "engine/layers/small_gemm.h"

#include <Eigen/Core>

namespace nw {
namespace {

using Packet = Eigen::internal::packet_traits<float>::type;
constexpr int64_t kLanes = sizeof(Packet) / sizeof(float);

using Eigen::internal::pmadd;
using Eigen::internal::pset1;
using Eigen::internal::pzero;

Packet load(const float* p) { return Eigen::internal::ploadu<Packet>(p); }
void store(float* p, const Packet& v) { Eigen::internal::pstoreu(p, v); }

// R rows of C, T packets of columns at a time: per k, T loads of B and R broadcasts of A feed R·T
// multiply-adds into registers.
template <int R>
void streamRows(int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol, const float* b, int64_t ldb,
                float* c, int64_t ldc) {
    constexpr int T = R <= 3 ? 4 : 3;
    int64_t j = 0;
    for (; j + T * kLanes <= n; j += T * kLanes) {
        Packet acc[R][T];
        for (int r = 0; r < R; ++r)
            for (int t = 0; t < T; ++t) acc[r][t] = pzero(Packet{});
        for (int64_t q = 0; q < k; ++q) {
            Packet bv[T];
            for (int t = 0; t < T; ++t) bv[t] = load(b + q * ldb + j + t * kLanes);
            for (int r = 0; r < R; ++r) {
                const Packet av = pset1<Packet>(a[r * aRow + q * aCol]);
                for (int t = 0; t < T; ++t) acc[r][t] = pmadd(av, bv[t], acc[r][t]);
            }
        }
        for (int r = 0; r < R; ++r)
            for (int t = 0; t < T; ++t) store(c + r * ldc + j + t * kLanes, acc[r][t]);
    }
    for (; j + kLanes <= n; j += kLanes) {
        Packet acc[R];
        for (int r = 0; r < R; ++r) acc[r] = pzero(Packet{});
        for (int64_t q = 0; q < k; ++q) {
            const Packet bv = load(b + q * ldb + j);
            for (int r = 0; r < R; ++r) acc[r] = pmadd(pset1<Packet>(a[r * aRow + q * aCol]), bv, acc[r]);
        }
        for (int r = 0; r < R; ++r) store(c + r * ldc + j, acc[r]);
    }
    for (; j < n; ++j)
        for (int r = 0; r < R; ++r) {
            float sum = 0.0f;
            for (int64_t q = 0; q < k; ++q) sum += a[r * aRow + q * aCol] * b[q * ldb + j];
            c[r * ldc + j] = sum;
        }
}

// R rows of A against S rows of B: R·S packet accumulators, summed across lanes at the end.
template <int R, int S>
void dotBlock(int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb, float* c, int64_t ldc) {
    Packet acc[R][S];
    for (int r = 0; r < R; ++r)
        for (int s = 0; s < S; ++s) acc[r][s] = pzero(Packet{});
    int64_t q = 0;
    for (; q + kLanes <= k; q += kLanes) {
        Packet bv[S];
        for (int s = 0; s < S; ++s) bv[s] = load(b + s * ldb + q);
        for (int r = 0; r < R; ++r) {
            const Packet av = load(a + r * lda + q);
            for (int s = 0; s < S; ++s) acc[r][s] = pmadd(av, bv[s], acc[r][s]);
        }
    }
    for (int r = 0; r < R; ++r)
        for (int s = 0; s < S; ++s) {
            float sum = Eigen::internal::predux(acc[r][s]);
            for (int64_t t = q; t < k; ++t) sum += a[r * lda + t] * b[s * ldb + t];
            c[r * ldc + s] += sum;
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

void gemmStreamColumns(int64_t m, int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol,
                       const float* b, int64_t ldb, float* c, int64_t ldc) {
    constexpr int64_t R = 6;
    int64_t i = 0;
    for (; i + R <= m; i += R) streamRows<R>(n, k, a + i * aRow, aRow, aCol, b, ldb, c + i * ldc, ldc);
    const float* ar = a + i * aRow;
    float* cr = c + i * ldc;
    switch (m - i) {
    case 5: streamRows<5>(n, k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 4: streamRows<4>(n, k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 3: streamRows<3>(n, k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 2: streamRows<2>(n, k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    case 1: streamRows<1>(n, k, ar, aRow, aCol, b, ldb, cr, ldc); break;
    default: break;
    }
}

void gemmAddDots(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb,
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

} // namespace nw
