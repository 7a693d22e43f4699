#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/losses/loss.h"
#include "engine/optim/optimizer.h"
#include "engine/runtime/network.h"
#include "engine/train/metrics.h"
#include "engine/train/training_settings.h"
#include "engine/train/training_state.h"

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>

namespace nw {

// Completed: every planned epoch ran. EarlyStopped: the watched validation figure stopped improving.
enum class StopReason { Completed, Stopped, Diverged, EarlyStopped };

// Receives progress from the training thread. Implementations must be quick and must not block:
// the Trainer calls them between steps.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onBatch(const BatchMetrics&) {}
    virtual void onEpoch(const EpochMetrics&) {}
    virtual void onFinished(StopReason, const Diagnostic* /*divergence*/) {}
};

// Loss and accuracy of a network over some samples, in batches of the network's size.
struct Evaluation {
    double loss = 0;
    double accuracy = 0; // NaN for regression
};
Evaluation evaluate(Network& network, const Dataset& data, std::span<const int64_t> indices, LossKind loss);

// Whether every gradient value of `params` is finite: the check before each update, threaded over
// large parameters.
bool gradientsFinite(std::span<const Param> params);

// Runs the loop batch -> forward -> loss -> backward -> optimizer step -> observer. run() blocks
// the calling thread (a worker); the command methods may be called from any other thread and take
// effect between steps. The same network weights, data, split and settings give the same numbers.
class Trainer {
public:
    Trainer(Network& network, const Dataset& data, const DataSplit& split, const TrainingSettings& settings);
    ~Trainer();

    // Before run(): go on from an earlier run's history and state instead of from the start (the
    // network already holds that run's weights). The stored optimizer state is taken over when it
    // fits; when the optimizer was changed since, its state starts afresh and the returned note says
    // so. An unfinished epoch is finished first when the batch size and data are unchanged.
    std::optional<std::string> continueFrom(const MetricHistory& history, const TrainingState* state);

    StopReason run(TrainingObserver* observer = nullptr);

    void pause();
    void resume();
    void step(); // while paused: run exactly one mini-batch, then pause again
    void stop();
    void setLearningRate(double learningRate);
    // Blocks until no batch is under way or allowed: run() waits for a command (paused, every
    // step() taken) or is not running. Lets another thread know that nothing more trains until it
    // calls resume(), step() or stop() (tests).
    void waitUntilIdle();

    // The whole history: a continued run's earlier epochs and steps first.
    const MetricHistory& history() const { return m_history; }
    // What continuing this training later needs (call when run() has returned).
    TrainingState state() const;
    // The epochs run() trains: from firstEpoch() to lastEpoch(), numbered over the whole training.
    int firstEpoch() const { return static_cast<int>(m_history.epochs.size()) + 1; }
    int lastEpoch() const { return m_lastEpoch; }
    // How the last run() ended (Completed before any).
    StopReason lastStopReason() const { return m_lastReason; }
    // After an EarlyStopped run: the epoch whose weights were kept (restored when the settings say so).
    std::optional<int> bestEpoch() const { return m_bestEpoch; }
    // When run() returned Diverged: why, with the step and the loss value.
    const std::optional<Diagnostic>& divergence() const { return m_divergence; }

private:
    bool waitForPermission(); // false when stopped
    bool mayTrain() const;    // with m_mutex held: a command lets run() go on
    void setRunning(bool running);
    bool trainStep(int epoch, int64_t batchIndex, std::span<const int64_t> indices, double& loss,
                   int64_t& correct);
    double currentLearningRate() const; // the step about to run: the base rate times the schedule
    void clipGradients();
    // At an epoch's end: true when early stopping ends the run (the best weights then restored).
    bool stopsEarly(const EpochMetrics& metrics);

    Network& m_network;
    const Dataset& m_data;
    DataSplit m_split;
    TrainingSettings m_settings;
    std::unique_ptr<Loss> m_loss;
    std::vector<Param> m_params; // collected once: Layer::params() builds a fresh list per call
    std::unique_ptr<Optimizer> m_optimizer;
    bool m_fromLogits = false;
    Tensor m_batchFeatures;
    Tensor m_batchTargets;
    Tensor m_lossGrad;
    MetricHistory m_history;
    std::optional<Diagnostic> m_divergence;
    int64_t m_batchesPerEpoch = 0; // mini-batches of the training split, the last one maybe short
    int m_lastEpoch = 0;
    StopReason m_lastReason = StopReason::Completed;
    double m_stepRate = 0; // the learning rate of the step under way
    int m_scheduleEpochs = 0;
    // The epoch under way: batches done, their loss summed over rows and their correct predictions.
    int64_t m_epochBatches = 0;
    double m_epochLossSum = 0;
    int64_t m_epochCorrect = 0;
    // Early stopping: the best value so far (lower is better; accuracy is negated), its epoch and
    // weights.
    double m_bestValue = INFINITY;
    int m_bestEpochSeen = 0;
    std::optional<int> m_bestEpoch; // set when early stopping ended the run
    std::vector<Tensor> m_bestParams;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle; // waitUntilIdle() waits on it
    bool m_paused = false;
    int64_t m_singleSteps = 0;
    bool m_running = false; // run() is going
    bool m_waiting = false; // run() is blocked in waitForPermission()
    std::atomic<bool> m_stopRequested{false};
    std::atomic<double> m_learningRate;
};

} // namespace nw
