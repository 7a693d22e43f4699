#include "engine/io/export_model.h"

#include "engine/core/rng.h"
#include "engine/data/builtin_datasets.h"
#include "engine/data/dataset_spec.h"
#include "engine/data/synthetic.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace nw {

bool ExportModel::hasWeight(NodeId id, const std::string& name) const {
    const auto node = weights.find(id);
    return node != weights.end() && node->second.contains(name);
}

Pads windowPads(const Window& window, const Shape& input, const Shape& output) {
    const auto after = [&](int axis) {
        const int64_t total = (output[axis] - 1) * window.stride + window.extent() - input[axis];
        return std::max<int64_t>(total, 0) - window.padBefore(input[axis]);
    };
    return {window.padBefore(input[1]), window.padBefore(input[2]), after(1), after(2)};
}

std::string scalingJson(const FittedScaling& scaling) {
    nlohmann::ordered_json out;
    out["kind"] = toString(scaling.kind);
    out["groupSize"] = scaling.groupSize;
    out["offset"] = scaling.offset;
    out["scale"] = scaling.scale;
    return out.dump();
}

std::vector<std::string> projectClassNames(const Project& project) {
    switch (project.dataset.source) {
    case DatasetSource::Builtin: return builtinClassNames(project.dataset.builtin);
    case DatasetSource::Csv:
        return project.csvEncoding ? project.csvEncoding->classes : std::vector<std::string>{};
    case DatasetSource::Synthetic: {
        SyntheticSpec few = project.dataset.synthetic;
        few.samples = std::min<int64_t>(few.samples, 50); // the names depend on the kind and classes only
        return makeSynthetic(few).classNames;
    }
    default: return {};
    }
}

Result<std::unique_ptr<Network>> trainedNetwork(const Project& project, int64_t maxBatch) {
    Result<std::unique_ptr<Network>> network = compile(project.graph, std::max<int64_t>(maxBatch, 1));
    if (!network.ok()) return network.error();
    (*network)->initialize(project.training.seed);
    if (project.weights)
        if (Status imported = (*network)->importWeights(*project.weights); !imported.ok())
            return imported.error();
    return network;
}

Result<ExportModel> prepareExport(const Project& project) {
    ExportModel model;
    model.graph = &project.graph;
    model.analysis = analyzeGraph(project.graph);
    if (!model.analysis.valid()) return model.analysis.diagnostics.front();
    model.order = project.graph.topologicalOrder();
    Result<std::unique_ptr<Network>> network = trainedNetwork(project, 1);
    if (!network.ok()) return network.error();
    for (const NodeWeights& node : (*network)->exportWeights())
        for (size_t i = 0; i < node.names.size(); ++i)
            model.weights[node.node][node.names[i]] = node.values[i];
    model.trained = project.weights.has_value();
    model.classNames = projectClassNames(project);
    return model;
}

Tensor verificationInputs(const Project& project, const std::filesystem::path& projectDir, int64_t count,
                          std::string& description, bool scaled) {
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    const Shape inputShape = analysis.input ? *analysis.node(*analysis.input)->output : Shape{};
    Result<Dataset> data = loadDataset(project.dataset, projectDir);
    if (data.ok() && data->size() > 0 && data->sampleShape().numel() == inputShape.numel()) {
        const int64_t n = std::min(count, data->size());
        Tensor inputs(inputShape.withBatch(n));
        const Tensor& features = data->features;
        std::copy(features.data(), features.data() + n * inputShape.numel(), inputs.data());
        if (scaled && project.fittedScaling && project.fittedScaling->fits(inputShape.numel()))
            applyScaling(*project.fittedScaling, inputs);
        description = std::to_string(n) + " samples of " + describeSource(project.dataset);
        return inputs;
    }
    description = std::to_string(count) + " random inputs (" +
                  (data.ok() ? std::string("the data does not fit the Input layer")
                             : "the data could not be read: " + data.error().message) +
                  ")";
    Tensor inputs(inputShape.withBatch(count));
    Rng rng(project.training.seed);
    for (int64_t i = 0; i < inputs.size(); ++i) inputs[i] = static_cast<float>(rng.normal());
    if (scaled && project.fittedScaling && project.fittedScaling->fits(inputShape.numel()))
        applyScaling(*project.fittedScaling, inputs);
    return inputs;
}

Result<Tensor> engineOutputs(const Project& project, const Tensor& inputs) {
    Result<std::unique_ptr<Network>> network = trainedNetwork(project, inputs.rows());
    if (!network.ok()) return network.error();
    return (*network)->forward(inputs, false);
}

Result<VerificationCase> verificationCase(const Project& project, const std::filesystem::path& projectDir,
                                          int64_t count) {
    VerificationCase c;
    c.rawInputs = verificationInputs(project, projectDir, count, c.description, false);
    c.inputs = c.rawInputs;
    const int64_t features = c.inputs.rowSize();
    if (project.fittedScaling && project.fittedScaling->fits(features))
        applyScaling(*project.fittedScaling, c.inputs);
    Result<Tensor> expected = engineOutputs(project, c.inputs);
    if (!expected.ok()) return expected.error();
    c.expected = std::move(expected.value());
    return c;
}

} // namespace nw
