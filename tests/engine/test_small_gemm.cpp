// The register-blocked products convolutions use against Eigen's, over shapes that reach every
// row group, every column tail and every remainder of the dot-product blocks: the copy chosen for this
// CPU, and each compiled copy this CPU can run (the AVX-512 one beside the build's own).
// The same for the Winograd transforms.

#include "engine/core/tensor.h"
#include "engine/layers/small_gemm.h"
#include "engine/layers/small_gemm_kernels.h"
#include "engine/layers/winograd.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

#include <string>
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
            for (int64_t n : {1, 7, 16, 20, 33, 48, 49, 70, 90, 100, 196, 200, 210})
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

// The Winograd transforms (both tile sizes) of every copy this CPU can run give the chosen copy's
// values (the chosen one is checked against direct loops in test_conv_pool.cpp), on odd sizes and
// with and without padding.
TEST(WinogradKernels, EveryCopyGivesTheChosenCopysValues) {
    struct Copy {
        std::string name;
        decltype(&kernels_base::winogradInput) input;
        decltype(&kernels_base::winogradOutput) output;
        decltype(&kernels_base::winogradOutputGrad) outputGrad;
        decltype(&kernels_base::winogradInputGrad) inputGrad;
    };
    const auto copiesFor = [](int64_t tile) {
        std::vector<Copy> copies;
        if (tile == 2)
            copies.push_back({"base", kernels_base::winogradInput, kernels_base::winogradOutput,
                              kernels_base::winogradOutputGrad, kernels_base::winogradInputGrad});
        else
            copies.push_back({"base", kernels_base::winograd4Input, kernels_base::winograd4Output,
                              kernels_base::winograd4OutputGrad, kernels_base::winograd4InputGrad});
#if NW_HAVE_KERNELS_V4
        if (cpuHasAvx512() && tile == 2)
            copies.push_back({"v4", kernels_v4::winogradInput, kernels_v4::winogradOutput,
                              kernels_v4::winogradOutputGrad, kernels_v4::winogradInputGrad});
        if (cpuHasAvx512() && tile == 4)
            copies.push_back({"v4", kernels_v4::winograd4Input, kernels_v4::winograd4Output,
                              kernels_v4::winograd4OutputGrad, kernels_v4::winograd4InputGrad});
#endif
        return copies;
    };
    for (const int64_t tile : {2, 4})
        for (const ConvGeometry& g : {ConvGeometry{8, 9, 7, 16, 3, 1, 1, 9, 7, 1, 1},
                                      ConvGeometry{16, 14, 15, 8, 3, 1, 1, 12, 13, 0, 0}}) {
            SCOPED_TRACE(tile);
            const Winograd3x3 chosen(g, tile);
            const int64_t tiles = chosen.tilesPerSample(), planes = chosen.positions();
            const Tensor x = randomTensor(Shape{g.cin, g.h, g.w}, 7);
            const Tensor dy = randomTensor(Shape{g.cout, g.ho, g.wo}, 8);
            const Tensor m = randomTensor(Shape{planes * g.cout, tiles}, 9);
            const Tensor p = randomTensor(Shape{planes * g.cin, tiles}, 10);
            const Tensor bias = randomTensor(Shape{g.cout}, 11);
            std::vector<float> scratch(static_cast<size_t>(chosen.scratchSize()));
            Tensor v(Shape{planes * g.cin, tiles}), y(dy.shape()), z(m.shape()), dx(x.shape());
            chosen.transformInput(x.data(), v.data(), tiles, scratch.data());
            chosen.transformOutput(m.data(), tiles, bias.data(), y.data(), scratch.data());
            chosen.transformOutputGrad(dy.data(), z.data(), tiles, scratch.data());
            chosen.transformInputGrad(p.data(), tiles, dx.data(), scratch.data());
            const WinogradPlan& plan = chosen.plan();
            for (const Copy& copy : copiesFor(tile)) {
                SCOPED_TRACE(copy.name);
                Tensor v2(v.shape()), y2(y.shape()), z2(z.shape()), dx2(dx.shape());
                copy.input(plan, x.data(), v2.data(), tiles, scratch.data());
                copy.output(plan, m.data(), tiles, bias.data(), y2.data(), scratch.data());
                copy.outputGrad(plan, dy.data(), z2.data(), tiles, scratch.data());
                copy.inputGrad(plan, p.data(), tiles, dx2.data(), scratch.data());
                EXPECT_LT((v2.flat() - v.flat()).cwiseAbs().maxCoeff(), 1e-4f);
                EXPECT_LT((y2.flat() - y.flat()).cwiseAbs().maxCoeff(), 1e-4f);
                EXPECT_LT((z2.flat() - z.flat()).cwiseAbs().maxCoeff(), 1e-4f);
                EXPECT_LT((dx2.flat() - dx.flat()).cwiseAbs().maxCoeff(), 1e-4f);
            }
        }
}
