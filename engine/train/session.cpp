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
            return Diagnostic{DiagCode::IncompatibleLoss, "The network outputs " + std::to_string(width) +
                                                              " values per sample but the data has " +
                                                              std::to_string(data.targetWidth()) +
                                                              " target values"};
        if (oneHot && width != data.numClasses)
            return Diagnostic{DiagCode::IncompatibleLoss, "The network outputs " + std::to_string(width) +
                                                              " values but the data has " +
                                                              std::to_string(data.numClasses) + " classes"};
        return {};
    }
    if (data.task != TaskKind::Classification)
        return Diagnostic{DiagCode::IncompatibleLoss, "The loss " + lossName + " needs class labels, but '" +
                                                          data.name + "' is a regression data set: use mse"};
    if (project.training.loss == LossKind::SoftmaxCrossEntropy && width != data.numClasses)
        return Diagnostic{DiagCode::IncompatibleLoss, "The network outputs " + std::to_string(width) +
                                                          " values but '" + data.name + "' has " +
                                                          std::to_string(data.numClasses) +
                                                          " classes: set the last Dense layer's units to " +
                                                          std::to_string(data.numClasses)};
    if (project.training.loss == LossKind::BinaryCrossEntropy && (width != 1 || data.numClasses != 2))
        return Diagnostic{DiagCode::IncompatibleLoss,
                          "Binary cross-entropy needs 1 output and 2 classes; the network has " +
                              std::to_string(width) + " outputs and the data " +
                              std::to_string(data.numClasses) + " classes"};
    return {};
}

} // namespace

int resolvedThreadCount(int threads) { return threads > 0 ? threads : omp_get_num_procs(); }

void applyThreadCount(int threads) {
    const int count = resolvedThreadCount(threads);
    omp_set_num_threads(count);
}

Result<std::unique_ptr<TrainingSession>> TrainingSession::create(const Project& project,
                                                                 const std::filesystem::path& projectDir) {
    std::unique_ptr<TrainingSession> session(new TrainingSession());
    Result<Dataset> loaded = loadDataset(project.dataset, projectDir);
    if (!loaded.ok()) return loaded.error();
    session->m_dataset = std::move(loaded.value());

    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (!analysis.valid()) return analysis.diagnostics.front();
    const Shape& inputShape = *analysis.node(*analysis.input)->output;
    Dataset& data = session->m_dataset;
    if (inputShape != data.sampleShape()) {
        // The same values in another arrangement (a flat 784 Input for 1×28×28 images) only
        // needs the samples read differently.
        if (inputShape.numel() != data.sampleShape().numel())
            return Diagnostic{DiagCode::DataMismatch,
                              "The Input layer takes " + inputShape.toString() + " (" +
                                  std::to_string(inputShape.numel()) + " values) but the samples of '" +
                                  data.name + "' are " + data.sampleShape().toString() + " (" +
                                  std::to_string(data.sampleShape().numel()) + " values)",
                              analysis.input};
    }
    if (Status s = checkCompatibility(project, data, *analysis.node(*analysis.output)->output); !s.ok())
        return s.error();

    session->m_lossKind = project.training.loss;
    session->m_split = splitFor(data, project.dataset);
    if (session->m_split.train.empty())
        return Diagnostic{DiagCode::JsonValue, "The training split is empty: lower the validation fraction"};
    applyThreadCount(project.training.threads);
    // Statistics of the samples as stored (channels intact), then the Input's arrangement.
    session->m_scaling = fitScaling(data, session->m_split.train, project.dataset.scaling);
    applyScaling(session->m_scaling, data.features);
    if (inputShape != data.sampleShape()) data.features.setSampleShape(inputShape);

    Result<std::unique_ptr<Network>> network = compile(project.graph, project.training.batchSize);
    if (!network.ok()) return network.error();
    session->m_network = std::move(network.value());
    session->m_network->initialize(project.training.seed);
    session->m_trainer = std::make_unique<Trainer>(*session->m_network, session->m_dataset, session->m_split,
                                                   project.training);
    return session;
}

std::optional<Evaluation> TrainingSession::evaluateTest() {
    if (m_split.test.empty()) return std::nullopt;
    return evaluate(*m_network, m_dataset, m_split.test, m_lossKind);
}

void TrainingSession::storeResults(Project& project) const {
    project.fittedScaling = m_scaling;
    if (m_scaling.kind == Scaling::None) project.fittedScaling.reset();
    project.weights = m_network->exportWeights();
    project.history = m_trainer->history();
}

} // namespace nw
