#include "gui/training/training_controller.h"

#include "gui/document/fs_path.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/training/training_run.h"

#include "engine/io/project.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw::gui {
namespace {

constexpr int kPollMs = 33; // ~30 Hz
// A network edit is followed by a fresh look at the stored weights once the edits pause.
constexpr int kInspectDelayMs = 400;
constexpr double kRateSmoothing = 0.2;

std::filesystem::path projectDir(const ProjectDocument& document) { return toFsPath(document.folder()); }

} // namespace

TrainingController::TrainingController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &TrainingController::poll);
    m_inspectDelay.setSingleShot(true);
    m_inspectDelay.setInterval(kInspectDelayMs);
    connect(&m_inspectDelay, &QTimer::timeout, this, &TrainingController::inspectStoredWeights);
    // Another project: the run belongs to the old one. The graph announces the replacement (reset)
    // before its analysisChanged, so the run is gone before that could read as an edit.
    connect(m_document->graphDocument(), &GraphDocument::reset, this, [this] {
        m_run.reset();
        m_frame.reset();
        m_inspectDelay.stop();
        setState(State::Idle);
    });
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        m_inspectDelay.stop();
        reloadHistory();
        emit frameChanged();
        inspectStoredWeights();
    });
    connect(m_document->graphDocument(), &GraphDocument::analysisChanged, this,
            &TrainingController::onNetworkEdited);
    reloadHistory();
}

TrainingController::~TrainingController() = default;

void TrainingController::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    emit stateChanged(state);
}

void TrainingController::say(const QString& text, bool problem) {
    m_lastMessage = text;
    m_lastIsProblem = problem;
    emit message(text, problem);
}

void TrainingController::start() {
    if (m_state == State::Paused) {
        resume();
        return;
    }
    if (m_state == State::Idle) beginRun(false, 0);
}

void TrainingController::startFresh(const nw::TrainingSettings& settings) {
    if (m_state != State::Idle) return;
    m_run.reset();
    m_frame.reset();
    m_document->changeTrainingState([&](nw::Project& p) {
        p.training = settings;
        nw::TrainingSession::clearResults(p);
    });
    reloadHistory();
    emit frameChanged();
    beginRun(false, 0);
}

void TrainingController::pause() {
    if (m_state != State::Running && m_state != State::Preparing) return;
    m_run->pause();
    setState(State::Paused);
}

void TrainingController::resume() {
    if (m_state != State::Paused) return;
    m_run->resume();
    setState(m_run->isReady() ? State::Running : State::Preparing);
}

void TrainingController::step() {
    if (m_state == State::Idle) {
        beginRun(true, 1);
        return;
    }
    m_run->step();
    setState(State::Paused);
}

void TrainingController::stop() {
    if (m_state == State::Idle) return;
    m_run->stop();
}

void TrainingController::resetWeights() {
    if (isTraining()) {
        say(tr("Stop training before resetting the weights."), true);
        return;
    }
    m_run.reset();
    m_frame.reset();
    m_document->changeTrainingState([](nw::Project& p) { nw::TrainingSession::clearResults(p); });
    reloadHistory();
    emit frameChanged();
    say(tr("Weights reset: the next run starts from fresh weights drawn from the seed."), false);
}

void TrainingController::setStepsPerSecond(double rate) {
    m_stepsPerSecond = rate;
    if (m_run && m_runTrains) m_run->setStepsPerSecond(rate);
}

void TrainingController::setLearningRate(double learningRate) {
    if (!(learningRate > 0) || !std::isfinite(learningRate)) return;
    if (m_run && isTraining()) m_run->setLearningRate(learningRate);
    if (m_document->project().training.optimizer.learningRate != learningRate)
        m_document->changeTrainingState(
            [learningRate](nw::Project& p) { p.training.optimizer.learningRate = learningRate; });
}

void TrainingController::setProbeNode(quint32 node) {
    if (node == m_probeNode) return;
    m_probeNode = node;
    sendProbeRequest();
    emit probeNodeChanged();
}

void TrainingController::setProbeSample(qint64 sample) {
    m_probeSample = std::max<qint64>(0, sample);
    sendProbeRequest();
}

void TrainingController::sendProbeRequest() {
    if (m_run) m_run->setProbeRequest(ProbeRequest{nw::NodeId{m_probeNode}, m_probeSample});
}

void TrainingController::beginRun(bool paused, int steps) {
    m_inspectDelay.stop();
    const nw::Project& project = m_document->project();
    // Weights trained for another network cannot be continued: the edited one starts a new run, and
    // the old run stays in the Runs panel.
    const bool networkChanged = project.weights && nw::TrainingSession::networkChangedSinceTraining(project);
    if (networkChanged) {
        m_steps.clear();
        m_epochs.clear();
        clearDistributions();
        emit historyReset();
    }
    TrainingRun::Setup setup;
    setup.project = project;
    setup.projectDir = projectDir(*m_document);
    setup.mode = TrainingRun::Mode::Train;
    setup.fromStoredWeights = project.weights.has_value() && !networkChanged;
    setup.paused = paused;
    setup.steps = steps;
    setup.stepsPerSecond = m_stepsPerSecond;
    setup.checkpoints = true;
    m_run = std::make_unique<TrainingRun>(std::move(setup));
    m_runTrains = true;
    m_runFinished = false;
    m_discardRun = false;
    m_smoothedRate = 0;
    sendProbeRequest();
    m_progress = {};
    m_progress.epochs = m_run->baseEpochs() + project.training.epochs;
    m_progress.last.epoch = m_run->baseEpochs();
    setState(paused ? State::Paused : State::Preparing);
    m_runNote = networkChanged ? tr(" The network changed since it was trained, so this is a new run from "
                                    "fresh weights; the earlier one stays in the Runs panel.")
                               : QString();
    say(tr("Preparing the data…") + m_runNote, false);
    m_timer.start();
}

void TrainingController::poll() {
    if (!m_run) {
        m_timer.stop();
        return;
    }
    if (m_runTrains && !m_runFinished) {
        // Read before taking the news: everything the worker logged before it finished is then in it.
        const bool done = m_run->isDone();
        TrainingRun::News news = m_run->take();
        if (m_run->isReady() && m_run->lastEpoch() > 0) m_progress.epochs = m_run->lastEpoch();
        if (m_state == State::Preparing && m_run->isReady()) {
            setState(State::Running);
            say(tr("Training…") + m_runNote, false);
        }
        const int firstStep = static_cast<int>(m_steps.size());
        const int firstEpoch = static_cast<int>(m_epochs.size());
        const int64_t batchSize = m_document->project().training.batchSize;
        for (const nw::BatchMetrics& b : news.batches) {
            m_steps.push_back(b);
            if (b.samplesPerSecond > 0)
                m_smoothedRate = m_smoothedRate > 0
                                     ? m_smoothedRate + kRateSmoothing * (b.samplesPerSecond - m_smoothedRate)
                                     : b.samplesPerSecond;
            m_progress.last.epoch = b.epoch;
            m_progress.last.batch = b.batch;
            m_progress.last.batchesPerEpoch = b.batchesPerEpoch;
        }
        for (const nw::EpochMetrics& e : news.epochs) m_epochs.push_back(EpochPoint{e, e.steps});
        if (!news.batches.empty()) {
            m_progress.last.samplesPerSecond = m_smoothedRate;
            const qint64 left = static_cast<qint64>(m_progress.epochs - m_progress.last.epoch) *
                                    m_progress.last.batchesPerEpoch +
                                (m_progress.last.batchesPerEpoch - m_progress.last.batch);
            m_progress.secondsLeft =
                m_smoothedRate > 0 ? static_cast<double>(left * batchSize) / m_smoothedRate : -1;
            emit progressChanged();
        }
        if (!news.batches.empty() || !news.epochs.empty()) emit metricsAppended(firstStep, firstEpoch);
        // A network edited under the run makes its weights another network's: no checkpoint of them.
        if (news.checkpoint && !m_discardRun) {
            nw::Project current = m_document->project();
            nw::TrainingSession::copyResults(*news.checkpoint, current);
            const std::string text = nw::serializeProject(current);
            emit checkpointReady(QByteArray(text.data(), qsizetype(text.size())));
        }
        if (done) finishRun();
        if (!m_run) return;
    }
    addDistributions(m_run->takeDistributions());
    if (std::shared_ptr<const ProbeFrame> latest = m_run->latestFrame(); latest && latest != m_frame) {
        m_frame = std::move(latest);
        emit frameChanged();
    }
}

void TrainingController::finishRun() {
    m_runFinished = true;
    m_run->join();
    const nw::StopReason reason = m_run->stopReason();
    if (const auto& error = m_run->setupError()) {
        // The engine's sentences end without a full stop (they are also parts of longer ones).
        QString why = diagnosticDescription(*error);
        if (!why.endsWith(QLatin1Char('.'))) why += QLatin1Char('.');
        say(tr("Training could not start: %1").arg(why), true);
        m_run.reset();
    } else if (m_discardRun) {
        // The network changed: the run's weights belong to the old one.
        m_run.reset();
        m_frame.reset();
        emit frameChanged();
        reloadHistory();
        m_inspectDelay.start();
    } else {
        const bool trained = m_steps.size() > 0 && m_steps.back().step > m_run->baseSteps();
        if (trained)
            m_document->changeTrainingState([run = m_run.get()](nw::Project& p) { run->storeResults(p); });
        if (reason == nw::StopReason::Diverged) {
            const double lr = m_document->project().training.optimizer.learningRate;
            say(tr("Training diverged: the loss is no longer a finite number, so the run stopped. The "
                   "weights of the last finite step are kept. Try a lower learning rate than %1.")
                    .arg(lr),
                true);
        } else if (reason == nw::StopReason::Completed) {
            const QString accuracy = m_epochs.isEmpty() || std::isnan(m_epochs.back().validationAccuracy)
                                         ? QString()
                                         : tr(", validation accuracy %1%")
                                               .arg(100 * m_epochs.back().validationAccuracy, 0, 'f', 1);
            say(tr("Training finished after epoch %1%2.")
                    .arg(m_epochs.isEmpty() ? 0 : m_epochs.back().epoch)
                    .arg(accuracy),
                false);
        } else if (reason == nw::StopReason::EarlyStopped) {
            const nw::EarlyStoppingSettings& stopping = m_document->project().training.earlyStopping;
            const QString metric = stopping.metric == nw::StopMetric::ValidationLoss
                                       ? tr("validation loss")
                                       : tr("validation accuracy");
            const int best = m_run->bestEpoch().value_or(0);
            say((stopping.restoreBest
                     ? tr("Stopped early after epoch %1: the %2 did not improve for %3 epochs, so the "
                          "weights of its best epoch, %4, were restored.")
                     : tr("Stopped early after epoch %1: the %2 did not improve for %3 epochs; its best "
                          "epoch was %4."))
                    .arg(m_epochs.isEmpty() ? 0 : m_epochs.back().epoch)
                    .arg(metric)
                    .arg(stopping.patience)
                    .arg(best),
                false);
        } else {
            say(tr("Training stopped after step %1; the weights trained so far are kept.")
                    .arg(m_steps.isEmpty() ? 0 : m_steps.back().step),
                false);
        }
    }
    setState(State::Idle);
    emit progressChanged();
}

void TrainingController::stopAndWait() {
    if (!isTraining()) return;
    stop();
    waitForRunEnd();
}

void TrainingController::waitForRunEnd() {
    if (!m_run || !m_runTrains) return;
    while (!m_run->isDone()) m_run->join();
    poll();
}

void TrainingController::waitForProbes() {
    if (m_run) m_run->waitForProbes();
    poll();
}

void TrainingController::reloadHistory() {
    m_steps.clear();
    m_epochs.clear();
    clearDistributions();
    const nw::MetricHistory& history = m_document->project().history;
    const qint64 stepCount = static_cast<qint64>(history.batchLosses.size());
    const qint64 epochCount = static_cast<qint64>(history.epochs.size());
    // The file keeps each step's loss only; the epochs' ends are spread evenly over the steps.
    const qint64 perEpoch = epochCount > 0 ? std::max<qint64>(1, stepCount / epochCount) : stepCount;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    m_steps.reserve(stepCount);
    for (qint64 i = 0; i < stepCount; ++i)
        m_steps.push_back({.epoch = static_cast<int>(perEpoch > 0 ? i / perEpoch + 1 : 1),
                           .batch = perEpoch > 0 ? i % perEpoch + 1 : 1,
                           .batchesPerEpoch = perEpoch,
                           .step = i + 1,
                           .loss = history.batchLosses[static_cast<size_t>(i)],
                           .accuracy = nan,
                           .samplesPerSecond = 0});
    for (const nw::EpochMetrics& e : history.epochs)
        // Files from before epochs recorded their last step: spread evenly, as the steps above.
        m_epochs.push_back(
            EpochPoint{e, e.steps > 0 ? e.steps : std::min<qint64>(stepCount, e.epoch * perEpoch)});
    m_progress = {};
    m_progress.last.epoch = static_cast<int>(epochCount);
    m_progress.epochs = static_cast<int>(epochCount);
    emit historyReset();
    emit progressChanged();
}

void TrainingController::clearDistributions() {
    if (m_distributions.empty()) return;
    m_distributions.clear();
    emit distributionsChanged();
}

void TrainingController::addDistributions(std::vector<std::shared_ptr<const EpochDistributions>> taken) {
    if (taken.empty()) return;
    for (std::shared_ptr<const EpochDistributions>& d : taken) {
        const auto at = std::lower_bound(m_distributions.begin(), m_distributions.end(), d->epoch,
                                         [](const auto& kept, int epoch) { return kept->epoch < epoch; });
        if (at != m_distributions.end() && (*at)->epoch == d->epoch)
            *at = std::move(d); // the same epoch again: a continued run starts where one ended
        else
            m_distributions.insert(at, std::move(d));
    }
    emit distributionsChanged();
}

void TrainingController::inspectStoredWeights() {
    // A finished run already serves the probes with the weights it trained.
    if (m_run || !m_document->project().weights) return;
    TrainingRun::Setup setup;
    setup.project = m_document->project();
    setup.projectDir = projectDir(*m_document);
    setup.mode = TrainingRun::Mode::Inspect;
    setup.fromStoredWeights = true;
    m_run = std::make_unique<TrainingRun>(std::move(setup));
    m_runTrains = false;
    m_runFinished = true;
    sendProbeRequest();
    m_timer.start();
}

void TrainingController::onNetworkEdited() {
    // Why a run could not start was about the network as it was: an edit (or its undo) may have
    // mended it, and the Problems list says what is still wrong.
    if (!isTraining() && m_lastIsProblem) say(QString(), false);
    if (isTraining()) {
        m_discardRun = true;
        m_run->stop();
        say(tr("Training stopped because the network was edited: the weights of this run belong to "
               "the network as it was, so they were not kept. Press Train to train the new network."),
            true);
        return;
    }
    // The probe network was compiled from the old graph.
    if (m_run) {
        m_run.reset();
        m_frame.reset();
        emit frameChanged();
    }
    m_inspectDelay.start();
}

} // namespace nw::gui
