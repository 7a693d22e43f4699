#include "engine/data/dataset_spec.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace nw;

TEST(Synthetic, EveryKindHasTheRequestedSizeAndValidTargets) {
    EXPECT_EQ(syntheticKinds().size(), 6u);
    for (SyntheticKind kind : syntheticKinds()) {
        SyntheticSpec spec;
        spec.kind = kind;
        spec.samples = 301;
        spec.noise = 0.2;
        const Dataset d = makeSynthetic(spec);
        EXPECT_EQ(d.size(), 301) << toString(kind);
        EXPECT_EQ(syntheticKindFromString(toString(kind)), kind);
        EXPECT_TRUE(d.features.flat().allFinite());
        if (d.task == TaskKind::Classification)
            for (int64_t i = 0; i < d.size(); ++i) {
                ASSERT_GE(d.targets[i], 0);
                ASSERT_LT(d.targets[i], d.numClasses);
            }
    }
}

TEST(Synthetic, SameSeedSameDataDifferentSeedDifferentData) {
    SyntheticSpec spec;
    spec.kind = SyntheticKind::Circles;
    const Dataset a = makeSynthetic(spec);
    EXPECT_EQ(a.features, makeSynthetic(spec).features);
    spec.seed = 2;
    EXPECT_FALSE(a.features == makeSynthetic(spec).features);
}

TEST(Synthetic, CirclesLabelTheInnerDiscOne) {
    SyntheticSpec spec;
    spec.kind = SyntheticKind::Circles;
    const Dataset d = makeSynthetic(spec);
    for (int64_t i = 0; i < d.size(); ++i) {
        const double r = std::hypot(d.features.row(i)[0], d.features.row(i)[1]);
        EXPECT_EQ(d.targets[i], r < 2.5 ? 1.0f : 0.0f);
    }
}

TEST(Synthetic, XorLabelsFollowTheQuadrant) {
    SyntheticSpec spec;
    spec.kind = SyntheticKind::Xor;
    const Dataset d = makeSynthetic(spec);
    for (int64_t i = 0; i < d.size(); ++i)
        EXPECT_EQ(d.targets[i], d.features.row(i)[0] * d.features.row(i)[1] >= 0 ? 1.0f : 0.0f);
}

TEST(Split, IsASeededPartition) {
    const DataSplit s = splitDataset(100, 0.2, 0.0, 4);
    EXPECT_EQ(s.train.size(), 80u);
    EXPECT_EQ(s.validation.size(), 20u);
    std::vector<int64_t> all = s.train;
    all.insert(all.end(), s.validation.begin(), s.validation.end());
    std::sort(all.begin(), all.end());
    for (int64_t i = 0; i < 100; ++i) EXPECT_EQ(all[static_cast<size_t>(i)], i);
    EXPECT_EQ(splitDataset(100, 0.2, 0.0, 4).train, s.train);
    EXPECT_NE(splitDataset(100, 0.2, 0.0, 5).train, s.train);
}

TEST(Batches, GatherCopiesTheChosenRows) {
    SyntheticSpec spec;
    spec.samples = 10;
    const Dataset d = makeSynthetic(spec);
    Tensor f(Shape{4, 2}), t(Shape{4, 1});
    const int64_t rows[] = {7, 2};
    gatherBatch(d, rows, f, t);
    EXPECT_EQ(f.rows(), 2);
    EXPECT_EQ(f.row(0)[1], d.features.row(7)[1]);
    EXPECT_EQ(t.row(1)[0], d.targets.row(2)[0]);
}
