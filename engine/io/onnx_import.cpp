#include "engine/io/onnx_import.h"

#include "engine/graph/layered_layout.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/file_io.h"
#include "engine/io/onnx_export.h"
#include "engine/io/onnx_import_context.h"
#include "engine/layers/registry.h"
#include "engine/runtime/network.h"

#include <nlohmann/json.hpp>
#include <onnx/checker.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace nw {
namespace {

using onnx_import::ImportContext;

Diagnostic invalid(const Text& why) { return Diagnostic{DiagCode::ImportInvalid, why}; }

Result<int> defaultOpset(const onnx::ModelProto& model) {
    for (const onnx::OperatorSetIdProto& set : model.opset_import())
        if (set.domain().empty() || set.domain() == "ai.onnx") {
            const int64_t version = set.version();
            if (version < kOnnxImportMinOpset || version > kOnnxImportMaxOpset)
                return Diagnostic{
                    DiagCode::ImportUnsupported,
                    Text(NW_TEXT("The model uses ONNX opset %1; the import reads opsets %2 to %3. "
                                 "Export it again with an opset in that range."),
                         {version, kOnnxImportMinOpset, kOnnxImportMaxOpset})};
            return static_cast<int>(version);
        }
    return invalid(Text(NW_TEXT("The model does not say which ONNX operator set it uses")));
}

// ONNX's own checks, which also catch most corrupt files that still decode.
Status checkModel(const onnx::ModelProto& model) {
    try {
        onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        return invalid(Text(NW_TEXT("The file is not a valid ONNX model: %1"), {std::string(e.what())}));
    }
    return {};
}

// The one graph input that is not an initializer: (batch, sample dims...) of float.
Result<std::pair<std::string, Shape>> networkInput(const onnx::GraphProto& graph) {
    std::vector<const onnx::ValueInfoProto*> inputs;
    for (const onnx::ValueInfoProto& input : graph.input()) {
        const bool initializer =
            std::any_of(graph.initializer().begin(), graph.initializer().end(),
                        [&](const onnx::TensorProto& t) { return t.name() == input.name(); });
        if (!initializer) inputs.push_back(&input);
    }
    if (inputs.size() != 1)
        return Diagnostic{DiagCode::ImportUnsupported,
                          Text(NW_TEXT("The model has %1 inputs; a Neuroweave network has exactly one"),
                               {static_cast<int64_t>(inputs.size())})};
    const onnx::ValueInfoProto& input = *inputs.front();
    const onnx::TypeProto& type = input.type();
    if (!type.has_tensor_type() || type.tensor_type().elem_type() != onnx::TensorProto::FLOAT)
        return Diagnostic{
            DiagCode::ImportUnsupported,
            Text(NW_TEXT("The model's input '%1' is not a tensor of 32-bit floats"), {input.name()})};
    const onnx::TensorShapeProto& shape = type.tensor_type().shape();
    std::vector<int64_t> dims;
    for (int i = 1; i < shape.dim_size(); ++i) {
        const onnx::TensorShapeProto::Dimension& d = shape.dim(i);
        if (!d.has_dim_value() || d.dim_value() < 1 || d.dim_value() > (1 << 24))
            return Diagnostic{DiagCode::ImportUnsupported,
                              Text(NW_TEXT("The size of dimension %1 of the model's input '%2' is not fixed"),
                                   {i, input.name()})};
        dims.push_back(d.dim_value());
    }
    if (dims.empty() || dims.size() > 3)
        return Diagnostic{
            DiagCode::ImportUnsupported,
            Text(NW_TEXT("The model's input '%1' has %2 dimensions; Neuroweave reads a batch of "
                         "vectors or of channels×height×width images"),
                 {input.name(), shape.dim_size()})};
    return std::pair{input.name(), Shape(dims)};
}

// Removes the layers whose output reaches nothing the network computes (left behind by nodes
// whose results were only used for shapes).
void removeUnreachable(Graph& graph, NodeId output) {
    std::vector<NodeId> unused;
    for (const Node& node : graph.nodes())
        if (node.id != output && !graph.reaches(node.id, output)) unused.push_back(node.id);
    for (NodeId id : unused) (void)graph.removeNode(id);
}

// The trained values the import read, in the shapes the compiled layers hold.
Result<Weights> trainedWeights(const ImportContext& context, uint64_t seed) {
    Result<std::unique_ptr<Network>> network = compile(context.graph, 1);
    if (!network.ok()) return network.error();
    (*network)->initialize(seed);
    Weights weights = (*network)->exportWeights();
    for (NodeWeights& node : weights) {
        const auto read = context.weights.find(node.node);
        for (size_t i = 0; i < node.names.size(); ++i) {
            if (read == context.weights.end() || !read->second.contains(node.names[i])) continue;
            const std::vector<float>& v = read->second.at(node.names[i]);
            Tensor& t = node.values[i];
            if (static_cast<int64_t>(v.size()) != t.size())
                return invalid(Text(NW_TEXT("The layer '%1' needs %2 values for '%3', the model has %4"),
                                    {context.graph.node(node.node)->name, t.size(), node.names[i],
                                     static_cast<int64_t>(v.size())}));
            std::copy(v.begin(), v.end(), t.data());
        }
    }
    return weights;
}

// Data the imported network fits, when its input and output make that obvious; otherwise the
// project keeps the default data and the notes say to choose some.
void guessDataset(ImportedModel& model, const Shape& input, const Shape& output) {
    const bool fashionInput = input == Shape{1, 28, 28} || input == Shape{784};
    if (fashionInput && output == Shape{10}) {
        model.project.dataset.source = DatasetSource::Builtin;
        model.project.dataset.builtin = BuiltinDataset::FashionMnist;
        model.notes.push_back(
            Text(NW_TEXT("The network takes 28×28 images into 10 classes, so the project trains "
                         "on Fashion-MNIST; choose other data in the Data panel if it was "
                         "made for something else.")));
        return;
    }
    model.notes.push_back(Text(NW_TEXT("Choose the data this network was made for in the Data panel before "
                                       "training it.")));
}

// Left to right, as the designer's Arrange Layers does, with a long network folded into rows of
// kColumnsPerRow layers (as the examples are drawn) so it can be read without zooming out. Every
// card is taken as tall as one with two inputs: the engine does not know the designer's card metrics.
void layOut(Graph& graph) {
    constexpr double kCardHeight = 100;
    constexpr int kColumnsPerRow = 6;
    const LayoutSpacing spacing;
    std::map<NodeId, Point> positions = layeredLayout(
        graph, [](NodeId) { return kCardHeight; }, spacing);
    double top = 0, bottom = 0;
    for (const auto& [id, p] : positions) {
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y + kCardHeight);
    }
    const double rowHeight = std::ceil((bottom - top + 3 * spacing.rowGap) / spacing.grid) * spacing.grid;
    for (auto& [id, p] : positions) {
        const int column = static_cast<int>(std::lround(p.x / spacing.columnStep));
        p.x = (column % kColumnsPerRow) * spacing.columnStep;
        p.y += (column / kColumnsPerRow) * rowHeight;
        (void)graph.setPosition(id, p);
    }
}

std::string producerOf(const onnx::ModelProto& model) {
    std::string producer = model.producer_name();
    if (!model.producer_version().empty())
        producer += (producer.empty() ? "" : " ") + model.producer_version();
    return producer;
}

std::string metadata(const onnx::ModelProto& model, const std::string& key) {
    for (const onnx::StringStringEntryProto& entry : model.metadata_props())
        if (entry.key() == key) return entry.value();
    return {};
}

// The scaling a Neuroweave export describes in its metadata; nullopt for other models or a value
// that does not parse (then the model is taken as it is).
std::optional<FittedScaling> exportedScaling(const onnx::ModelProto& model) {
    const nlohmann::json json = nlohmann::json::parse(metadata(model, kOnnxScalingKey), nullptr, false);
    if (!json.is_object()) return std::nullopt;
    try {
        FittedScaling scaling;
        const std::optional<Scaling> kind = scalingFromString(json.at("kind").get<std::string>());
        if (!kind) return std::nullopt;
        scaling.kind = *kind;
        scaling.groupSize = json.at("groupSize").get<int64_t>();
        scaling.offset = json.at("offset").get<std::vector<float>>();
        scaling.scale = json.at("scale").get<std::vector<float>>();
        if (scaling.groupSize < 1 || scaling.offset.size() != scaling.scale.size()) return std::nullopt;
        return scaling;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

// A Neuroweave export that scales its raw inputs starts with Sub(input, offset) → Mul(·, scale): the
// project applies that scaling itself, so the two nodes become its fitted scaling, not layers.
bool absorbInputScaling(ImportContext& context, const std::string& input) {
    int subIndex, mulIndex;
    const onnx::NodeProto* sub = context.soleConsumer(input, &subIndex);
    if (!sub || sub->op_type() != "Sub" || sub->input(0) != input || !context.constant(sub->input(1)))
        return false;
    const onnx::NodeProto* mul = context.soleConsumer(sub->output(0), &mulIndex);
    if (!mul || mul->op_type() != "Mul" || mul->input(0) != sub->output(0) ||
        !context.constant(mul->input(1)))
        return false;
    context.alias(mul->output(0), input);
    context.markDone(subIndex);
    context.markDone(mulIndex);
    return true;
}

Diagnostic summary(const std::vector<Diagnostic>& problems, int nodes) {
    const Diagnostic& first = problems.front();
    return Diagnostic{DiagCode::ImportUnsupported,
                      Text(NW_TEXT("%1 of the model's %2 nodes cannot become layers. The first, %3: %4"),
                           {static_cast<int64_t>(problems.size()), nodes, first.location,
                            first.text.empty() ? TextArg(first.message) : TextArg(first.text)})};
}

} // namespace

Result<ImportedModel> importOnnxModel(std::string_view bytes, std::vector<Diagnostic>* nodeProblems) {
    onnx::ModelProto model;
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()) ||
        !model.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return invalid(Text(NW_TEXT("The file is not an ONNX model: its contents could not be decoded")));
    Result<int> opset = defaultOpset(model);
    if (!opset.ok()) return opset.error();
    if (Status checked = checkModel(model); !checked.ok()) return checked.error();
    const onnx::GraphProto& g = model.graph();
    Result<std::pair<std::string, Shape>> input = networkInput(g);
    if (!input.ok()) return input.error();

    ImportContext context(g, *opset);
    for (const onnx::TensorProto& tensor : g.initializer()) {
        Result<onnx_import::Constant> constant = onnx_import::readTensor(tensor);
        if (!constant.ok()) return constant.error();
        context.setConstant(tensor.name(), std::move(*constant));
    }
    Result<NodeId> inputLayer =
        context.addLayer(LayerKind::Input, input->first, {}, {{"shape", input->second}}, input->first);
    if (!inputLayer.ok()) return inputLayer.error();

    const std::optional<FittedScaling> scaling = exportedScaling(model);
    const bool scalingAbsorbed = scaling && scaling->fits(input->second.numel()) &&
                                 metadata(model, kOnnxScalingInModelKey) == "true" &&
                                 absorbInputScaling(context, input->first);

    std::vector<Diagnostic> problems;
    for (int i = 0; i < context.nodeCount(); ++i) {
        if (context.isDone(i)) continue;
        const onnx::NodeProto& node = context.node(i);
        // A node downstream of one that failed has nothing to read; only the first failure is news.
        const bool inputsKnown =
            std::all_of(node.input().begin(), node.input().end(),
                        [&](const std::string& v) { return v.empty() || context.value(v); });
        if (!inputsKnown) {
            if (problems.empty())
                problems.push_back(onnx_import::unsupported(
                    node, Text(NW_TEXT("it reads a value no earlier node computes"))));
            context.markDone(i);
            continue;
        }
        if (Status imported = onnx_import::importNode(context, i); !imported.ok())
            problems.push_back(imported.error());
    }
    if (problems.empty()) {
        if (g.output_size() != 1)
            return Diagnostic{DiagCode::ImportUnsupported,
                              Text(NW_TEXT("The model has %1 outputs; a Neuroweave network has exactly one"),
                                   {g.output_size()})};
        if (!context.layerValue(g.output(0).name()))
            return Diagnostic{
                DiagCode::ImportUnsupported,
                Text(NW_TEXT("The model's output '%1' is a constant, not computed from its input"),
                     {g.output(0).name()})};
    }
    if (nodeProblems) *nodeProblems = problems;
    if (!problems.empty()) return summary(problems, g.node_size());

    const onnx_import::Value& output = *context.layerValue(g.output(0).name());
    removeUnreachable(context.graph, *output.layer);
    const GraphAnalysis analysis = analyzeGraph(context.graph);
    if (!analysis.valid()) return analysis.diagnostics.front();

    ImportedModel imported;
    imported.opset = *opset;
    imported.producer = producerOf(model);
    imported.onnxNodes = g.node_size();
    Result<Weights> weights = trainedWeights(context, imported.project.training.seed);
    if (!weights.ok()) return weights.error();
    layOut(context.graph);
    imported.project.graph = std::move(context.graph);
    imported.project.weights = std::move(*weights);
    guessDataset(imported, input->second, output.shape);
    // The model takes data scaled this way (by its own first nodes, now absorbed, or beforehand):
    // the project does the same to the data it reads.
    if (scaling && (scalingAbsorbed || metadata(model, kOnnxScalingInModelKey) != "true")) {
        imported.project.fittedScaling = scaling;
        imported.project.dataset.scaling = scaling->kind;
    }
    return imported;
}

Result<ImportedModel> importOnnxFile(const std::filesystem::path& path,
                                     std::vector<Diagnostic>* nodeProblems) {
    Result<std::string> bytes = io::readFile(path);
    if (!bytes.ok()) return bytes.error();
    return importOnnxModel(*bytes, nodeProblems);
}

std::vector<std::string> onnxImportOperators() {
    std::vector<std::string> ops = onnx_import::supportedOperators();
    for (const char* folded :
         {"Constant", "Shape", "Gather", "Unsqueeze", "Squeeze", "Cast", "Transpose", "Slice", "Sub", "Mul",
          "Div", "Neg", "Sqrt", "Reciprocal", "Erf", "ReduceMean", "Pow"})
        if (std::find(ops.begin(), ops.end(), folded) == ops.end()) ops.push_back(folded);
    std::sort(ops.begin(), ops.end());
    return ops;
}

} // namespace nw
