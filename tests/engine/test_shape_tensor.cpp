#include "engine/core/rng.h"
#include "engine/core/shape.h"
#include "engine/core/tensor.h"

#include <gtest/gtest.h>

using namespace nw;

TEST(Shape, CountsAndPrintsDimensions) {
    const Shape s{1, 28, 28};
    EXPECT_EQ(s.numel(), 784);
    EXPECT_EQ(s.toString(), "1\u00d728\u00d728");
    EXPECT_EQ(s.withBatch(32), (Shape{32, 1, 28, 28}));
    EXPECT_EQ(s.withBatch(32).withoutBatch(), s);
}

TEST(Tensor, RowsShrinkAndRegrowWithinCapacity) {
    Tensor t(Shape{4, 3});
    EXPECT_EQ(t.rowSize(), 3);
    t.setRows(2);
    EXPECT_EQ(t.size(), 6);
    EXPECT_EQ(t.matrix().rows(), 2);
    t.setRows(4);
    EXPECT_THROW(t.setRows(5), std::logic_error);
}

TEST(Rng, SameSeedSameSequenceDifferentSeedDifferentSequence) {
    Rng a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const uint64_t x = a.next();
        EXPECT_EQ(x, b.next());
        EXPECT_NE(x, c.next());
    }
}

TEST(Rng, UniformAndNormalHaveTheRightMoments) {
    Rng rng(7);
    double sum = 0, sumSquares = 0;
    constexpr int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double x = rng.normal();
        sum += x;
        sumSquares += x * x;
    }
    EXPECT_NEAR(sum / n, 0.0, 0.01);
    EXPECT_NEAR(sumSquares / n, 1.0, 0.02);
    for (int i = 0; i < 1000; ++i) {
        const double u = rng.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        ASSERT_LT(rng.below(5), 5u);
    }
}
