#include "engine/train/trainer.h"

#include "engine/core/rng.h"
#include "engine/layers/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>

namespace nw {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Derives the shuffle's random stream from the seed, apart from the weights' streams.
constexpr uint64_t kShuffleTag = 0x5348554646ull << 20;

bool isClassification(const Dataset& data) { return data.task == TaskKind::Classification; }

// Whether the loss can work on the network's logits (see Network::logits()).
bool lossFuses(Network& network, const Loss& loss) {
    return network.logits() && loss.fusedActivation() == network.outputKind();
}

} // namespace

// Every step reads all the gradients once here: split over the threads like the other element-wise
// passes, so the check does not leave a core idle. A thread only ever writes `finite` when it finds
// a value that is not, so the threads do not contend for it.
bool gradientsFinite(std::span<const Param> params) {
    for (const Param& p : params) {
        const float* grad = p.grad->data();
        std::atomic<bool> finite{true};
        streamValues(p.grad->size(), 0, [&](int64_t begin, int64_t end) {
            if (!Eigen::Map<const Eigen::ArrayXf>(grad + begin, end - begin).allFinite())
                finite.store(false, std::memory_order_relaxed);
        });
        if (!finite.load(std::memory_order_relaxed)) return false;
    }
    return true;
}

Evaluation evaluate(Network& network, const Dataset& data, std::span<const int64_t> indices,
                    LossKind lossKind) {
    if (indices.empty()) return {kNaN, kNaN};
    const int64_t batch = network.maxBatch();
    Tensor features(data.sampleShape().withBatch(batch));
    Tensor targets(Shape{batch, data.targetWidth()});
    Tensor grad(network.outputShape().withBatch(batch));
    // Evaluation reports the loss of the network's output as it is, so no fusion here.
    const std::unique_ptr<Loss> loss = makeLoss(lossKind, false);
    double totalLoss = 0;
    int64_t correct = 0;
    for (size_t start = 0; start < indices.size(); start += static_cast<size_t>(batch)) {
        const auto chunk =
            indices.subspan(start, std::min<size_t>(static_cast<size_t>(batch), indices.size() - start));
        gatherBatch(data, chunk, features, targets);
        const Tensor& out = network.forward(features, false);
        grad.setRows(out.rows());
        totalLoss += loss->compute(out, targets, grad) * static_cast<double>(chunk.size());
        if (isClassification(data)) correct += countCorrect(out, targets);
    }
    const auto n = static_cast<double>(indices.size());
    return {totalLoss / n, isClassification(data) ? static_cast<double>(correct) / n : kNaN};
}

Trainer::Trainer(Network& network, const Dataset& data, const DataSplit& split,
                 const TrainingSettings& settings)
    : m_network(network), m_data(data), m_split(split), m_settings(settings), m_lastEpoch(settings.epochs),
      m_learningRate(settings.optimizer.learningRate) {
    m_loss = makeLoss(settings.loss, false);
    m_fromLogits = lossFuses(network, *m_loss);
    if (m_fromLogits) m_loss = makeLoss(settings.loss, true);
    m_params = network.params();
    m_optimizer = makeOptimizer(settings.optimizer, m_params);
    const int64_t batch = network.maxBatch();
    m_batchFeatures = Tensor(data.sampleShape().withBatch(batch));
    m_batchTargets = Tensor(Shape{batch, data.targetWidth()});
    m_lossGrad = Tensor(network.outputShape().withBatch(batch));
    m_batchesPerEpoch = (static_cast<int64_t>(split.train.size()) + batch - 1) / batch;
}

Trainer::~Trainer() = default;

void Trainer::pause() {
    std::lock_guard lock(m_mutex);
    m_paused = true;
}

void Trainer::resume() {
    {
        std::lock_guard lock(m_mutex);
        m_paused = false;
        m_singleSteps = 0;
    }
    m_wake.notify_all();
}

void Trainer::step() {
    {
        std::lock_guard lock(m_mutex);
        m_paused = true;
        ++m_singleSteps;
    }
    m_wake.notify_all();
}

void Trainer::stop() {
    {
        // Under the lock: set between a waiting run()'s check and its sleep, the request would be missed.
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
}

void Trainer::setLearningRate(double learningRate) { m_learningRate = learningRate; }

void Trainer::waitUntilIdle() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] { return !m_running || (m_waiting && !mayTrain()); });
}

bool Trainer::mayTrain() const { return m_stopRequested || !m_paused || m_singleSteps > 0; }

void Trainer::setRunning(bool running) {
    {
        std::lock_guard lock(m_mutex);
        m_running = running;
    }
    m_idle.notify_all();
}

bool Trainer::waitForPermission() {
    std::unique_lock lock(m_mutex);
    if (!mayTrain()) {
        m_waiting = true;
        m_idle.notify_all();
        m_wake.wait(lock, [&] { return mayTrain(); });
        m_waiting = false;
    }
    if (m_stopRequested) return false;
    if (m_paused) --m_singleSteps;
    return true;
}

std::optional<std::string> Trainer::continueFrom(const MetricHistory& history, const TrainingState* state) {
    m_history = history;
    const int done = static_cast<int>(m_history.epochs.size());
    m_lastEpoch = done + m_settings.epochs;
    if (!state) return std::nullopt;
    // A run that stopped before its planned end is finished first; a finished one goes on for the
    // epochs set now.
    if (state->plannedEpochs > done) m_lastEpoch = state->plannedEpochs;
    if (state->scheduleEpochs > 0) m_scheduleEpochs = state->scheduleEpochs;
    if (state->epochBatches > 0 && state->epochBatches < m_batchesPerEpoch) {
        m_epochBatches = state->epochBatches;
        m_epochLossSum = state->epochLossSum;
        m_epochCorrect = state->epochCorrect;
        m_lastEpoch = std::max(m_lastEpoch, done + 1);
    }
    if (state->optimizer.kind != m_settings.optimizer.kind)
        return "The optimizer is now " + std::string(toString(m_settings.optimizer.kind)) +
               ", so its state starts afresh instead of going on from the " +
               std::string(toString(state->optimizer.kind)) + " state of the earlier run";
    if (Status restored = m_optimizer->restore(state->optimizer); !restored.ok())
        return restored.error().message + ", so it starts afresh";
    return std::nullopt;
}

TrainingState Trainer::state() const {
    TrainingState state;
    state.optimizer = m_optimizer->state();
    // An early stop or a divergence ends the run: continuing starts a new one.
    const bool unfinished = !m_bestEpoch && !m_divergence;
    state.plannedEpochs = unfinished ? m_lastEpoch : static_cast<int>(m_history.epochs.size());
    state.scheduleEpochs = m_scheduleEpochs;
    state.epochBatches = m_epochBatches;
    state.epochLossSum = m_epochLossSum;
    state.epochCorrect = m_epochCorrect;
    return state;
}

double Trainer::currentLearningRate() const {
    const ScheduleClock clock{static_cast<int64_t>(m_history.batchLosses.size()), m_batchesPerEpoch,
                              m_scheduleEpochs};
    return m_learningRate.load() * scheduleFactor(m_settings.schedule, clock, m_history.epochs);
}

void Trainer::clipGradients() {
    if (m_settings.clipNorm <= 0) return;
    double squared = 0;
    for (const Param& p : m_params) squared += static_cast<double>(p.grad->flat().squaredNorm());
    const double norm = std::sqrt(squared);
    if (norm <= m_settings.clipNorm) return;
    const auto scale = static_cast<float>(m_settings.clipNorm / norm);
    for (const Param& p : m_params) p.grad->flat() *= scale;
}

bool Trainer::stopsEarly(const EpochMetrics& metrics) {
    const EarlyStoppingSettings& stopping = m_settings.earlyStopping;
    if (!stopping.enabled) return false;
    const bool byLoss = stopping.metric == StopMetric::ValidationLoss;
    const double value = byLoss ? metrics.validationLoss : -metrics.validationAccuracy;
    if (std::isnan(value)) return false; // nothing to watch without a validation split
    if (value < m_bestValue) {
        m_bestValue = value;
        m_bestEpoch.reset();
        m_bestEpochSeen = metrics.epoch;
        if (stopping.restoreBest) {
            m_bestParams.resize(m_params.size());
            for (size_t i = 0; i < m_params.size(); ++i) m_bestParams[i] = *m_params[i].value;
        }
        return false;
    }
    if (metrics.epoch - m_bestEpochSeen < stopping.patience) return false;
    m_bestEpoch = m_bestEpochSeen;
    if (stopping.restoreBest)
        for (size_t i = 0; i < m_params.size(); ++i) *m_params[i].value = m_bestParams[i];
    return true;
}

// One mini-batch: gather -> forward -> loss -> backward -> optimizer step. False when it diverged;
// then no update was applied, so the weights stay those of the last finite step.
bool Trainer::trainStep(int epoch, int64_t batchIndex, std::span<const int64_t> indices, double& loss,
                        int64_t& correct) {
    gatherBatch(m_data, indices, m_batchFeatures, m_batchTargets);
    const Tensor& out = m_network.forward(m_batchFeatures, true);
    const Tensor& lossInput = m_fromLogits ? *m_network.logits() : out;
    m_lossGrad.setRows(lossInput.rows());
    loss = m_loss->compute(lossInput, m_batchTargets, m_lossGrad);
    correct = isClassification(m_data) ? countCorrect(out, m_batchTargets) : 0;
    if (std::isfinite(loss)) m_network.backward(m_lossGrad, m_fromLogits);
    if (!std::isfinite(loss) || !gradientsFinite(m_params)) {
        const double rate = m_learningRate.load();
        const TextArg learningRate = TextArg::real(rate, std::to_string(rate));
        m_divergence = Diagnostic{
            DiagCode::TrainingDiverged,
            std::isfinite(loss)
                ? Text(
                      NW_TEXT("Training diverged at epoch %1, batch %2: the gradients are no longer finite "
                              "(loss %3). The weights of the last finite step are kept; try a lower learning "
                              "rate (now %4)"),
                      {epoch, batchIndex, std::to_string(loss), learningRate})
                : Text(NW_TEXT("Training diverged at epoch %1, batch %2: the loss is no longer finite (loss "
                               "%3). The weights of the last finite step are kept; try a lower learning rate "
                               "(now %4)"),
                       {epoch, batchIndex, std::to_string(loss), learningRate})};
        return false;
    }
    clipGradients();
    m_optimizer->step(m_stepRate);
    return true;
}

StopReason Trainer::run(TrainingObserver* observer) {
    setRunning(true);
    const auto finish = [&](StopReason reason) {
        m_lastReason = reason;
        if (observer) observer->onFinished(reason, m_divergence ? &*m_divergence : nullptr);
        setRunning(false);
        return reason;
    };
    if (m_scheduleEpochs == 0) m_scheduleEpochs = std::max(1, m_lastEpoch);
    const int64_t batchSize = m_network.maxBatch();
    const auto trainCount = static_cast<int64_t>(m_split.train.size());
    const int64_t batches = m_batchesPerEpoch;
    std::vector<int64_t> order(m_split.train.size());
    // One loss per step, room made up front: a steady step allocates nothing.
    const int firstEpoch = this->firstEpoch();
    m_history.batchLosses.reserve(m_history.batchLosses.size() +
                                  static_cast<size_t>(std::max(0, m_lastEpoch - firstEpoch + 1) * batches));

    for (int epoch = firstEpoch; epoch <= m_lastEpoch; ++epoch) {
        const auto epochStart = Clock::now();
        // Each epoch's order comes from the seed and its number alone, so a continued run shuffles
        // as one that never stopped.
        std::copy(m_split.train.begin(), m_split.train.end(), order.begin());
        Rng shuffleRng = Rng::derive(m_settings.seed, kShuffleTag + static_cast<uint64_t>(epoch));
        for (int64_t i = trainCount - 1; i > 0; --i)
            std::swap(order[static_cast<size_t>(i)], order[shuffleRng.below(static_cast<uint64_t>(i + 1))]);
        for (int64_t b = m_epochBatches; b < batches; ++b) {
            if (!waitForPermission()) return finish(StopReason::Stopped);
            const auto stepStart = Clock::now();
            const int64_t begin = b * batchSize;
            const std::span<const int64_t> indices(
                order.data() + begin, static_cast<size_t>(std::min(batchSize, trainCount - begin)));
            double loss = 0;
            int64_t correct = 0;
            m_stepRate = currentLearningRate();
            if (!trainStep(epoch, b + 1, indices, loss, correct)) return finish(StopReason::Diverged);
            const auto rows = static_cast<double>(indices.size());
            m_epochLossSum += loss * rows;
            m_epochCorrect += correct;
            m_epochBatches = b + 1;
            m_history.batchLosses.push_back(static_cast<float>(loss));
            if (observer) {
                const double seconds = std::chrono::duration<double>(Clock::now() - stepStart).count();
                observer->onBatch({epoch, b + 1, batches, static_cast<int64_t>(m_history.batchLosses.size()),
                                   loss, isClassification(m_data) ? correct / rows : kNaN,
                                   seconds > 0 ? rows / seconds : 0.0, m_stepRate});
            }
        }
        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.trainLoss = m_epochLossSum / static_cast<double>(trainCount);
        metrics.trainAccuracy =
            isClassification(m_data) ? static_cast<double>(m_epochCorrect) / trainCount : kNaN;
        const Evaluation validation = evaluate(m_network, m_data, m_split.validation, m_settings.loss);
        metrics.validationLoss = validation.loss;
        metrics.validationAccuracy = validation.accuracy;
        metrics.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        metrics.steps = static_cast<int64_t>(m_history.batchLosses.size());
        metrics.learningRate = m_stepRate;
        m_history.epochs.push_back(metrics);
        m_epochBatches = 0;
        m_epochLossSum = 0;
        m_epochCorrect = 0;
        if (observer) observer->onEpoch(metrics);
        if (stopsEarly(metrics)) return finish(StopReason::EarlyStopped);
    }
    return finish(StopReason::Completed);
}

} // namespace nw
