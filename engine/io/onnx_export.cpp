#include "engine/io/onnx_export.h"

#include "engine/io/export_model.h"
#include "engine/io/file_io.h"
#include "engine/io/onnx_builder.h"
#include "engine/io/onnx_int8_layers.h"
#include "engine/io/onnx_layers.h"

#include <onnx/checker.h>
#include <onnx/shape_inference/implementation.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>

namespace nw {
namespace {

using onnx_export::OnnxBuilder;

void addMetadata(onnx::ModelProto& model, const std::string& key, const std::string& value) {
    onnx::StringStringEntryProto& entry = *model.add_metadata_props();
    entry.set_key(key);
    entry.set_value(value);
}

bool scales(const Project& project) {
    return project.fittedScaling && project.fittedScaling->kind != Scaling::None;
}

// The preprocessing the model expects its inputs to have had, in words and as the project's JSON,
// and the names of the classes its outputs stand for.
void describePreprocessing(onnx::ModelProto& model, const Project& project, bool trained,
                           bool scalingInModel) {
    addMetadata(model, kOnnxTrainedKey, trained ? "true" : "false");
    if (const std::vector<std::string> names = projectClassNames(project); !names.empty())
        addMetadata(model, kOnnxClassNamesKey, nlohmann::json(names).dump());
    if (scales(project)) {
        addMetadata(model, kOnnxScalingKey, scalingJson(*project.fittedScaling));
        addMetadata(model, kOnnxScalingInModelKey, scalingInModel ? "true" : "false");
        model.set_doc_string(
            scalingInModel
                ? "Inputs are raw data, as the project reads it: the first nodes scale them as in training, "
                  "y = (x - offset[g]) * scale[g], with the statistics also in the metadata '" +
                      std::string(kOnnxScalingKey) + "'."
                : "Inputs must be scaled as in training: y = (x - offset[g]) * scale[g] per group "
                  "of groupSize consecutive features; the statistics are in the metadata '" +
                      std::string(kOnnxScalingKey) + "'.");
    } else {
        model.set_doc_string("Inputs are used as the data provides them: the project applies no scaling.");
    }
}

// ONNX's own checks. They throw; a throw means this exporter wrote something wrong.
Status checkModel(const onnx::ModelProto& model) {
    try {
        onnx::checker::check_model(model);
        onnx::ModelProto inferred = model;
        onnx::shape_inference::InferShapes(inferred, onnx::OpSchemaRegistry::Instance(),
                                           onnx::ShapeInferenceOptions(true, 1, false));
    } catch (const std::exception& e) {
        return Diagnostic{DiagCode::ExportInvalid,
                          Text(NW_TEXT("The exported ONNX model fails ONNX's checks: %1"), {e.what()})};
    }
    return {};
}

// y = (x - offset) * scale on the raw input, each feature with its group's statistics, as the first
// two nodes; returns the scaled value.
std::string scaleInputs(OnnxBuilder& b, const std::string& input, const FittedScaling& scaling,
                        const Shape& shape) {
    std::vector<float> offset(static_cast<size_t>(shape.numel())), scale(offset.size());
    for (size_t i = 0; i < offset.size(); ++i) {
        const size_t group = i / static_cast<size_t>(std::max<int64_t>(scaling.groupSize, 1));
        offset[i] = scaling.offset.at(group);
        scale[i] = scaling.scale.at(group);
    }
    const std::string centred =
        b.add("Sub", {input, b.floats("scaling.offset", shape.dims(), offset)}, "scaling/centred");
    return b.add("Mul", {centred, b.floats("scaling.scale", shape.dims(), scale)}, "scaling/scaled");
}

} // namespace

Result<std::string> buildOnnxModel(const Project& project, bool scalingInModel, Int8Build* int8) {
    Result<ExportModel> prepared = prepareExport(project);
    if (!prepared.ok()) return prepared.error();
    const ExportModel& m = *prepared;
    const Graph& graph = project.graph;

    onnx::ModelProto model;
    model.set_ir_version(onnx::IR_VERSION);
    model.set_producer_name("Neuroweave");
    model.set_producer_version(NW_VERSION);
    model.set_domain("org.neuroweave");
    onnx::OperatorSetIdProto& opset = *model.add_opset_import();
    opset.set_domain("");
    opset.set_version(kOnnxOpset);
    const bool scaleHere = scalingInModel && scales(project) &&
                           project.fittedScaling->fits(m.shapeOf(*m.analysis.input).numel());
    describePreprocessing(model, project, m.trained, scaleHere);

    onnx::GraphProto& g = *model.mutable_graph();
    g.set_name("neuroweave");
    OnnxBuilder b(g);
    std::optional<onnx_export::Int8Layers> int8Layers;
    if (int8) int8Layers.emplace(b, m, int8->ranges);
    std::map<NodeId, std::string> values; // the value holding each node's output
    for (NodeId id : m.order) {
        const Node& node = *graph.node(id);
        if (node.kind == LayerKind::Input) {
            values[id] = b.name(node.name);
            onnx_export::setBatchedFloatType(*g.add_input(), values[id], m.shapeOf(id).dims());
            if (scaleHere) values[id] = scaleInputs(b, values[id], *project.fittedScaling, m.shapeOf(id));
            continue;
        }
        std::vector<std::string> inputs;
        for (NodeId from : graph.predecessors(id)) inputs.push_back(values.at(from));
        if (int8Layers) {
            Result<std::string> value = int8Layers->emit(node, inputs);
            if (!value.ok()) return value.error();
            values[id] = *value;
            continue;
        }
        if (!node.enabled) {
            values[id] = b.add("Identity", {inputs[0]}, node.name);
            continue;
        }
        Result<std::string> value = onnx_export::emitLayer(b, m, node, inputs);
        if (!value.ok()) return value.error();
        values[id] = *value;
    }
    const NodeId last = *m.analysis.output;
    std::string output = values.at(last);
    // A final Dropout is no node of its own; the output still needs one, named after the layer.
    const Node& lastNode = *graph.node(last);
    if (int8Layers) {
        output = int8Layers->toFloat(output, lastNode.name);
        int8->int8Layers = int8Layers->int8Layers();
        int8->floatLayers = int8Layers->floatLayers();
    }
    if (lastNode.kind == LayerKind::Input || (lastNode.enabled && lastNode.kind == LayerKind::Dropout))
        output = b.add("Identity", {output}, lastNode.name);
    onnx_export::setBatchedFloatType(*g.add_output(), output, m.shapeOf(last).dims());

    if (Status checked = checkModel(model); !checked.ok()) return checked.error();
    std::string bytes;
    if (!model.SerializeToString(&bytes))
        return Diagnostic{DiagCode::ExportInvalid,
                          Text(NW_TEXT("The ONNX model could not be serialised (over 2 GB?)"))};
    return bytes;
}

namespace {

// Writes the model atomically (a failure leaves no partial file) and describes what was written.
Result<OnnxExportResult> writeModel(const Project& project, const std::filesystem::path& path,
                                    const std::string& bytes) {
    if (Status written = io::writeFileAtomically(path, bytes); !written.ok()) return written.error();
    OnnxExportResult result;
    result.path = path;
    result.bytes = bytes.size();
    result.trained = project.weights.has_value();
    return result;
}

ExportVerification cancelledOpenCvVerification() {
    ExportVerification v;
    v.consumer = "OpenCV DNN";
    v.cancelled = true;
    return v;
}

// The int8 model: ranges from the project's training data, written atomically, then run by OpenCV
// on held-out data and compared with the float model there.
Result<OnnxExportResult> exportInt8Onnx(const Project& project, const std::filesystem::path& path,
                                        const ExportOptions& options) {
    reportStep(options, ExportStep::PreparingSamples);
    Result<Int8Samples> samples = int8Samples(project, options.projectDir, options.verifySamples);
    if (!samples.ok()) return samples.error();
    Result<ActivationRanges> ranges = calibrateRanges(project, samples->calibration);
    if (!ranges.ok()) return ranges.error();
    reportStep(options, ExportStep::Writing);
    Int8Build build{.ranges = std::move(*ranges)};
    Result<std::string> bytes = buildOnnxModel(project, options.onnxScalingInModel, &build);
    if (!bytes.ok()) return bytes.error();
    Result<std::string> floatBytes = buildOnnxModel(project, options.onnxScalingInModel);
    if (!floatBytes.ok()) return floatBytes.error();
    Result<OnnxExportResult> written = writeModel(project, path, *bytes);
    if (!written.ok()) return written.error();
    OnnxExportResult& result = *written;
    result.quantization = QuantizationSummary{.floatBytes = floatBytes->size(),
                                              .int8Layers = build.int8Layers,
                                              .floatLayers = build.floatLayers,
                                              .calibrationSamples = samples->calibration.rows(),
                                              .calibratedOn = samples->calibratedOn};
    if (options.verifySamples <= 0) return result;
    if (cancelled(options)) {
        result.verification = cancelledOpenCvVerification();
        return result;
    }
    Result<Tensor> floatOutputs = engineOutputs(project, samples->inputs);
    if (!floatOutputs.ok()) return floatOutputs.error();
    reportStep(options, ExportStep::VerifyingOpenCv);
    const bool raw = options.onnxScalingInModel && scales(project);
    Tensor int8Outputs(floatOutputs->shape());
    ExportVerification& v = result.verification;
    v = runOnnxWithOpenCv(*bytes, raw ? samples->rawInputs : samples->inputs, int8Outputs);
    v.inputs = samples->evaluatedOn;
    if (v.ran) {
        v.maxAbsDifference = maxAbsDifference(*floatOutputs, int8Outputs);
        v.int8 = compareInt8(*floatOutputs, int8Outputs, samples->targets, samples->classification);
    }
    return result;
}

} // namespace

Result<OnnxExportResult> exportOnnx(const Project& project, const std::filesystem::path& path,
                                    const ExportOptions& options) {
    if (options.onnxQuantize) return exportInt8Onnx(project, path, options);
    reportStep(options, ExportStep::Writing);
    Result<std::string> bytes = buildOnnxModel(project, options.onnxScalingInModel);
    if (!bytes.ok()) return bytes.error();
    Result<OnnxExportResult> written = writeModel(project, path, *bytes);
    if (!written.ok()) return written.error();
    OnnxExportResult& result = *written;
    if (options.verifySamples > 0) {
        reportStep(options, ExportStep::PreparingSamples);
        Result<VerificationCase> check = verificationCase(project, options.projectDir, options.verifySamples);
        if (!check.ok()) return check.error();
        if (cancelled(options)) {
            result.verification = cancelledOpenCvVerification();
            return result;
        }
        reportStep(options, ExportStep::VerifyingOpenCv);
        // A model that scales its inputs itself is fed the data as the project reads it.
        const bool raw = options.onnxScalingInModel && scales(project);
        result.verification =
            verifyOnnxWithOpenCv(*bytes, raw ? check->rawInputs : check->inputs, check->expected);
        result.verification.inputs = check->description;
    }
    return result;
}

} // namespace nw
