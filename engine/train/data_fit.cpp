#include "engine/train/data_fit.h"

#include "engine/io/project.h"
#include "engine/layers/dense.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace nw {

namespace {

std::string count(int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Layers that hand their input's shape on unchanged: the outputs' count is decided before them.
bool keepsShape(LayerKind kind) {
    switch (kind) {
    case LayerKind::ReLU:
    case LayerKind::LeakyReLU:
    case LayerKind::Sigmoid:
    case LayerKind::Tanh:
    case LayerKind::Softmax:
    case LayerKind::GELU:
    case LayerKind::ELU:
    case LayerKind::Swish:
    case LayerKind::Dropout:
    case LayerKind::Identity:
    case LayerKind::BatchNorm:
    case LayerKind::LayerNorm: return true;
    default: return false;
    }
}

// The Dense layer whose units are the network's outputs: the output itself, or the last Dense before
// a chain of shape-keeping layers (Softmax, an activation, Dropout) that ends at it.
std::optional<NodeId> outputDense(const Graph& graph, NodeId output) {
    NodeId id = output;
    for (size_t hops = 0; hops <= graph.nodes().size(); ++hops) {
        const Node* node = graph.node(id);
        if (!node) return std::nullopt;
        if (node->kind == LayerKind::Dense && node->enabled) return id;
        if (node->enabled && !keepsShape(node->kind)) return std::nullopt;
        const std::vector<NodeId> before = graph.predecessors(id);
        if (before.size() != 1) return std::nullopt;
        id = before.front();
    }
    return std::nullopt;
}

// "… has 3 outputs but … 10 classes: set the last Dense layer's units to 10", with that fix when the
// Dense is found.
DataFitProblem unitsProblem(const Graph& graph, NodeId output, DiagCode code, const std::string& what,
                            int64_t units) {
    DataFitProblem problem;
    const std::optional<NodeId> dense = outputDense(graph, output);
    problem.diagnostic = Diagnostic{code, what, dense ? dense : std::optional<NodeId>(output), {}};
    if (dense) {
        problem.diagnostic.message += ": set the last Dense layer's units to " + std::to_string(units);
        problem.fix = DataFitFix{.kind = DataFitFix::Kind::SetUnits, .node = *dense, .units = units};
    }
    return problem;
}

DataFitProblem lossProblem(const std::string& what, LossKind loss) {
    return {Diagnostic{DiagCode::IncompatibleLoss,
                       what + ": choose the loss " + std::string(toString(loss)),
                       std::nullopt,
                       {}},
            DataFitFix{.kind = DataFitFix::Kind::SetLoss, .loss = loss}};
}

// The network's outputs against the targets, for the project's loss.
std::optional<DataFitProblem> outputProblem(const Project& project, NodeId output, const Shape& outputShape,
                                            const DataFacts& facts) {
    const Graph& graph = project.graph;
    const int64_t width = outputShape.numel();
    const std::string outputs = "The network has " + count(width, "output", "outputs");
    const std::string classes = "'" + facts.name + "' has " + count(facts.numClasses, "class", "classes");
    const bool classification = facts.task == TaskKind::Classification;
    // Both cross-entropies compare class labels: a regression set needs mse.
    if (!classification && project.training.loss != LossKind::MeanSquaredError)
        return lossProblem("The loss " + std::string(toString(project.training.loss)) +
                               " needs class labels, but '" + facts.name + "' is a regression data set",
                           LossKind::MeanSquaredError);
    switch (project.training.loss) {
    case LossKind::MeanSquaredError: {
        // Class indices are compared one-hot against the outputs: one output per class.
        const bool oneHot = classification && facts.targetWidth == 1 && width > 1;
        if (oneHot && width != facts.numClasses)
            return unitsProblem(graph, output, DiagCode::IncompatibleLoss, outputs + " but " + classes,
                                facts.numClasses);
        if (!oneHot && width != facts.targetWidth)
            return unitsProblem(graph, output, DiagCode::IncompatibleLoss,
                                outputs + " but the samples of '" + facts.name + "' have " +
                                    count(facts.targetWidth, "target value", "target values"),
                                facts.targetWidth);
        return std::nullopt;
    }
    case LossKind::SoftmaxCrossEntropy:
        if (width != facts.numClasses)
            return unitsProblem(graph, output, DiagCode::IncompatibleLoss, outputs + " but " + classes,
                                facts.numClasses);
        return std::nullopt;
    case LossKind::BinaryCrossEntropy:
        if (facts.numClasses != 2)
            return lossProblem("Binary cross-entropy needs 2 classes but " + classes,
                               LossKind::SoftmaxCrossEntropy);
        if (width != 1)
            return unitsProblem(
                graph, output, DiagCode::IncompatibleLoss,
                "Binary cross-entropy needs 1 output but the network has " + std::to_string(width), 1);
        return std::nullopt;
    }
    return std::nullopt;
}

std::string magnitude(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", static_cast<double>(value));
    return text;
}

} // namespace

DataDefaults defaultsFor(const DatasetSpec& spec) {
    constexpr int kLargeSetEpochs = 5;
    switch (spec.source) {
    case DatasetSource::Synthetic: return {Scaling::None, std::nullopt}; // already around [-1, 1]
    case DatasetSource::Builtin: return {Scaling::UnitRange, kLargeSetEpochs};
    case DatasetSource::Idx:
    case DatasetSource::Images: return {Scaling::UnitRange, std::nullopt};
    case DatasetSource::Csv: return {Scaling::Standardize, std::nullopt};
    }
    return {};
}

DataFacts describeData(const Dataset& data) {
    DataFacts facts;
    facts.name = data.name;
    facts.sampleShape = data.sampleShape();
    facts.task = data.task;
    facts.numClasses = data.numClasses;
    facts.targetWidth = data.targetWidth();
    facts.imageLike = facts.sampleShape.rank() == 3;
    const float* x = data.features.data();
    for (int64_t i = 0, n = data.features.size(); i < n; ++i)
        if (std::isfinite(x[i])) facts.largestMagnitude = std::max(facts.largestMagnitude, std::abs(x[i]));
    return facts;
}

std::vector<DataFitProblem> checkDataFit(const Project& project, const GraphAnalysis& analysis,
                                         const DataFacts& facts) {
    std::vector<DataFitProblem> problems;
    const NodeAnalysis* input = analysis.input ? analysis.node(*analysis.input) : nullptr;
    if (input && input->output && input->output->numel() != facts.sampleShape.numel()) {
        // The same number of values in another arrangement (a flat 784 for 1×28×28) is read as the
        // Input takes it; only a different count does not fit.
        const Shape& takes = *input->output;
        problems.push_back(
            {Diagnostic{DiagCode::DataMismatch,
                        "The Input layer takes " + takes.toString() + " (" +
                            count(takes.numel(), "value", "values") + ") but the samples of '" + facts.name +
                            "' are " + facts.sampleShape.toString() + " (" +
                            count(facts.sampleShape.numel(), "value", "values") +
                            "): set the Input's shape to " + facts.sampleShape.toString(),
                        analysis.input,
                        {}},
             DataFitFix{.kind = DataFitFix::Kind::SetInputShape,
                        .node = *analysis.input,
                        .shape = facts.sampleShape}});
    }
    const NodeAnalysis* output = analysis.output ? analysis.node(*analysis.output) : nullptr;
    if (output && output->output)
        if (std::optional<DataFitProblem> p =
                outputProblem(project, *analysis.output, *output->output, facts))
            problems.push_back(std::move(*p));

    if (project.dataset.scaling == Scaling::None && facts.largestMagnitude > kLargeUnscaledInput) {
        const Scaling better = facts.imageLike ? Scaling::UnitRange : Scaling::Standardize;
        problems.push_back(
            {Diagnostic{DiagCode::UnscaledData,
                        "The samples of '" + facts.name + "' reach " + magnitude(facts.largestMagnitude) +
                            " and are not scaled, so the first steps are huge and training is unstable: "
                            "choose the scaling " +
                            (better == Scaling::UnitRange ? "'unit range'" : "'standardize'"),
                        std::nullopt,
                        {}},
             DataFitFix{.kind = DataFitFix::Kind::SetScaling, .scaling = better}, true});
    }
    return problems;
}

} // namespace nw
