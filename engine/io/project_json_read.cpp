#include "engine/io/base64.h"
#include "engine/io/project_json.h"
#include "engine/layers/registry.h"

#include <algorithm>

namespace nw {
namespace io {
namespace {

constexpr int64_t kMaxNodeId = std::numeric_limits<uint32_t>::max();
constexpr int64_t kMaxPort = std::numeric_limits<int>::max();
constexpr int kMaxParamRank = 8;

std::string knownKinds() {
    std::string names;
    for (const LayerInfo& info : layerRegistry().all()) names += (names.empty() ? "" : ", ") + info.name;
    return names;
}

std::string optionList(const AttrSpec& spec) {
    std::string names;
    for (const std::string& option : spec.options) names += (names.empty() ? "" : ", ") + option;
    return names;
}

AttrValue readAttribute(const JsonReader& in, const AttrSpec& spec, NodeId node) {
    switch (spec.type) {
    case AttrType::Int: return in.integer();
    case AttrType::Float: return in.number();
    case AttrType::Bool: return in.boolean();
    case AttrType::Enum: {
        const std::string key = in.string();
        const auto it = std::find(spec.options.begin(), spec.options.end(), key);
        if (it == spec.options.end() && !in.failed())
            in.fail(DiagCode::JsonValue,
                    Text(NW_TEXT("'%1' has no option '%2'; expected one of %3"),
                         {spec.name, key, optionList(spec)}),
                    node);
        return EnumValue{static_cast<int>(it - spec.options.begin())};
    }
    case AttrType::Shape: {
        std::vector<int64_t> dims;
        for (const JsonReader& d : in.elements()) dims.push_back(d.integer());
        return Shape(std::move(dims));
    }
    }
    return {};
}

// Attributes absent from the file keep their defaults, so files written before an attribute existed
// still load; an attribute this build does not know is an error, never silently dropped.
Attributes readAttributes(const JsonReader& in, const LayerInfo& info, NodeId node) {
    Attributes attrs = defaultAttributes(info.attrs);
    for (const auto& [name, value] : in.members()) {
        const int index = info.attrIndex(name);
        if (index < 0) {
            value.fail(DiagCode::UnknownAttribute,
                       Text(NW_TEXT("%1 has no attribute '%2'"), {info.name, name}), node);
            break;
        }
        const AttrSpec& spec = info.attrs[static_cast<size_t>(index)];
        AttrValue v = readAttribute(value, spec, node);
        if (in.failed()) break;
        if (Text why = checkAttributeText(spec, v); !why.empty()) {
            value.fail(DiagCode::AttributeRange, why, node);
            break;
        }
        attrs[static_cast<size_t>(index)] = std::move(v);
    }
    return attrs;
}

void readNode(const JsonReader& in, Graph& graph) {
    in.allowOnly({"id", "kind", "name", "position", "enabled", "attributes"});
    Node node;
    node.id = NodeId{static_cast<uint32_t>(in.at("id").integer(1, kMaxNodeId))};
    const JsonReader kindField = in.at("kind");
    const std::string kind = kindField.string();
    const LayerInfo* info = layerRegistry().find(kind);
    if (!info) {
        kindField.fail(DiagCode::UnknownLayerKind,
                       Text(NW_TEXT("Unknown layer kind '%1'; this build knows %2"), {kind, knownKinds()}),
                       node.id);
        return;
    }
    node.kind = info->kind;
    node.name = in.at("name").string();
    if (const auto position = in.find("position")) {
        const std::vector<JsonReader> xy = position->elements(2);
        if (xy.size() == 2) node.position = Point{xy[0].number(), xy[1].number()};
    }
    if (const auto enabled = in.find("enabled")) node.enabled = enabled->boolean();
    const auto attributes = in.find("attributes");
    node.attrs = attributes ? readAttributes(*attributes, *info, node.id) : defaultAttributes(info->attrs);
    if (in.failed()) return;
    if (Status s = graph.insertNode(std::move(node)); !s.ok()) in.fail(s.error());
}

PortRef readPort(const JsonReader& in) {
    const std::vector<JsonReader> pair = in.elements(2);
    if (pair.size() != 2) return {};
    return PortRef{NodeId{static_cast<uint32_t>(pair[0].integer(1, kMaxNodeId))},
                   static_cast<int>(pair[1].integer(0, kMaxPort))};
}

void readEdge(const JsonReader& in, Graph& graph) {
    in.allowOnly({"from", "to"});
    const Edge edge{readPort(in.at("from")), readPort(in.at("to"))};
    if (in.failed()) return;
    // Structure only: a shape mismatch is the graph's diagnostic to show, not a reason to refuse the file.
    if (Status s = graph.connect(edge, Graph::ShapeCheck::Skip); !s.ok()) in.fail(s.error());
}

// The values of one parameter; the shape must account for exactly the values the data holds.
Tensor readTensor(const JsonReader& in, NodeId node) {
    std::vector<int64_t> dims;
    const JsonReader shapeField = in.at("shape");
    const std::vector<JsonReader> dimFields = shapeField.elements();
    if (dimFields.size() > kMaxParamRank)
        shapeField.fail(
            DiagCode::JsonValue,
            Text(NW_TEXT("A parameter has at most %1 dimensions, got %2"), {kMaxParamRank, dimFields.size()}),
            node);
    for (const JsonReader& d : dimFields) dims.push_back(d.integer(0, std::numeric_limits<int32_t>::max()));
    const JsonReader dataField = in.at("data");
    const std::string text = dataField.string();
    if (in.failed()) return {};
    const auto values = decodeFloats(text);
    if (!values) {
        dataField.fail(DiagCode::JsonValue, Text(NW_TEXT("Not float32 values in base64")), node);
        return {};
    }
    // The product stops short of overflowing: a shape from a damaged file may be astronomically large.
    const bool empty = std::find(dims.begin(), dims.end(), 0) != dims.end();
    int64_t expected = empty ? 0 : 1;
    bool overflow = false;
    for (size_t i = 0; i < dims.size() && !empty && !overflow; ++i) {
        overflow = expected > std::numeric_limits<int64_t>::max() / dims[i];
        if (!overflow) expected *= dims[i];
    }
    const Shape shape(std::move(dims));
    if (overflow || expected != static_cast<int64_t>(values->size())) {
        dataField.fail(DiagCode::DataMismatch,
                       Text(NW_TEXT("The shape %1 needs %2, but the data holds %3"),
                            {shape.toString(),
                             overflow ? Text(NW_TEXT("more values than a file can hold"))
                                      : Text(NW_TEXT("%1 values"), {expected}),
                             values->size()}),
                       node);
        return {};
    }
    Tensor tensor(shape);
    std::copy(values->begin(), values->end(), tensor.data());
    return tensor;
}

NodeWeights readNodeWeights(const JsonReader& in, const Graph& graph) {
    in.allowOnly({"node", "params"});
    NodeWeights out;
    const JsonReader nodeField = in.at("node");
    out.node = NodeId{static_cast<uint32_t>(nodeField.integer(1, kMaxNodeId))};
    if (!in.failed() && !graph.node(out.node))
        nodeField.fail(
            DiagCode::UnknownNode,
            Text(NW_TEXT("Weights for node %1, which the graph does not have"), {int64_t{out.node.value}}),
            out.node);
    for (const JsonReader& param : in.at("params").elements()) {
        param.allowOnly({"name", "shape", "data"});
        out.names.push_back(param.at("name").string());
        out.values.push_back(readTensor(param, out.node));
    }
    return out;
}

} // namespace

void readGraph(const JsonReader& in, Graph& graph) {
    in.allowOnly({"nodes", "edges"});
    // Every node before any edge: an edge may name a node listed after it.
    for (const JsonReader& node : in.at("nodes").elements()) readNode(node, graph);
    for (const JsonReader& edge : in.at("edges").elements()) readEdge(edge, graph);
}

void readWeights(const JsonReader& in, const Graph& graph, Weights& weights) {
    for (const JsonReader& entry : in.elements()) {
        NodeWeights w = readNodeWeights(entry, graph);
        if (in.failed()) return;
        const bool repeated = std::any_of(weights.begin(), weights.end(),
                                          [&](const NodeWeights& other) { return other.node == w.node; });
        if (repeated)
            return entry.fail(DiagCode::JsonValue,
                              Text(NW_TEXT("Node %1 has weights listed twice"), {int64_t{w.node.value}}),
                              w.node);
        weights.push_back(std::move(w));
    }
}

} // namespace io

namespace {

void readRuns(const io::JsonReader& root, Project& project) {
    if (const auto runs = root.find("runs"))
        for (const io::JsonReader& entry : runs->elements()) {
            RunRecord run;
            io::readRun(entry, run);
            if (root.failed()) return;
            const bool repeated = std::any_of(project.runs.begin(), project.runs.end(),
                                              [&](const RunRecord& r) { return r.id == run.id; });
            if (repeated) {
                entry.fail(DiagCode::JsonValue, Text(NW_TEXT("Run %1 is listed twice"), {run.id}));
                return;
            }
            project.runs.push_back(std::move(run));
        }
    if (const auto current = root.find("currentRun")) {
        const auto id = static_cast<int>(current->integer(1, std::numeric_limits<int>::max()));
        const auto run = std::find_if(project.runs.begin(), project.runs.end(),
                                      [&](const RunRecord& r) { return r.id == id; });
        if (run == project.runs.end()) {
            if (!root.failed()) current->fail(DiagCode::JsonValue, Text(NW_TEXT("There is no run %1"), {id}));
            return;
        }
        project.currentRun = id;
        run->history = project.history; // written once, as the project's own
    }
}

} // namespace

Status checkTrainingSettings(const TrainingSettings& settings) {
    using namespace io;
    // Written and read back, so the limits are the file reader's and live only there.
    const Json written = writeTraining(settings);
    JsonReader::Problem problem;
    TrainingSettings read;
    readTraining(JsonReader(written, problem), read);
    if (problem.first) return *problem.first;
    return {};
}

Result<Project> parseProject(std::string_view text) {
    using namespace io;
    Result<Json> document = parseJson(text);
    if (!document.ok()) return document.error();
    JsonReader::Problem problem;
    const JsonReader root(*document, problem);
    Project project = readProject(root);
    if (problem.first) return *problem.first;
    return project;
}

namespace io {

Project readProject(const JsonReader& root) {
    // The format and version first: a newer file says so, rather than failing on what it added.
    const JsonReader format = root.at("format");
    if (const std::string name = format.string(); !root.failed() && name != kProjectFormatName)
        format.fail(DiagCode::JsonValue,
                    Text(NW_TEXT("This is not a Neuroweave project: 'format' is '%1'"), {name}));
    const JsonReader versionField = root.at("version");
    const int64_t version = versionField.integer(1, std::numeric_limits<int32_t>::max());
    if (!root.failed() && version > kProjectFormatVersion)
        versionField.fail(DiagCode::UnsupportedVersion,
                          Text(NW_TEXT("The file is in project format version %1, made by a newer "
                                       "Neuroweave; this build reads versions up to %2"),
                               {version, kProjectFormatVersion}));
    root.allowOnly({"format", "version", "graph", "dataset", "training", "fittedScaling", "csvEncoding",
                    "weights", "history", "trainingState", "runs", "currentRun"});

    Project project;
    readGraph(root.at("graph"), project.graph);
    if (const auto dataset = root.find("dataset")) readDataset(*dataset, project.dataset);
    if (const auto training = root.find("training")) readTraining(*training, project.training);
    if (const auto fitted = root.find("fittedScaling"))
        readFittedScaling(*fitted, project.fittedScaling.emplace());
    if (const auto encoding = root.find("csvEncoding"))
        readCsvEncoding(*encoding, project.csvEncoding.emplace());
    if (const auto weights = root.find("weights"))
        readWeights(*weights, project.graph, project.weights.emplace());
    if (const auto history = root.find("history")) readHistory(*history, project.history);
    if (const auto state = root.find("trainingState"))
        readTrainingState(*state, project.trainingState.emplace());
    readRuns(root, project);
    return project;
}

} // namespace io
} // namespace nw
