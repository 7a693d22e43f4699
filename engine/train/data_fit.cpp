#include "engine/train/data_fit.h"

#include "engine/io/project.h"
#include "engine/layers/dense.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace nw {

namespace {

// "1 output", "3 outputs": each form its own sentence, so that a language can word both.
Text count(int64_t n, TextPattern one, TextPattern many) { return Text(n == 1 ? one : many, {n}); }

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
DataFitProblem unitsProblem(const Graph& graph, NodeId output, DiagCode code, const Text& what,
                            int64_t units) {
    DataFitProblem problem;
    const std::optional<NodeId> dense = outputDense(graph, output);
    const Text sentence =
        dense ? Text(NW_TEXT("%1: set the last Dense layer's units to %2"), {what, units}) : what;
    problem.diagnostic = Diagnostic{code, sentence, dense ? dense : std::optional<NodeId>(output), {}};
    if (dense) problem.fix = DataFitFix{.kind = DataFitFix::Kind::SetUnits, .node = *dense, .units = units};
    return problem;
}

DataFitProblem lossProblem(const Text& what, LossKind loss) {
    return {Diagnostic{DiagCode::IncompatibleLoss,
                       Text(NW_TEXT("%1: choose the loss %2"), {what, std::string(toString(loss))}),
                       std::nullopt,
                       {}},
            DataFitFix{.kind = DataFitFix::Kind::SetLoss, .loss = loss}};
}

// The network's outputs against the targets, for the project's loss.
std::optional<DataFitProblem> outputProblem(const Project& project, NodeId output, const Shape& outputShape,
                                            const DataFacts& facts) {
    const Graph& graph = project.graph;
    const int64_t width = outputShape.numel();
    const Text outputs =
        Text(NW_TEXT("The network has %1"), {count(width, NW_TEXT("%1 output"), NW_TEXT("%1 outputs"))});
    const Text classes =
        Text(NW_TEXT("'%1' has %2"),
             {facts.name, count(facts.numClasses, NW_TEXT("%1 class"), NW_TEXT("%1 classes"))});
    const auto outputsBut = [&](const Text& what) { return Text(NW_TEXT("%1 but %2"), {outputs, what}); };
    const bool classification = facts.task == TaskKind::Classification;
    // Both cross-entropies compare class labels: a regression set needs mse.
    if (!classification && project.training.loss != LossKind::MeanSquaredError)
        return lossProblem(Text(NW_TEXT("The loss %1 needs class labels, but '%2' is a regression data set"),
                                {std::string(toString(project.training.loss)), facts.name}),
                           LossKind::MeanSquaredError);
    switch (project.training.loss) {
    case LossKind::MeanSquaredError: {
        // Class indices are compared one-hot against the outputs: one output per class.
        const bool oneHot = classification && facts.targetWidth == 1 && width > 1;
        if (oneHot && width != facts.numClasses)
            return unitsProblem(graph, output, DiagCode::IncompatibleLoss, outputsBut(classes),
                                facts.numClasses);
        if (!oneHot && width != facts.targetWidth)
            return unitsProblem(
                graph, output, DiagCode::IncompatibleLoss,
                outputsBut(Text(NW_TEXT("the samples of '%1' have %2"),
                                {facts.name, count(facts.targetWidth, NW_TEXT("%1 target value"),
                                                   NW_TEXT("%1 target values"))})),
                facts.targetWidth);
        return std::nullopt;
    }
    case LossKind::SoftmaxCrossEntropy:
        if (width != facts.numClasses)
            return unitsProblem(graph, output, DiagCode::IncompatibleLoss, outputsBut(classes),
                                facts.numClasses);
        return std::nullopt;
    case LossKind::BinaryCrossEntropy:
        if (facts.numClasses != 2)
            return lossProblem(Text(NW_TEXT("Binary cross-entropy needs 2 classes but %1"), {classes}),
                               LossKind::SoftmaxCrossEntropy);
        if (width != 1)
            return unitsProblem(
                graph, output, DiagCode::IncompatibleLoss,
                Text(NW_TEXT("Binary cross-entropy needs 1 output but the network has %1"), {width}), 1);
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
            {Diagnostic{
                 DiagCode::DataMismatch,
                 Text(NW_TEXT("The Input layer takes %1 (%2) but the samples of '%3' are %4 (%5): set "
                              "the Input's shape to %4"),
                      {takes.toString(), count(takes.numel(), NW_TEXT("%1 value"), NW_TEXT("%1 values")),
                       facts.name, facts.sampleShape.toString(),
                       count(facts.sampleShape.numel(), NW_TEXT("%1 value"), NW_TEXT("%1 values"))}),
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
            {Diagnostic{
                 DiagCode::UnscaledData,
                 Text(NW_TEXT("The samples of '%1' reach %2 and are not scaled, so the first steps are "
                              "huge and training is unstable: choose the scaling %3"),
                      {facts.name, TextArg::real(facts.largestMagnitude, magnitude(facts.largestMagnitude)),
                       better == Scaling::UnitRange ? "'unit range'" : "'standardize'"}),
                 std::nullopt,
                 {}},
             DataFitFix{.kind = DataFitFix::Kind::SetScaling, .scaling = better}, true});
    }
    return problems;
}

} // namespace nw
