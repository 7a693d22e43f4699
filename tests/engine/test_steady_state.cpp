// A training step allocates nothing once the first steps have sized every buffer: this executable
// replaces malloc with a counting one (a program's own malloc takes the place of the C library's for
// every library it loads, Eigen's and libgomp's included) and counts the calls made by steps of the
// real Trainer on the benchmark's MLP and LeNet shapes, with one and two threads.

#include "engine/data/dataset.h"
#include "engine/train/trainer.h"
#include "tests/engine/graph_builder.h"

#include <atomic>
#include <cstdlib>
#include <gtest/gtest.h>
#include <omp.h>

namespace {
std::atomic<bool> g_counting{false};
std::atomic<int64_t> g_mallocs{0};
} // namespace

// AddressSanitizer and ThreadSanitizer bring their own malloc, which a second one would break: under
// them (make test-asan, make test-tsan) these tests skip, and the ordinary build counts.
// GCC says so with __SANITIZE_*__, clang with __has_feature.
#if !defined(__has_feature)
#define NW_HAS_FEATURE(x) 0
#else
#define NW_HAS_FEATURE(x) __has_feature(x)
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || NW_HAS_FEATURE(address_sanitizer) ||    \
    NW_HAS_FEATURE(thread_sanitizer)
#define NW_SKIP_WITHOUT_COUNTING_MALLOC()                                                                    \
    GTEST_SKIP() << "a sanitizer replaces malloc, so calls to it cannot be counted"
#else
#define NW_SKIP_WITHOUT_COUNTING_MALLOC()
extern "C" void* __libc_malloc(size_t size);

extern "C" void* malloc(size_t size) {
    if (g_counting.load(std::memory_order_relaxed)) g_mallocs.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
#endif

using namespace nw;
using namespace nw::test;

namespace {

// Counts the allocations of the steps after `warmup` (the first steps size the buffers), then stops.
class CountAllocations final : public TrainingObserver {
public:
    CountAllocations(Trainer*& trainer, int64_t warmup, int64_t counted)
        : m_trainer(trainer), m_warmup(warmup), m_last(warmup + counted) {}
    void onBatch(const BatchMetrics& m) override {
        if (m.step == m_warmup) {
            g_mallocs = 0;
            g_counting = true;
        }
        if (m.step == m_last) {
            g_counting = false;
            m_trainer->stop();
        }
    }

private:
    Trainer*& m_trainer;
    int64_t m_warmup, m_last;
};

Dataset randomImages(const Shape& sampleShape, int64_t n) {
    Dataset d;
    d.features = randomTensor(sampleShape.withBatch(n), 3);
    d.targets = Tensor(Shape{n, 1});
    for (int64_t i = 0; i < n; ++i) d.targets[i] = static_cast<float>(i % 10);
    d.numClasses = 10;
    return d;
}

int64_t allocationsPerTenSteps(const GraphBuilder& b, const Shape& sampleShape, int threads) {
    omp_set_num_threads(threads);
    const Dataset data = randomImages(sampleShape, 64 * 20);
    DataSplit split;
    for (int64_t i = 0; i < data.size(); ++i) split.train.push_back(i);
    TrainingSettings settings;
    settings.batchSize = 64;
    settings.epochs = 2;
    auto network = b.compile(64);
    Trainer trainer(*network, data, split, settings);
    Trainer* self = &trainer;
    CountAllocations counter(self, 5, 10);
    trainer.run(&counter);
    return g_mallocs.load();
}

GraphBuilder mlp() {
    GraphBuilder b;
    NodeId x = b.input(Shape{784});
    for (const int64_t units : {256, 128}) {
        x = b.add(LayerKind::Dense, {x}, {{"units", units}});
        x = b.add(LayerKind::ReLU, {x});
    }
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{10}}});
    b.add(LayerKind::Softmax, {x});
    return b;
}

GraphBuilder leNet() {
    GraphBuilder b;
    NodeId x = b.input(Shape{1, 28, 28});
    for (const int64_t filters : {6, 16}) {
        x = b.add(LayerKind::Conv2D, {x}, {{"filters", filters}, {"kernel", int64_t{5}}});
        x = b.add(LayerKind::ReLU, {x});
        x = b.add(LayerKind::MaxPool2D, {x});
    }
    x = b.add(LayerKind::Flatten, {x});
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{120}}});
    x = b.add(LayerKind::ReLU, {x});
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{10}}});
    b.add(LayerKind::Softmax, {x});
    return b;
}

} // namespace

TEST(SteadyState, TheCountingMallocSeesAllocations) {
    NW_SKIP_WITHOUT_COUNTING_MALLOC();
    g_mallocs = 0;
    g_counting = true;
    void* p = std::malloc(100);
    g_counting = false;
    std::free(p);
    EXPECT_EQ(g_mallocs.load(), 1);
}

TEST(SteadyState, TrainingStepsOfAnMlpAllocateNothing) {
    NW_SKIP_WITHOUT_COUNTING_MALLOC();
    const int saved = omp_get_max_threads();
    EXPECT_EQ(allocationsPerTenSteps(mlp(), Shape{784}, 1), 0);
    EXPECT_EQ(allocationsPerTenSteps(mlp(), Shape{784}, 2), 0);
    omp_set_num_threads(saved);
}

TEST(SteadyState, TrainingStepsOfACnnAllocateNothing) {
    NW_SKIP_WITHOUT_COUNTING_MALLOC();
    const int saved = omp_get_max_threads();
    EXPECT_EQ(allocationsPerTenSteps(leNet(), Shape{1, 28, 28}, 1), 0);
    EXPECT_EQ(allocationsPerTenSteps(leNet(), Shape{1, 28, 28}, 2), 0);
    omp_set_num_threads(saved);
}
