#include "engine/train/session.h"

#include "engine/graph/shape_inference.h"

#include <Eigen/Core>
#include <omp.h>

namespace nw {
namespace {

// The loss must suit the data and the network's output: class indices need as many outputs as
// classes (or one output for two classes with binary cross-entropy).
Status checkCompatibility(const Project& project, const Dataset& data, const Shape& output) {
    const std::string lossName(toString(project.training.loss));
    const int64_t width = output.numel();
    if (project.training.loss == LossKind::MeanSquaredError) {
        const bool oneHot = data.task == TaskKind::Classification && data.targetWidth() == 1 && width > 1;
        if (!oneHot && data.targetWidth() != width)
            return Diagnostic{DiagCode::IncompatibleLoss,
                              "The network outputs " + std::to_string(width) + " values per sample but the data has " +
                                  std::to_string(data.targetWidth()) + " target values"};
        if (oneHot && width != data.numClasses)
            return Diagnostic{DiagCode::IncompatibleLoss,
                              "The network outputs " + std::to_string(width) + " values but the data has " +
                                  std::to_string(data.numClasses) + " classes"};
        return {};
    }
    if (data.task != TaskKind::Classification)
        return Diagnostic{DiagCode::IncompatibleLoss,
                          "The loss " + lossName + " needs class labels, but '" + data.name +
                              "' is a regression data set: use mse"};
    if (project.training.loss == LossKind::SoftmaxCrossEntropy && width != data.numClasses)
        return Diagnostic{DiagCode::IncompatibleLoss,
                          "The network outputs " + std::to_string(width) + " values but '" + data.name + "' has " +
                              std::to_string(data.numClasses) + " classes: set the last Dense layer's units to " +
                              std::to_string(data.numClasses)};
    if (project.training.loss == LossKind::BinaryCrossEntropy && (width != 1 || data.numClasses != 2))
        return Diagnostic{DiagCode::IncompatibleLoss,
                          "Binary cross-entropy needs 1 output and 2 classes; the network has " +
                              std::to_string(width) + " outputs and the data " + std::to_string(data.numClasses) +
                              " classes"};
    return {};
}

} // namespace

int resolvedThreadCount(int threads) { return threads > 0 ? threads : omp_get_num_procs(); }

void applyThreadCount(int threads) {
    const int count = resolvedThreadCount(threads);
    omp_set_num_threads(count);
    Eigen::setNbThreads(count);
}

Result<std::unique_ptr<TrainingSession>> TrainingSession::create(const Project& project,
                                                                 const std::filesystem::path& projectDir) {
    std::unique_ptr<TrainingSession> session(new TrainingSession());
    Result<Dataset> data = loadDataset(project.dataset, projectDir);
    if (!data.ok()) return data.error();
    session->m_dataset = std::move(data.value());

    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (!analysis.valid()) return analysis.diagnostics.front();
    const Shape& inputShape = *analysis.node(*analysis.input)->output;
    if (inputShape != session->m_dataset.sampleShape())
        return Diagnostic{DiagCode::DataMismatch,
                          "The Input layer takes " + inputShape.toString() + " but the samples of '" +
                              session->m_dataset.name + "' are " + session->m_dataset.sampleShape().toString(),
                          analysis.input};
    if (Status s = checkCompatibility(project, session->m_dataset, *analysis.node(*analysis.output)->output); !s.ok())
        return s.error();

    session->m_split = splitDataset(session->m_dataset.size(), project.dataset.validationFraction,
                                    project.dataset.splitSeed);
    if (session->m_split.train.empty())
        return Diagnostic{DiagCode::JsonValue, "The training split is empty: lower the validation fraction"};

    applyThreadCount(project.training.threads);
    Result<std::unique_ptr<Network>> network = compile(project.graph, project.training.batchSize);
    if (!network.ok()) return network.error();
    session->m_network = std::move(network.value());
    session->m_network->initialize(project.training.seed);
    session->m_trainer = std::make_unique<Trainer>(*session->m_network, session->m_dataset, session->m_split,
                                                   project.training);
    return session;
}

void TrainingSession::storeResults(Project& project) const {
    project.weights = m_network->exportWeights();
    project.history = m_trainer->history();
}

} // namespace nw
