#include "engine/io/onnx_quantize.h"

#include "engine/data/dataset_spec.h"
#include "engine/data/preprocessing.h"
#include "engine/losses/loss.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw {

QuantParams quantParams(ValueRange range) {
    const double low = std::min(0.0, static_cast<double>(range.min));
    const double high = std::max(0.0, static_cast<double>(range.max));
    if (!(high > low) || !std::isfinite(high - low)) return {};
    const double scale = (high - low) / 255.0;
    const double zeroPoint = std::clamp(std::round(-128.0 - low / scale), -128.0, 127.0);
    return {static_cast<float>(scale), static_cast<int>(zeroPoint)};
}

ChannelQuantized quantizePerChannel(const float* weights, int64_t rows, int64_t rowSize) {
    ChannelQuantized q;
    q.values.resize(static_cast<size_t>(rows * rowSize));
    q.scales.resize(static_cast<size_t>(rows));
    for (int64_t r = 0; r < rows; ++r) {
        const float* row = weights + r * rowSize;
        float largest = 0;
        for (int64_t i = 0; i < rowSize; ++i) largest = std::max(largest, std::abs(row[i]));
        const float scale = largest > 0 ? largest / 127.0f : 1.0f;
        q.scales[static_cast<size_t>(r)] = scale;
        for (int64_t i = 0; i < rowSize; ++i)
            q.values[static_cast<size_t>(r * rowSize + i)] =
                static_cast<int8_t>(std::clamp(std::round(row[i] / scale), -127.0f, 127.0f));
    }
    return q;
}

Result<ActivationRanges> calibrateRanges(const Project& project, const Tensor& scaledInputs) {
    constexpr int64_t kBatch = 256;
    Result<std::unique_ptr<Network>> network = trainedNetwork(project, kBatch);
    if (!network.ok()) return network.error();
    ActivationRanges ranges;
    const auto widen = [&ranges](NodeId node, const float* values, int64_t count) {
        constexpr float kNone = std::numeric_limits<float>::infinity();
        auto it = ranges.try_emplace(node, ValueRange{kNone, -kNone}).first;
        for (int64_t i = 0; i < count; ++i) {
            if (!std::isfinite(values[i])) continue;
            it->second.min = std::min(it->second.min, values[i]);
            it->second.max = std::max(it->second.max, values[i]);
        }
    };
    Tensor batch(scaledInputs.shape().withoutBatch().withBatch(kBatch));
    for (int64_t begin = 0; begin < scaledInputs.rows(); begin += kBatch) {
        const int64_t n = std::min(kBatch, scaledInputs.rows() - begin);
        batch.setRows(n);
        std::copy(scaledInputs.row(begin), scaledInputs.row(begin) + n * scaledInputs.rowSize(),
                  batch.data());
        (*network)->forward(batch, false);
        for (const Network::Step& step : (*network)->steps())
            widen(step.node, step.output.data(), step.output.size());
    }
    return ranges;
}

namespace {

// The first `count` of `indices` gathered from `data`: features as the data holds them, targets.
void gatherFirst(const Dataset& data, std::span<const int64_t> indices, int64_t count, Tensor& features,
                 Tensor& targets) {
    const auto first = indices.first(static_cast<size_t>(std::min<int64_t>(count, std::ssize(indices))));
    features = Tensor(data.sampleShape().withBatch(std::max<int64_t>(std::ssize(first), 1)));
    targets = Tensor(Shape{std::max<int64_t>(std::ssize(first), 1), data.targetWidth()});
    gatherBatch(data, first, features, targets);
}

} // namespace

Result<Int8Samples> int8Samples(const Project& project, const std::filesystem::path& projectDir,
                                int64_t evaluationCount) {
    Result<Dataset> data = loadDataset(project.dataset, projectDir);
    if (!data.ok())
        return Diagnostic{
            data.error().code,
            Text(NW_TEXT("An int8 export finds its value ranges on the project's data, which "
                         "cannot be read: %1"),
                 {data.error().text.empty() ? TextArg(data.error().message) : TextArg(data.error().text)})};
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    const int64_t features = analysis.input ? analysis.node(*analysis.input)->output->numel() : 0;
    if (data->size() == 0 || data->sampleShape().numel() != features)
        return Diagnostic{DiagCode::DataMismatch,
                          Text(NW_TEXT("An int8 export finds its value ranges on the project's data, which "
                                       "does not fit the Input layer"))};
    const DataSplit split = splitFor(*data, project.dataset);
    const std::string source = describeSource(project.dataset);
    Int8Samples s;
    Tensor unusedTargets;
    const std::vector<int64_t>& train = split.train.empty() ? split.validation : split.train;
    gatherFirst(*data, train.empty() ? split.test : train, kCalibrationSamples, s.calibration, unusedTargets);
    s.calibratedOn = std::to_string(s.calibration.rows()) + " training samples of " + source;
    // Held-out samples when the split has them, the test part first.
    const char* part = "test";
    const std::vector<int64_t>* evaluation = &split.test;
    if (evaluation->empty()) evaluation = &split.validation, part = "validation";
    if (evaluation->empty()) evaluation = &train, part = "training";
    gatherFirst(*data, *evaluation, std::max<int64_t>(evaluationCount, 1), s.rawInputs, s.targets);
    s.evaluatedOn = std::to_string(s.rawInputs.rows()) + " " + part + " samples of " + source;
    s.classification = data->task == TaskKind::Classification;
    s.inputs = s.rawInputs;
    if (project.fittedScaling && project.fittedScaling->fits(features)) {
        applyScaling(*project.fittedScaling, s.calibration);
        applyScaling(*project.fittedScaling, s.inputs);
    }
    return s;
}

Int8Comparison compareInt8(const Tensor& floatOutputs, const Tensor& int8Outputs, const Tensor& targets,
                           bool classification) {
    Int8Comparison c;
    c.classification = classification;
    const double n = static_cast<double>(std::max<int64_t>(floatOutputs.rows(), 1));
    if (classification) {
        c.floatAccuracy = static_cast<double>(countCorrect(floatOutputs, targets)) / n;
        c.int8Accuracy = static_cast<double>(countCorrect(int8Outputs, targets)) / n;
    }
    double sum = 0, squares = 0, difference = 0;
    for (int64_t i = 0; i < floatOutputs.size(); ++i) {
        sum += floatOutputs[i];
        squares += static_cast<double>(floatOutputs[i]) * floatOutputs[i];
        difference += std::abs(static_cast<double>(floatOutputs[i]) - int8Outputs[i]);
    }
    const double values = static_cast<double>(std::max<int64_t>(floatOutputs.size(), 1));
    const double mean = sum / values;
    c.floatSpread = std::sqrt(std::max(0.0, squares / values - mean * mean));
    c.meanAbsDifference = difference / values;
    return c;
}

} // namespace nw
