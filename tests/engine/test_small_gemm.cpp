// The register-blocked products convolutions use against Eigen's, over shapes that reach every
// row group, every column tail and every remainder of the dot-product blocks.

#include "engine/core/tensor.h"
#include "engine/layers/small_gemm.h"
#include "tests/engine/graph_builder.h"

#include <gtest/gtest.h>

using namespace nw;
using namespace nw::test;

namespace {

// Largest difference relative to the size of the terms summed.
float maxError(const RowMatrix& got, const RowMatrix& expected, int64_t k) {
    return (got - expected).cwiseAbs().maxCoeff() / static_cast<float>(k);
}

} // namespace

TEST(SmallGemm, StreamColumnsEqualsAProduct) {
    for (int64_t m : {1, 2, 3, 4, 5, 6, 7, 11, 16})
        for (int64_t n : {1, 7, 16, 33, 100, 200})
            for (int64_t k : {1, 5, 25, 150}) {
                const Tensor a = randomTensor(Shape{m, k}, 1), b = randomTensor(Shape{k, n}, 2);
                RowMatrix c(m, n), cT(k, n);
                gemmStreamColumns(m, n, k, a.data(), k, 1, b.data(), n, c.data(), n);
                ASSERT_LT(maxError(c, a.matrix() * b.matrix(), k), 1e-6)
                    << m << "×" << k << "·" << k << "×" << n;
                // Aᵀ through swapped strides: (k×m)ᵀ·(m×n) with A stored as m×k
                const Tensor bm = randomTensor(Shape{m, n}, 3);
                gemmStreamColumns(k, n, m, a.data(), 1, k, bm.data(), n, cT.data(), n);
                ASSERT_LT(maxError(cT, a.matrix().transpose() * bm.matrix(), m), 1e-6)
                    << "transposed " << m << " " << n << " " << k;
            }
}

TEST(SmallGemm, AddDotsAddsAProductWithATransposedMatrix) {
    for (int64_t m : {1, 2, 3, 4, 6, 16})
        for (int64_t n : {1, 2, 3, 4, 5, 25, 150})
            for (int64_t k : {1, 15, 16, 17, 600}) {
                const Tensor a = randomTensor(Shape{m, k}, 4), b = randomTensor(Shape{n, k}, 5);
                RowMatrix start = randomTensor(Shape{m, n}, 6).matrix();
                RowMatrix c = start;
                gemmAddDots(m, n, k, a.data(), k, b.data(), k, c.data(), n);
                ASSERT_LT(maxError(c, start + a.matrix() * b.matrix().transpose(), k), 1e-6)
                    << m << " " << n << " " << k;
            }
}
