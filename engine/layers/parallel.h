#pragma once

// Threads and scratch memory for the kernels that loop over a batch (Conv2D, pooling) or over
// large arrays (optimizers).

#include <Eigen/Core>
#include <algorithm>
#include <cstdint>
#include <omp.h>
#include <vector>

namespace nw {

// Below this much work (FLOPs of one call) a parallel region costs more than it saves: starting a
// team and joining it is a few microseconds, which a small layer finishes alone in less.
inline constexpr int64_t kMinParallelFlops = int64_t{1} << 18;

inline bool worthThreads(int64_t flops, int64_t items) {
    return items > 1 && flops >= kMinParallelFlops && omp_get_max_threads() > 1;
}

// Runs fn(thread, threads) on every thread of a parallel region when `parallel`, else fn(0, 1) right
// here. Not entering OpenMP at all matters: even a region with a false if-clause makes libgomp build
// and tear down a team (an allocation and a futex call), which costs more than a small layer's work.
template <class Fn>
void onThreads(bool parallel, Fn&& fn) {
    if (!parallel) return fn(0, 1);
#pragma omp parallel
    fn(omp_get_thread_num(), omp_get_num_threads());
}

// The items [begin, end) of `count` that thread `thread` of `threads` works on: contiguous runs, so
// the work and the order of every sum depend only on the thread count.
struct ThreadShare {
    int64_t begin, end;
    ThreadShare(int64_t count, int thread, int threads)
        : begin(count * thread / threads), end(count * (thread + 1) / threads) {}
};

// body(i) for i in [0, count), the range split into contiguous runs over the threads when `parallel`.
template <class Body>
void parallelFor(int64_t count, bool parallel, Body&& body) {
    onThreads(parallel, [&](int thread, int threads) {
        const ThreadShare share(count, thread, threads);
        for (int64_t i = share.begin; i < share.end; ++i) body(i);
    });
}

// Element-wise passes move 8 to 12 bytes per value and compute almost nothing, so they are judged by
// the values they touch: worth threads from 64k values (a quarter of kMinParallelFlops).
inline constexpr int64_t kStreamCostPerValue = 4;

// body(begin, end) over [0, count) split into one contiguous run per thread when `parallel`; the runs
// start on 16-value (64-byte) boundaries so that no two threads write the same cache line.
template <class Body>
void parallelRuns(int64_t count, bool parallel, Body&& body) {
    onThreads(parallel, [&](int thread, int threads) {
        const int64_t lines = (count + 15) / 16;
        const ThreadShare share(lines, thread, threads);
        body(std::min(count, share.begin * 16), std::min(count, share.end * 16));
    });
}

// An element-wise pass over `count` values with `flopsPerValue` FLOPs each, threaded when that pays.
template <class Body>
void streamValues(int64_t count, int64_t flopsPerValue, Body&& body) {
    parallelRuns(count, worthThreads((kStreamCostPerValue + flopsPerValue) * count, count), body);
}

// Float scratch for every thread OpenMP may start, sized on first use and kept, so a steady training
// step allocates nothing. Each thread's block starts on a 64-byte boundary.
class ThreadScratch {
public:
    void reserve(int64_t perThread) {
        m_stride = (perThread + 15) / 16 * 16;
        const auto needed = static_cast<size_t>(m_stride * omp_get_max_threads());
        if (m_data.size() < needed) m_data.resize(needed);
    }
    float* forThread(int thread) { return m_data.data() + thread * m_stride; }
    int64_t threads() const { return m_stride ? static_cast<int64_t>(m_data.size()) / m_stride : 0; }

private:
    int64_t m_stride = 0;
    std::vector<float, Eigen::aligned_allocator<float>> m_data;
};

} // namespace nw
