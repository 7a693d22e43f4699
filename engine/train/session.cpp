#include "engine/train/session.h"

#include "engine/graph/shape_inference.h"
#include "engine/train/data_fit.h"

#include <Eigen/Core>
#include <algorithm>
#include <omp.h>

namespace nw {

int resolvedThreadCount(int threads) { return threads > 0 ? threads : omp_get_num_procs(); }

void applyThreadCount(int threads) {
    const int count = resolvedThreadCount(threads);
    omp_set_num_threads(count);
}

Result<std::unique_ptr<TrainingSession>>
TrainingSession::create(const Project& project, const std::filesystem::path& projectDir, Start start) {
    std::unique_ptr<TrainingSession> session(new TrainingSession());
    CsvEncoding encoding;
    Result<Dataset> loaded = loadDataset(project.dataset, projectDir, {}, &encoding);
    if (!loaded.ok()) return loaded.error();
    if (project.dataset.source == DatasetSource::Csv) session->m_csvEncoding = std::move(encoding);
    session->m_dataset = std::move(loaded.value());

    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (!analysis.valid()) return analysis.diagnostics.front();
    const Shape& inputShape = *analysis.node(*analysis.input)->output;
    Dataset& data = session->m_dataset;
    // The designer lists the same problems before training (checkDataFit); warnings do not stop it.
    for (const DataFitProblem& problem : checkDataFit(project, analysis, describeData(data)))
        if (!problem.warning) return problem.diagnostic;

    session->m_lossKind = project.training.loss;
    session->m_split = splitFor(data, project.dataset);
    if (session->m_split.train.empty())
        return Diagnostic{DiagCode::JsonValue,
                          Text(NW_TEXT("The training split is empty: lower the validation fraction"))};
    applyThreadCount(project.training.threads);
    // Statistics of the samples as stored (channels intact), then the Input's arrangement.
    session->m_scaling = fitScaling(data, session->m_split.train, project.dataset.scaling);
    applyScaling(session->m_scaling, data.features);
    if (inputShape != data.sampleShape()) data.features.setSampleShape(inputShape);

    Result<std::unique_ptr<Network>> network = compile(project.graph, project.training.batchSize);
    if (!network.ok()) return network.error();
    session->m_network = std::move(network.value());
    session->m_network->initialize(project.training.seed);
    const bool continues = start == Start::Continue && project.weights.has_value();
    session->m_continues = continues;
    session->m_startedAt = utcTimestamp();
    if (continues)
        if (Status imported = session->m_network->importWeights(*project.weights); !imported.ok())
            return imported.error();
    session->m_trainer = std::make_unique<Trainer>(*session->m_network, session->m_dataset, session->m_split,
                                                   project.training);
    if (continues)
        session->m_continueNote = session->m_trainer->continueFrom(
            project.history, project.trainingState ? &*project.trainingState : nullptr);
    return session;
}

std::optional<Evaluation> TrainingSession::evaluateTest() {
    if (m_split.test.empty()) return std::nullopt;
    return evaluate(*m_network, m_dataset, m_split.test, m_lossKind);
}

void TrainingSession::storeResults(Project& project) const {
    project.fittedScaling = m_scaling;
    if (m_scaling.kind == Scaling::None) project.fittedScaling.reset();
    project.csvEncoding = m_csvEncoding;
    project.weights = m_network->exportWeights();
    project.history = m_trainer->history();
    project.trainingState = m_trainer->state();

    const auto current = std::find_if(project.runs.begin(), project.runs.end(), [&](const RunRecord& r) {
        return project.currentRun && r.id == *project.currentRun;
    });
    RunRecord* run = m_continues && current != project.runs.end() ? &*current : nullptr;
    if (!run) {
        int id = 1;
        for (const RunRecord& r : project.runs) id = std::max(id, r.id + 1);
        run = &project.runs.emplace_back();
        run->id = id;
        run->startedAt = m_startedAt;
        project.currentRun = id;
    }
    run->graph = project.graph;
    run->dataset = project.dataset;
    run->training = project.training;
    run->history = project.history;
    switch (m_trainer->lastStopReason()) {
    case StopReason::Completed: run->outcome = RunOutcome::Completed; break;
    case StopReason::Stopped: run->outcome = RunOutcome::Stopped; break;
    case StopReason::EarlyStopped: run->outcome = RunOutcome::EarlyStopped; break;
    case StopReason::Diverged: run->outcome = RunOutcome::Diverged; break;
    }
}

void TrainingSession::storeCheckpoint(Project& project) const {
    storeResults(project);
    for (RunRecord& run : project.runs)
        if (project.currentRun == run.id) run.outcome = RunOutcome::Stopped;
}

bool TrainingSession::networkChangedSinceTraining(const Project& project) {
    for (const RunRecord& run : project.runs)
        if (project.currentRun == run.id)
            return networkFingerprint(run.graph) != networkFingerprint(project.graph);
    return false;
}

void TrainingSession::copyResults(const Project& from, Project& to) {
    to.weights = from.weights;
    to.fittedScaling = from.fittedScaling;
    to.csvEncoding = from.csvEncoding;
    to.history = from.history;
    to.trainingState = from.trainingState;
    to.runs = from.runs;
    to.currentRun = from.currentRun;
}

void TrainingSession::clearResults(Project& project) {
    project.weights.reset();
    project.fittedScaling.reset();
    project.csvEncoding.reset();
    project.history = {};
    project.trainingState.reset();
    project.currentRun.reset();
}

} // namespace nw
