#include "gui/training/training_run.h"

#include "engine/train/checkpoint_pacer.h"

#include <chrono>

namespace nw::gui {
namespace {

using Clock = std::chrono::steady_clock;
// Snapshots for the views at most this often while training runs freely.
constexpr auto kSnapshotInterval = std::chrono::milliseconds(100);

} // namespace

// Runs on the worker thread between steps: quick, never blocks on the GUI.
class TrainingRun::Observer : public TrainingObserver {
public:
    explicit Observer(TrainingRun& run) : m_run(run) {}

    void onBatch(const BatchMetrics& metrics) override {
        {
            std::lock_guard lock(m_run.m_mutex);
            m_run.m_news.batches.push_back(metrics);
        }
        m_step = metrics.step;
        m_epochEnded = false;
        // Paused after a Step, or slowed down to be watched: the views must show exactly this step,
        // so no thinning out of the snapshots.
        const bool paced = m_run.paceOf() > 0;
        const auto now = Clock::now();
        if (m_run.m_pausedByUser || paced || now - m_lastSnapshot >= kSnapshotInterval) {
            m_lastSnapshot = now;
            m_run.publishSnapshot(m_step, false);
        }
        if (paced) waitForPace();
    }
    void onEpoch(const EpochMetrics& metrics) override {
        {
            std::lock_guard lock(m_run.m_mutex);
            m_run.m_news.epochs.push_back(metrics);
        }
        m_epochEnded = true;
        m_epoch = metrics.epoch;
        m_run.publishSnapshot(m_step, true, metrics.epoch);
        if (m_run.m_setup.checkpoints && m_checkpoints.due()) {
            auto checkpoint = std::make_shared<Project>(m_run.m_setup.project);
            m_run.m_session->storeCheckpoint(*checkpoint);
            std::lock_guard lock(m_run.m_mutex);
            m_run.m_news.checkpoint = std::move(checkpoint);
        }
    }
    void onFinished(StopReason, const Diagnostic*) override {
        m_run.publishSnapshot(m_step, true, m_epochEnded ? m_epoch : -1);
    }

private:
    // Until the next step is due at the chosen pace, or something ends the wait.
    void waitForPace() {
        std::unique_lock lock(m_run.m_mutex);
        for (;;) {
            const double rate = m_run.m_stepsPerSecond;
            if (rate <= 0 || m_run.m_stopRequested || m_run.m_pausedByUser) break;
            const auto due = m_lastStep + std::chrono::duration_cast<Clock::duration>(
                                              std::chrono::duration<double>(1.0 / rate));
            const int changes = m_run.m_paceChanges;
            if (!m_run.m_paceChanged.wait_until(lock, due, [&] { return m_run.m_paceChanges != changes; }))
                break; // due
        }
        m_lastStep = Clock::now();
    }

    TrainingRun& m_run;
    int64_t m_step = m_run.m_baseSteps;
    int m_epoch = m_run.m_baseEpochs;
    bool m_epochEnded = false; // no step since the last epoch's end
    Clock::time_point m_lastSnapshot{};
    Clock::time_point m_lastStep = Clock::now();
    CheckpointPacer m_checkpoints;
};

TrainingRun::TrainingRun(Setup setup) : m_setup(std::move(setup)) {
    if (m_setup.fromStoredWeights) {
        m_baseSteps = static_cast<int64_t>(m_setup.project.history.batchLosses.size());
        m_baseEpochs = static_cast<int>(m_setup.project.history.epochs.size());
    }
    m_pausedByUser = m_setup.paused;
    m_pendingPause = m_setup.paused;
    m_stepsPerSecond = m_setup.stepsPerSecond;
    m_pendingSteps = m_setup.steps;
    m_worker = std::thread([this] { work(); });
}

TrainingRun::~TrainingRun() {
    stop();
    join();
    m_probes.reset(); // joins the probe thread before the session goes
}

void TrainingRun::join() {
    if (m_worker.joinable()) m_worker.join();
}

void TrainingRun::pause() {
    m_pausedByUser = true;
    std::lock_guard lock(m_mutex);
    wakePace();
    if (m_trainer)
        m_trainer->pause();
    else
        m_pendingPause = true;
}

void TrainingRun::resume() {
    m_pausedByUser = false;
    std::lock_guard lock(m_mutex);
    if (m_trainer)
        m_trainer->resume();
    else {
        m_pendingPause = false;
        m_pendingSteps = 0;
    }
}

void TrainingRun::step() {
    m_pausedByUser = true;
    std::lock_guard lock(m_mutex);
    wakePace();
    if (m_trainer)
        m_trainer->step();
    else {
        m_pendingPause = true;
        ++m_pendingSteps;
    }
}

void TrainingRun::stop() {
    std::lock_guard lock(m_mutex);
    m_stopRequested = true;
    wakePace();
    if (m_trainer)
        m_trainer->stop();
    else
        m_pendingStop = true;
}

void TrainingRun::setStepsPerSecond(double rate) {
    std::lock_guard lock(m_mutex);
    m_stepsPerSecond = rate;
    wakePace();
}

double TrainingRun::paceOf() const {
    std::lock_guard lock(m_mutex);
    return m_stepsPerSecond;
}

void TrainingRun::wakePace() {
    ++m_paceChanges;
    m_paceChanged.notify_all();
}

void TrainingRun::setLearningRate(double learningRate) {
    std::lock_guard lock(m_mutex);
    if (m_trainer)
        m_trainer->setLearningRate(learningRate);
    else
        m_pendingLearningRate = learningRate;
}

void TrainingRun::setProbeRequest(const ProbeRequest& request) {
    std::lock_guard lock(m_mutex);
    m_request = request;
    if (m_probes) m_probes->setRequest(request);
}

TrainingRun::News TrainingRun::take() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_news, {});
}

std::optional<Diagnostic> TrainingRun::divergence() const {
    if (!m_session || m_reason != StopReason::Diverged) return std::nullopt;
    return m_session->trainer().divergence();
}

void TrainingRun::storeResults(Project& project) const {
    if (m_session) m_session->storeResults(project);
}

std::optional<int> TrainingRun::bestEpoch() const {
    return m_session ? m_session->trainer().bestEpoch() : std::nullopt;
}

std::shared_ptr<const ProbeFrame> TrainingRun::latestFrame() const {
    std::lock_guard lock(m_mutex);
    return m_probes ? m_probes->latest() : nullptr;
}

std::vector<std::shared_ptr<const EpochDistributions>> TrainingRun::takeDistributions() {
    std::lock_guard lock(m_mutex);
    return m_probes ? m_probes->takeDistributions()
                    : std::vector<std::shared_ptr<const EpochDistributions>>{};
}

void TrainingRun::waitForProbes() {
    ProbeService* probes = nullptr;
    {
        std::lock_guard lock(m_mutex);
        probes = m_probes.get();
    }
    if (probes) probes->waitUntilIdle();
}

void TrainingRun::publishSnapshot(int64_t step, bool predict, int epoch) {
    if (!m_probes) return;
    auto snapshot = std::make_shared<ParamSnapshot>(snapshotParams(m_session->network(), step));
    snapshot->epoch = epoch;
    m_probes->submit(std::move(snapshot), predict);
}

void TrainingRun::work() {
    const Project& project = m_setup.project;
    // OpenMP's thread count is a per-thread setting: this thread needs its own (as the CLI's worker).
    applyThreadCount(project.training.threads);
    Result<std::unique_ptr<TrainingSession>> created = TrainingSession::create(
        project, m_setup.projectDir,
        m_setup.fromStoredWeights ? TrainingSession::Start::Continue : TrainingSession::Start::Fresh);
    if (!created.ok()) {
        m_setupError = created.error();
        m_ready = true;
        m_done = true;
        return;
    }
    std::shared_ptr<TrainingSession> session = std::move(created.value());
    m_session = session;
    m_lastEpoch = session->trainer().lastEpoch();
    m_trainSamples = static_cast<int64_t>(session->split().train.size());
    auto probes = std::make_unique<ProbeService>(session, project.graph);
    bool stopNow = false;
    {
        std::lock_guard lock(m_mutex);
        probes->setRequest(m_request);
        m_probes = std::move(probes);
        Trainer& trainer = session->trainer();
        if (m_pendingLearningRate) trainer.setLearningRate(*m_pendingLearningRate);
        if (m_pendingPause) trainer.pause();
        for (int i = 0; i < m_pendingSteps; ++i) trainer.step();
        stopNow = m_pendingStop;
        m_trainer = &trainer;
    }
    // Predictions over the whole validation split are costly: a training run makes them at epoch
    // ends, an inspection at once.
    publishSnapshot(m_baseSteps, m_setup.mode == Mode::Inspect, m_baseEpochs);
    m_ready = true;
    if (m_setup.mode == Mode::Train && !stopNow) {
        Observer observer(*this);
        m_reason = session->trainer().run(&observer);
    } else {
        m_reason = StopReason::Stopped;
    }
    m_done = true;
}

} // namespace nw::gui
