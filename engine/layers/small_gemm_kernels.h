#pragma once

// The kernels behind small_gemm.h. engine/CMakeLists.txt compiles small_gemm_kernels.cpp once for the
// build's instruction set (kernels_base) and, in a portable build, once more for x86-64-v4 with
// AVX-512 (kernels_v4); small_gemm.cpp picks one when first used. Each copy lives in its own namespace
// and uses no inline function shared with other files, so the linker can never mix the two.

#include <cstdint>

#define NW_DECLARE_SMALL_GEMM_KERNELS(variant)                                                               \
    namespace nw::variant {                                                                                  \
    void streamColumns(int64_t m, int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol,          \
                       const float* b, int64_t ldb, float* c, int64_t ldc);                                  \
    void addDots(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb,  \
                 float* c, int64_t ldc);                                                                     \
    const char* instructionSet();                                                                            \
    }

NW_DECLARE_SMALL_GEMM_KERNELS(kernels_base)
NW_DECLARE_SMALL_GEMM_KERNELS(kernels_v4)
