#include "engine/layers/small_gemm.h"

#include "engine/layers/kernel_variant.h"
#include "engine/layers/small_gemm_kernels.h"

namespace nw {
namespace {

struct SmallGemmKernels {
    decltype(&kernels_base::streamColumns) streamColumns;
    decltype(&kernels_base::addDots) addDots;
    decltype(&kernels_base::instructionSet) instructionSet;
};

SmallGemmKernels choose() {
#if NW_HAVE_KERNELS_V4
    if (runsKernelsV4()) return {kernels_v4::streamColumns, kernels_v4::addDots, kernels_v4::instructionSet};
#endif
    return {kernels_base::streamColumns, kernels_base::addDots, kernels_base::instructionSet};
}

const SmallGemmKernels& kernels() {
    static const SmallGemmKernels chosen = choose();
    return chosen;
}

} // namespace

void gemmStreamColumns(int64_t m, int64_t n, int64_t k, const float* a, int64_t aRow, int64_t aCol,
                       const float* b, int64_t ldb, float* c, int64_t ldc) {
    kernels().streamColumns(m, n, k, a, aRow, aCol, b, ldb, c, ldc);
}

void gemmAddDots(int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b, int64_t ldb,
                 float* c, int64_t ldc) {
    kernels().addDots(m, n, k, a, lda, b, ldb, c, ldc);
}

const char* smallGemmInstructionSet() { return kernels().instructionSet(); }

} // namespace nw
