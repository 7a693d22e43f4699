#include "gui/training/probe_service.h"

#include <chrono>
#include <omp.h>

namespace nw::gui {
namespace {

// Batch of the probe network: the decision-boundary grid goes through it in chunks this big.
constexpr int64_t kProbeBatch = 128;
// At most this often a new frame, so probes take a small share of the CPU from training.
constexpr auto kMinInterval = std::chrono::milliseconds(80);
// A snapshot from an epoch's end waits less: its distributions are a column of the Distributions
// view, and a run of many short epochs should fill that view with more than a few of them.
constexpr auto kMinEpochEndInterval = std::chrono::milliseconds(20);

// The rows the evaluation view shows: the validation split, else the test split, else training.
const std::vector<int64_t>& evaluationRows(const TrainingSession& session) {
    const DataSplit& split = session.split();
    if (!split.validation.empty()) return split.validation;
    if (!split.test.empty()) return split.test;
    return split.train;
}

} // namespace

ProbeService::ProbeService(std::shared_ptr<const TrainingSession> session, const Graph& graph)
    : m_session(std::move(session)) {
    Result<std::unique_ptr<Network>> compiled = compile(graph, kProbeBatch);
    if (compiled.ok()) m_network = std::move(compiled.value());
    if (m_network) m_mapNodes = neuronMapNodes(*m_network);
    m_thread = std::thread([this] { loop(); });
}

ProbeService::~ProbeService() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ProbeService::submit(std::shared_ptr<const ParamSnapshot> params, bool predict) {
    {
        std::lock_guard lock(m_mutex);
        if (!(m_pending && m_pending->epoch >= 0 && params->epoch < 0)) m_pending = std::move(params);
        m_pendingPredict = m_pendingPredict || predict;
    }
    m_wake.notify_all();
}

void ProbeService::setRequest(const ProbeRequest& request) {
    {
        std::lock_guard lock(m_mutex);
        if (request == m_request) return;
        m_request = request;
        m_requestChanged = true;
    }
    m_wake.notify_all();
}

std::shared_ptr<const ProbeFrame> ProbeService::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

std::vector<std::shared_ptr<const EpochDistributions>> ProbeService::takeDistributions() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_distributions, {});
}

void ProbeService::waitUntilIdle() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] { return m_quit || (!m_busy && !m_pending && !m_requestChanged); });
}

void ProbeService::loop() {
    // Probes are small: one thread, so the training run keeps the cores (a per-thread setting).
    omp_set_num_threads(1);
    std::shared_ptr<const ParamSnapshot> current;
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_idle.notify_all();
        m_wake.wait(lock, [&] { return m_quit || m_pending || (m_requestChanged && current); });
        if (m_quit) return;
        if (m_pending) current = std::exchange(m_pending, nullptr);
        const bool predict = std::exchange(m_pendingPredict, false);
        const ProbeRequest request = m_request;
        m_requestChanged = false;
        m_busy = true;
        lock.unlock();

        const auto started = std::chrono::steady_clock::now();
        std::shared_ptr<const ProbeFrame> frame = compute(current, request, predict);

        lock.lock();
        m_latest = std::move(frame);
        m_busy = false;
        m_idle.notify_all();
        // Rest before the next frame; a quit ends the rest at once, and an epoch's end shortens it.
        m_wake.wait_until(lock, started + kMinEpochEndInterval, [&] { return m_quit; });
        m_wake.wait_until(lock, started + kMinInterval,
                          [&] { return m_quit || (m_pending && m_pending->epoch >= 0); });
    }
}

std::shared_ptr<ProbeFrame> ProbeService::compute(const std::shared_ptr<const ParamSnapshot>& params,
                                                  const ProbeRequest& request, bool predict) {
    auto frame = std::make_shared<ProbeFrame>();
    frame->sequence = ++m_sequence;
    frame->session = m_session;
    frame->params = params;
    frame->node = request.node;
    frame->sample = request.sample;
    if (!m_network || !params || !m_network->importWeights(params->weights).ok()) return frame;
    const Dataset& data = m_session->dataset();
    if (request.node.value != 0)
        frame->activation = probeActivation(*m_network, data, request.sample, request.node);
    if (m_network->inputShape().numel() == 2 && data.features.rowSize() == 2)
        frame->grid = probeDecisionGrid(*m_network, planeBounds(data), request.gridResolution, m_mapNodes);
    if (!m_last || m_last->step != params->step) {
        m_before = std::exchange(m_last, params);
    }
    frame->magnitudes = layerMagnitudes(*params, m_before.get());
    // The change between two probed snapshots spans several steps: report it per step.
    if (m_before && params->step > m_before->step)
        for (LayerMagnitude& m : frame->magnitudes)
            m.updateRms /= static_cast<double>(params->step - m_before->step);
    if (predict && data.task == TaskKind::Classification) {
        m_predictions =
            std::make_shared<const Predictions>(predictClasses(*m_network, data, evaluationRows(*m_session)));
        m_predictionsStep = params->step;
    }
    if (params->epoch >= 0 && params->epoch != m_distributionsEpoch) {
        // The same rows every epoch, so that the activations of two epochs compare.
        const std::vector<int64_t>& rows = evaluationRows(*m_session);
        const size_t count = std::min(rows.size(), static_cast<size_t>(kProbeBatch));
        auto distributions = std::make_shared<EpochDistributions>();
        distributions->epoch = params->epoch;
        distributions->layers = layerDistributions(*m_network, *params, data, std::span(rows).first(count));
        m_distributionsEpoch = params->epoch;
        std::lock_guard lock(m_mutex);
        m_distributions.push_back(std::move(distributions));
    }
    frame->predictions = m_predictions;
    frame->predictionsStep = m_predictionsStep;
    return frame;
}

} // namespace nw::gui
