#include "engine/io/base64.h"
#include "engine/io/json_writer.h"
#include "engine/io/project_json.h"
#include "engine/layers/registry.h"

#include <cmath>

namespace nw {
namespace io {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
// Spelt out for compilers without aggregate deduction (clang 14, which builds the fuzzers).
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

Json writeAttribute(const AttrSpec& spec, const AttrValue& value) {
    return std::visit(Overloaded{
                          [](int64_t v) -> Json { return v; },
                          [](double v) -> Json { return v; },
                          [](bool v) -> Json { return v; },
                          [&](EnumValue v) -> Json { return spec.options.at(static_cast<size_t>(v.index)); },
                          [](const Shape& v) -> Json { return v.dims(); },
                      },
                      value);
}

Json writeNode(const Node& node) {
    const LayerInfo& info = layerRegistry().info(node.kind);
    Json attributes = Json::object();
    for (size_t i = 0; i < info.attrs.size() && i < node.attrs.size(); ++i)
        attributes[info.attrs[i].name] = writeAttribute(info.attrs[i], node.attrs[i]);
    Json out = Json::object();
    out["id"] = node.id.value;
    out["kind"] = info.name;
    out["name"] = node.name;
    out["position"] = Json::array({node.position.x, node.position.y});
    // Written only when off, so files of networks without disabled nodes do not change.
    if (!node.enabled) out["enabled"] = false;
    out["attributes"] = std::move(attributes);
    return out;
}

Json writePort(PortRef port) { return Json::array({port.node.value, port.port}); }

// JSON has no NaN or infinities: NaN (accuracy of a regression, a missing validation split) becomes
// null, and infinities (a diverging loss) become strings, so every value comes back as it was.
Json writeMetric(double value) {
    if (std::isnan(value)) return nullptr;
    if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
    return value;
}

} // namespace

Json writeGraph(const Graph& graph) {
    Json nodes = Json::array();
    for (const Node& node : graph.nodes()) nodes.push_back(writeNode(node));
    Json edges = Json::array();
    for (const Edge& edge : graph.edges()) {
        Json e = Json::object();
        e["from"] = writePort(edge.from);
        e["to"] = writePort(edge.to);
        edges.push_back(std::move(e));
    }
    Json out = Json::object();
    out["nodes"] = std::move(nodes);
    out["edges"] = std::move(edges);
    return out;
}

Json writeCsvOptions(const CsvOptions& csv) {
    Json out = Json::object();
    out["target"] = csv.targetColumn;
    out["delimiter"] = csv.delimiter ? std::string(1, *csv.delimiter) : std::string("auto");
    out["header"] = csv.hasHeader ? (*csv.hasHeader ? "yes" : "no") : "auto";
    out["missing"] = toString(csv.missing);
    out["task"] =
        csv.task ? (*csv.task == TaskKind::Classification ? "classification" : "regression") : "auto";
    out["ignore"] = csv.ignoredColumns;
    return out;
}

Json writeImageOptions(const ImageFolderOptions& images) {
    Json out = Json::object();
    out["width"] = images.width;
    out["height"] = images.height;
    out["color"] = toString(images.color);
    return out;
}

Json writeDataset(const DatasetSpec& spec) {
    Json out = Json::object();
    out["source"] = toString(spec.source);
    // Only the settings of the chosen source: a file names one data set.
    switch (spec.source) {
    case DatasetSource::Synthetic: {
        Json synthetic = Json::object();
        synthetic["kind"] = toString(spec.synthetic.kind);
        synthetic["samples"] = spec.synthetic.samples;
        synthetic["noise"] = spec.synthetic.noise;
        synthetic["classes"] = spec.synthetic.classes;
        synthetic["seed"] = spec.synthetic.seed;
        out["synthetic"] = std::move(synthetic);
        break;
    }
    case DatasetSource::Builtin: out["builtin"] = toString(spec.builtin); break;
    case DatasetSource::Idx: out["path"] = spec.path; break;
    case DatasetSource::Csv:
        out["path"] = spec.path;
        out["csv"] = writeCsvOptions(spec.csv);
        break;
    case DatasetSource::Images:
        out["path"] = spec.path;
        out["images"] = writeImageOptions(spec.images);
        break;
    }
    out["validationFraction"] = spec.validationFraction;
    out["testFraction"] = spec.testFraction;
    out["splitSeed"] = spec.splitSeed;
    out["scaling"] = toString(spec.scaling);
    return out;
}

Json writeFittedScaling(const FittedScaling& fitted) {
    Json out = Json::object();
    out["kind"] = toString(fitted.kind);
    out["groupSize"] = fitted.groupSize;
    out["offset"] = encodeFloats(fitted.offset);
    out["scale"] = encodeFloats(fitted.scale);
    return out;
}

Json writeTraining(const TrainingSettings& settings) {
    const OptimizerSettings& o = settings.optimizer;
    Json optimizer = Json::object();
    optimizer["kind"] = toString(o.kind);
    optimizer["learningRate"] = o.learningRate;
    optimizer["momentum"] = o.momentum;
    optimizer["nesterov"] = o.nesterov;
    optimizer["beta1"] = o.beta1;
    optimizer["beta2"] = o.beta2;
    optimizer["rho"] = o.rho;
    optimizer["epsilon"] = o.epsilon;
    optimizer["weightDecay"] = o.weightDecay;
    Json out = Json::object();
    out["loss"] = toString(settings.loss);
    out["optimizer"] = std::move(optimizer);
    out["batchSize"] = settings.batchSize;
    out["epochs"] = settings.epochs;
    out["seed"] = settings.seed;
    out["threads"] = settings.threads;
    // Written only when used, so files of projects that train with a constant rate do not change.
    if (settings.schedule != ScheduleSettings{}) {
        const ScheduleSettings& s = settings.schedule;
        Json schedule = Json::object();
        schedule["kind"] = toString(s.kind);
        schedule["warmupEpochs"] = s.warmupEpochs;
        schedule["stepEpochs"] = s.stepEpochs;
        schedule["factor"] = s.factor;
        schedule["gamma"] = s.gamma;
        schedule["minFactor"] = s.minFactor;
        schedule["patience"] = s.patience;
        out["schedule"] = std::move(schedule);
    }
    if (settings.earlyStopping.enabled) {
        const EarlyStoppingSettings& e = settings.earlyStopping;
        Json stopping = Json::object();
        stopping["metric"] = toString(e.metric);
        stopping["patience"] = e.patience;
        stopping["restoreBest"] = e.restoreBest;
        out["earlyStopping"] = std::move(stopping);
    }
    if (settings.clipNorm > 0) out["clipNorm"] = settings.clipNorm;
    return out;
}

// The current run's history is the project's own `history`: written once, there.
Json writeRun(const RunRecord& run, bool current) {
    Json out = Json::object();
    out["id"] = run.id;
    out["startedAt"] = run.startedAt;
    out["outcome"] = toString(run.outcome);
    out["note"] = run.note;
    out["graph"] = writeGraph(run.graph);
    out["dataset"] = writeDataset(run.dataset);
    out["training"] = writeTraining(run.training);
    if (!current) out["history"] = writeHistory(run.history);
    return out;
}

Json writeTrainingState(const TrainingState& state) {
    Json moments = Json::array();
    for (const std::vector<float>& slot : state.optimizer.moments) moments.push_back(encodeFloats(slot));
    Json out = Json::object();
    out["optimizer"] = toString(state.optimizer.kind);
    out["optimizerSteps"] = state.optimizer.steps;
    out["moments"] = std::move(moments);
    out["plannedEpochs"] = state.plannedEpochs;
    out["scheduleEpochs"] = state.scheduleEpochs;
    out["epochBatches"] = state.epochBatches;
    out["epochLossSum"] = writeMetric(state.epochLossSum);
    out["epochCorrect"] = state.epochCorrect;
    return out;
}

// Weights of a node the graph no longer has (deleted after training) are left out: the reader
// refuses them, and a file the program writes must always open again.
Json writeWeights(const Weights& weights, const Graph& graph) {
    Json out = Json::array();
    for (const NodeWeights& node : weights) {
        if (!graph.node(node.node)) continue;
        Json params = Json::array();
        for (size_t i = 0; i < node.values.size(); ++i) {
            const Tensor& t = node.values[i];
            Json p = Json::object();
            p["name"] = i < node.names.size() ? node.names[i] : std::string();
            p["shape"] = t.shape().dims();
            p["data"] = encodeFloats({t.data(), static_cast<size_t>(t.size())});
            params.push_back(std::move(p));
        }
        Json n = Json::object();
        n["node"] = node.node.value;
        n["params"] = std::move(params);
        out.push_back(std::move(n));
    }
    return out;
}

Json writeHistory(const MetricHistory& history) {
    Json epochs = Json::array();
    for (const EpochMetrics& m : history.epochs) {
        Json e = Json::object();
        e["epoch"] = m.epoch;
        e["trainLoss"] = writeMetric(m.trainLoss);
        e["trainAccuracy"] = writeMetric(m.trainAccuracy);
        e["validationLoss"] = writeMetric(m.validationLoss);
        e["validationAccuracy"] = writeMetric(m.validationAccuracy);
        e["seconds"] = writeMetric(m.seconds);
        e["steps"] = m.steps;
        e["learningRate"] = writeMetric(m.learningRate);
        epochs.push_back(std::move(e));
    }
    Json out = Json::object();
    out["epochs"] = std::move(epochs);
    out["batchLosses"] = encodeFloats(history.batchLosses);
    return out;
}

} // namespace io

std::string serializeProject(const Project& project) { return io::formatJson(io::writeProject(project)); }

namespace io {

Json writeProject(const Project& project) {
    Json doc = Json::object();
    doc["format"] = kProjectFormatName;
    doc["version"] = kProjectFormatVersion;
    doc["graph"] = writeGraph(project.graph);
    doc["dataset"] = writeDataset(project.dataset);
    doc["training"] = writeTraining(project.training);
    if (project.fittedScaling) doc["fittedScaling"] = writeFittedScaling(*project.fittedScaling);
    if (project.csvEncoding) doc["csvEncoding"] = writeCsvEncoding(*project.csvEncoding);
    if (project.weights) doc["weights"] = writeWeights(*project.weights, project.graph);
    doc["history"] = writeHistory(project.history);
    if (project.trainingState) doc["trainingState"] = writeTrainingState(*project.trainingState);
    // Written only once there are runs, so the files of untrained projects do not change.
    if (!project.runs.empty()) {
        Json runs = Json::array();
        for (const RunRecord& run : project.runs) runs.push_back(writeRun(run, project.currentRun == run.id));
        doc["runs"] = std::move(runs);
        if (project.currentRun) doc["currentRun"] = *project.currentRun;
    }
    return doc;
}

} // namespace io

} // namespace nw
