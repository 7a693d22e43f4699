#pragma once

// Not read by moc: engine headers are fine here.
#include "gui/training/probe_service.h"

#include "engine/io/project.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace nw::gui {

// One training run (or, in Inspect mode, one look at stored weights) on its own worker thread: the
// thread loads the data and compiles the network through TrainingSession, exactly as
// neuroweave-cli does, then runs the Trainer. Progress goes into a locked log that the GUI drains on
// its timer, and parameter snapshots go to a ProbeService for the views. Every method may be called
// from any thread, before the session exists too: commands given early apply once it does.
class TrainingRun {
public:
    enum class Mode { Train, Inspect };
    struct Setup {
        Project project; // a copy: edits to the document cannot reach the run
        std::filesystem::path projectDir;
        Mode mode = Mode::Train;
        // Start from project.weights (trained before) rather than fresh weights from the seed.
        bool fromStoredWeights = false;
        // Start paused with this many single steps allowed: set before the worker starts, so no
        // batch runs before the pause however soon the session is ready.
        bool paused = false;
        int steps = 0;
        // At most this many steps per second (see setStepsPerSecond); 0: as fast as it goes.
        double stepsPerSecond = 0;
        // Make checkpoints at epoch ends (paced by CheckpointPacer) for News::checkpoint.
        bool checkpoints = false;
    };
    explicit TrainingRun(Setup setup);
    ~TrainingRun(); // stops the run and joins its threads

    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    void pause();
    void resume();
    void step(); // exactly one more mini-batch, then paused
    void stop();
    void setLearningRate(double learningRate);
    // At most `rate` steps per second, so that a class can watch the boundary form; 0: as fast as the
    // machine goes. Only the pace changes, never the numbers. Stop, Pause and a new pace end a wait.
    void setStepsPerSecond(double rate);
    void setProbeRequest(const ProbeRequest& request);

    // What happened since the last call.
    struct News {
        std::vector<BatchMetrics> batches; // steps and epochs numbered over the whole training
        std::vector<EpochMetrics> epochs;
        // The newest checkpoint: Setup::project with what TrainingSession::storeCheckpoint stores.
        std::shared_ptr<const Project> checkpoint;
    };
    News take();
    // The session was created (data loaded, network compiled) or failed to be.
    bool isReady() const { return m_ready; }
    // The worker thread has finished: call join() before reading the results below.
    bool isDone() const { return m_done; }
    void join();

    // After join(): why the session could not be made, if it could not.
    const std::optional<Diagnostic>& setupError() const { return m_setupError; }
    StopReason stopReason() const { return m_reason; }
    // After a Diverged stop: the engine's explanation.
    std::optional<Diagnostic> divergence() const;
    // After an EarlyStopped run: the epoch whose weights were kept.
    std::optional<int> bestEpoch() const;
    // After join() without setup error: what TrainingSession::storeResults stores (the weights, the
    // scaling, the whole history with this run's epochs, the state for continuing).
    void storeResults(Project& project) const;
    // Steps and epochs of the history this run continues.
    int64_t baseSteps() const { return m_baseSteps; }
    int baseEpochs() const { return m_baseEpochs; }
    // The epoch the run ends with, once ready (numbered over the whole training).
    int lastEpoch() const { return m_lastEpoch; }
    // Training samples per epoch, once ready.
    int64_t trainSamples() const { return m_trainSamples; }

    std::shared_ptr<const ProbeFrame> latestFrame() const;
    // What ProbeService::takeDistributions gives.
    std::vector<std::shared_ptr<const EpochDistributions>> takeDistributions();
    // Blocks until the probe thread has caught up with every snapshot (tests).
    void waitForProbes();

private:
    class Observer;
    void work();
    double paceOf() const;
    void wakePace(); // with m_mutex held
    // `epoch`: the epochs trained, for a snapshot made at an epoch's end or before the first step
    // (the probes then take the distributions); -1 for one made mid-epoch.
    void publishSnapshot(int64_t step, bool predict, int epoch = -1);

    Setup m_setup;
    int64_t m_baseSteps = 0;
    int m_baseEpochs = 0;
    std::shared_ptr<TrainingSession> m_session;
    std::unique_ptr<ProbeService> m_probes;
    std::atomic<int64_t> m_trainSamples{0};
    std::atomic<int> m_lastEpoch{0};

    mutable std::mutex m_mutex; // guards everything below and the trainer pointer
    Trainer* m_trainer = nullptr;
    bool m_pendingPause = false;
    int m_pendingSteps = 0;
    bool m_pendingStop = false;
    std::optional<double> m_pendingLearningRate;
    double m_stepsPerSecond = 0;
    bool m_stopRequested = false;
    int m_paceChanges = 0;                 // bumped by setStepsPerSecond, pause and stop: a wait ends
    std::condition_variable m_paceChanged; // with m_mutex
    ProbeRequest m_request;
    News m_news;

    std::atomic<bool> m_pausedByUser{false};
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_done{false};
    std::optional<Diagnostic> m_setupError;
    StopReason m_reason = StopReason::Completed;
    std::thread m_worker;
};

} // namespace nw::gui
