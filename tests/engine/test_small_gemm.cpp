// The register-blocked products convolutions use against Eigen's, over shapes that reach every
// row group, every column tail and every remainder of the dot-product blocks: the copy chosen for this
// CPU, and each compiled copy this CPU can run (the AVX-512 one beside the build's own).

#include "engine/core/tensor.h"
#include "engine/layers/small_gemm.h"
#include "engine/layers/small_gemm_kernels.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

#include <vector>

using namespace nw;
using namespace nw::test;

namespace {

// Largest difference relative to the size of the terms summed.
float maxError(const RowMatrix& got, const RowMatrix& expected, int64_t k) {
    return (got - expected).cwiseAbs().maxCoeff() / static_cast<float>(k);
}

struct KernelCopy {
    const char* name;
    decltype(&gemmStreamColumns) streamColumns;
    decltype(&gemmAddDots) addDots;
};

bool cpuHasAvx512() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
}

std::vector<KernelCopy> kernelCopies() {
    std::vector<KernelCopy> copies{{"chosen", gemmStreamColumns, gemmAddDots},
                                   {"base", kernels_base::streamColumns, kernels_base::addDots}};
#if NW_HAVE_KERNELS_V4
    if (cpuHasAvx512()) copies.push_back({"v4", kernels_v4::streamColumns, kernels_v4::addDots});
#endif
    return copies;
}

} // namespace

#if NW_HAVE_KERNELS_V4
// A CPU with AVX-512 runs the AVX-512 copy, whatever the build's own instruction set.
TEST(SmallGemm, ACpuWithAvx512UsesIt) {
    if (!cpuHasAvx512()) GTEST_SKIP() << "this CPU has no AVX-512";
    EXPECT_STREQ(smallGemmInstructionSet(), "avx512");
    EXPECT_STREQ(kernels_v4::instructionSet(), "avx512");
}
#endif

TEST(SmallGemm, StreamColumnsEqualsAProduct) {
    for (const KernelCopy& copy : kernelCopies()) {
        SCOPED_TRACE(copy.name);
        for (int64_t m : {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 16, 32, 64})
            for (int64_t n : {1, 7, 16, 33, 48, 49, 100, 196, 200})
                for (int64_t k : {1, 5, 25, 150}) {
                    const Tensor a = randomTensor(Shape{m, k}, 1), b = randomTensor(Shape{k, n}, 2);
                    RowMatrix c(m, n), cT(k, n);
                    copy.streamColumns(m, n, k, a.data(), k, 1, b.data(), n, c.data(), n);
                    ASSERT_LT(maxError(c, a.matrix() * b.matrix(), k), 1e-6)
                        << m << "×" << k << "·" << k << "×" << n;
                    // Aᵀ through swapped strides: (k×m)ᵀ·(m×n) with A stored as m×k
                    const Tensor bm = randomTensor(Shape{m, n}, 3);
                    copy.streamColumns(k, n, m, a.data(), 1, k, bm.data(), n, cT.data(), n);
                    ASSERT_LT(maxError(cT, a.matrix().transpose() * bm.matrix(), m), 1e-6)
                        << "transposed " << m << " " << n << " " << k;
                }
    }
}

TEST(SmallGemm, AddDotsAddsAProductWithATransposedMatrix) {
    for (const KernelCopy& copy : kernelCopies()) {
        SCOPED_TRACE(copy.name);
        for (int64_t m : {1, 2, 3, 4, 6, 16})
            for (int64_t n : {1, 2, 3, 4, 5, 25, 150})
                for (int64_t k : {1, 15, 16, 17, 600}) {
                    const Tensor a = randomTensor(Shape{m, k}, 4), b = randomTensor(Shape{n, k}, 5);
                    RowMatrix start = randomTensor(Shape{m, n}, 6).matrix();
                    RowMatrix c = start;
                    copy.addDots(m, n, k, a.data(), k, b.data(), k, c.data(), n);
                    ASSERT_LT(maxError(c, start + a.matrix() * b.matrix().transpose(), k), 1e-6)
                        << m << " " << n << " " << k;
                }
    }
}
