#pragma once

// Matrix products of the shapes a small convolution makes, where a general GEMM wastes most of its
// time: one side has only a few rows (Cout = 6 or 16 filters) and the other thousands of columns
// (pixels of a block of samples). Eigen packs the large operand and then runs a kernel tuned for large
// blocks on a 6-wide one, reaching 5–20 GFLOP/s here; these register-blocked loops stream the large
// operand once and keep every partial sum in registers. All matrices are row-major.

#include <cstdint>

namespace nw {

// C(M×N) = A(M×K)·B(K×N), A's element (i, k) at a[i·aRow + k·aCol] (so Aᵀ is a stride swap), B's row k at
// b + k·ldb, C's row i at c + i·ldc. Fast when K is small or M is small; N is streamed.
void gemmStreamColumns(int64_t m, int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol,
                       const float* b, int64_t ldb, float* c, int64_t ldc);

// C(M×N) += A(M×K)·B(N×K)ᵀ: every entry a dot product of a row of A and a row of B along a long K.
void gemmAddDots(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb,
                 float* c, int64_t ldc);

// The instruction set the kernels above run with on this CPU: "avx512", "avx2" or "sse". A portable
// build carries an AVX-512 copy beside its AVX2 one and chooses at the first call.
const char* smallGemmInstructionSet();

} // namespace nw
