#include "training_loop.h"

#include "progress.h"

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace nw::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) { g_interrupted = 1; }

// Ctrl+C asks the training to stop; the handler resets itself, so a second Ctrl+C ends the process.
class InterruptGuard {
public:
    InterruptGuard() {
        g_interrupted = 0;
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previous);
    }
    ~InterruptGuard() { sigaction(SIGINT, &m_previous, nullptr); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_previous {};
};

// The progress log, and the caller's work at each epoch's end.
class EpochEndObserver final : public TrainingObserver {
public:
    EpochEndObserver(ProgressLog& log, const std::function<void()>& atEpochEnd)
        : m_log(log), m_atEpochEnd(atEpochEnd) {}
    void onBatch(const BatchMetrics& metrics) override { m_log.onBatch(metrics); }
    void onEpoch(const EpochMetrics& metrics) override {
        m_log.onEpoch(metrics);
        if (m_atEpochEnd) m_atEpochEnd();
    }

private:
    ProgressLog& m_log;
    const std::function<void()>& m_atEpochEnd;
};

} // namespace

// Runs the trainer on a worker thread while this thread prints progress and watches for Ctrl+C.
StopReason trainWithProgress(TrainingSession& session, const TrainingSettings& settings,
                             const std::function<void()>& atEpochEnd) {
    ProgressLog log;
    EpochEndObserver observer(log, atEpochEnd);
    ProgressPrinter printer(std::cout, isatty(STDOUT_FILENO) != 0, session.trainer().lastEpoch(),
                            static_cast<int64_t>(session.split().train.size()));
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    StopReason reason = StopReason::Completed;
    InterruptGuard guard;
    std::thread worker([&] {
        // OpenMP's thread count is a per-thread setting: the worker needs its own.
        applyThreadCount(settings.threads);
        reason = session.trainer().run(&observer);
        std::lock_guard lock(mutex);
        done = true;
        finished.notify_all();
    });
    bool stopRequested = false;
    for (bool over = false; !over;) {
        std::unique_lock lock(mutex);
        over = finished.wait_for(lock, std::chrono::milliseconds(100), [&] { return done; });
        lock.unlock();
        if (g_interrupted && !stopRequested) {
            stopRequested = true;
            session.trainer().stop();
        }
        printer.update(log.take());
    }
    worker.join();
    printer.finish();
    return reason;
}

bool interrupted() { return g_interrupted != 0; }

} // namespace nw::cli
