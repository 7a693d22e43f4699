// ONNX export, checked by the programs that read ONNX: ONNX's own checker (in-process and from
// Python with full_check) and OpenCV's DNN module, whose outputs must match the engine's.

#include "../io/temp_dir.h"
#include "../support/consumers.h"
#include "export_fixtures.h"

#include "engine/io/file_io.h"
#include "engine/io/onnx_export.h"
#include "engine/io/prediction.h"
#include "engine/layers/registry.h"

#include <gtest/gtest.h>
#include <onnx/onnx_pb.h>

#include <fstream>
#include <map>
#include <set>

namespace nw {
namespace {

namespace fs = std::filesystem;

constexpr double kTolerance = 1e-4;

onnx::ModelProto parsedModel(const std::string& bytes) {
    onnx::ModelProto model;
    EXPECT_TRUE(model.ParseFromString(bytes));
    return model;
}

std::string metadata(const onnx::ModelProto& model, const std::string& key) {
    for (const auto& entry : model.metadata_props())
        if (entry.key() == key) return entry.value();
    return {};
}

TEST(OnnxExport, TheTestNetworkUsesEveryLayerKind) {
    const Project p = test::everyLayerKindProject();
    std::set<LayerKind> used;
    for (const Node& n : p.graph.nodes()) used.insert(n.kind);
    for (const LayerInfo& info : layerRegistry().all()) EXPECT_TRUE(used.contains(info.kind)) << info.name;
}

// The exported model takes raw pixels, as prediction does, unless asked to expect scaled ones; the
// metadata names the classes either way.
TEST(OnnxExport, FashionModelTakesRawPixelsAndNamesItsClasses) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    const fs::path file = fs::path(NW_EXAMPLES_DIR) / "fashion_mlp.nwproj";
    const Project p = test::brieflyTrained(file);
    ASSERT_TRUE(p.fittedScaling && p.fittedScaling->kind == Scaling::UnitRange);
    const test::TempDir dir;
    for (const bool inModel : {true, false}) {
        SCOPED_TRACE(inModel ? "scaling in the model" : "scaled inputs");
        ExportOptions options{.projectDir = file.parent_path()};
        options.onnxScalingInModel = inModel;
        const Result<OnnxExportResult> r = exportOnnx(p, dir / "fashion.onnx", options);
        ASSERT_TRUE(r.ok()) << r.error().describe();
        const ExportVerification& v = r->verification;
        ASSERT_TRUE(v.ran) << v.note;
        EXPECT_NE(v.inputs.find("fashion-mnist"), std::string::npos) << v.inputs;
        EXPECT_LE(v.maxAbsDifference, kTolerance) << v.summary();
        const onnx::ModelProto model = parsedModel(io::readFile(dir / "fashion.onnx").value());
        EXPECT_EQ(model.graph().node(0).op_type() == "Sub", inModel);
        EXPECT_EQ(metadata(model, kOnnxScalingInModelKey), inModel ? "true" : "false");
        EXPECT_NE(metadata(model, kOnnxClassNamesKey).find("\"Ankle boot\"]"), std::string::npos)
            << metadata(model, kOnnxClassNamesKey);
    }
    // Prediction on an IDX file of images, which carries no class names, names the classes too.
    std::string idx{0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28};
    idx += std::string(2 * 28 * 28, static_cast<char>(200));
    std::ofstream(dir / "two-images-idx3-ubyte", std::ios::binary) << idx;
    const Result<Predictions> predicted = predict(p, file.parent_path(), dir / "two-images-idx3-ubyte");
    ASSERT_TRUE(predicted.ok()) << predicted.error().describe();
    EXPECT_EQ(predicted->columns.back(), "Ankle boot");
    ASSERT_EQ(predicted->labels.size(), 2u);
    EXPECT_EQ(predicted->labels[0].rfind("class_", 0), std::string::npos) << predicted->labels[0];
}

TEST(OnnxExport, EveryLayerKindMatchesOpenCv) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    const test::TempDir dir;
    const Project p = test::everyLayerKindProject();
    const Result<OnnxExportResult> r = exportOnnx(p, dir / "all.onnx");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_TRUE(r->trained);
    EXPECT_EQ(r->bytes, fs::file_size(dir / "all.onnx"));
    const ExportVerification& v = r->verification;
    ASSERT_TRUE(v.ran) << v.note;
    EXPECT_EQ(v.samples, 100);
    EXPECT_NE(v.inputs.find("random"), std::string::npos) << v.inputs;
    EXPECT_LE(v.maxAbsDifference, kTolerance) << v.summary();
    std::cout << "[ measured ] every layer kind: " << v.summary() << "\n";
    if (const std::string missing = test::missingPythonModule("onnx"); !missing.empty())
        GTEST_SKIP() << "Python's checker not run: " << missing;
    EXPECT_EQ(test::pythonOnnxCheck({dir / "all.onnx"}), "");
}

TEST(OnnxExport, NamesShapesProducerAndPreprocessing) {
    const Project p = test::brieflyTrained(fs::path(NW_EXAMPLES_DIR) / "fruit_csv.nwproj");
    ASSERT_TRUE(p.fittedScaling.has_value());
    const Result<std::string> bytes = buildOnnxModel(p);
    ASSERT_TRUE(bytes.ok()) << bytes.error().describe();
    const onnx::ModelProto model = parsedModel(*bytes);
    EXPECT_EQ(model.producer_name(), "Neuroweave");
    EXPECT_EQ(model.producer_version(), NW_VERSION);
    ASSERT_EQ(model.opset_import_size(), 1);
    EXPECT_EQ(model.opset_import(0).version(), kOnnxOpset);

    const onnx::GraphProto& g = model.graph();
    ASSERT_EQ(g.input_size(), 1);
    ASSERT_EQ(g.output_size(), 1);
    const Node* input = nullptr;
    for (const Node& n : p.graph.nodes())
        if (n.kind == LayerKind::Input) input = &n;
    ASSERT_NE(input, nullptr);
    EXPECT_EQ(g.input(0).name(), input->name);
    const auto& inShape = g.input(0).type().tensor_type().shape();
    ASSERT_EQ(inShape.dim_size(), 2);
    EXPECT_EQ(inShape.dim(0).dim_param(), "batch");
    EXPECT_EQ(inShape.dim(1).dim_value(), std::get<Shape>(input->attrs[0])[0]);
    const NodeId last = p.graph.topologicalOrder().back();
    EXPECT_EQ(g.output(0).name(), p.graph.node(last)->name);
    EXPECT_EQ(g.output(0).type().tensor_type().shape().dim(0).dim_param(), "batch");

    EXPECT_EQ(metadata(model, kOnnxTrainedKey), "true");
    const std::string scaling = metadata(model, kOnnxScalingKey);
    EXPECT_NE(scaling.find("\"offset\""), std::string::npos) << scaling;
    // The model scales raw data itself, and says so.
    EXPECT_EQ(metadata(model, kOnnxScalingInModelKey), "true");
    EXPECT_NE(model.doc_string().find("raw data"), std::string::npos) << model.doc_string();

    // No Dropout or training-only operator survives; every initializer is float or int64.
    for (const auto& node : g.node()) EXPECT_NE(node.op_type(), "Dropout");
    for (const auto& t : g.initializer())
        EXPECT_TRUE(t.data_type() == onnx::TensorProto::FLOAT || t.data_type() == onnx::TensorProto::INT64);
}

TEST(OnnxExport, DenseIsGemmWithTransposedWeightsAndUnitScales) {
    const Project p = test::everyLayerKindProject();
    const Result<std::string> bytes = buildOnnxModel(p);
    ASSERT_TRUE(bytes.ok());
    const onnx::ModelProto model = parsedModel(*bytes);
    int gemms = 0;
    for (const auto& node : model.graph().node()) {
        if (node.op_type() != "Gemm") continue;
        ++gemms;
        ASSERT_EQ(node.input_size(), 3);
        std::map<std::string, double> attrs;
        for (const auto& a : node.attribute())
            attrs[a.name()] = a.type() == onnx::AttributeProto::INT ? static_cast<double>(a.i()) : a.f();
        EXPECT_EQ(attrs["transB"], 1);
        EXPECT_EQ(attrs["alpha"], 1);
        EXPECT_EQ(attrs["beta"], 1);
    }
    EXPECT_EQ(gemms, 2); // the disabled Dense is an Identity
}

// OpenCV 4.6 averages over the image part of a window whatever count_include_pad says, so the
// numeric comparison cannot see this attribute: the engine leaves padding out, and so must the file.
TEST(OnnxExport, AveragePoolingLeavesPaddingOut) {
    const Result<std::string> bytes = buildOnnxModel(test::everyLayerKindProject());
    ASSERT_TRUE(bytes.ok());
    const onnx::ModelProto model = parsedModel(*bytes);
    int pools = 0;
    for (const auto& node : model.graph().node()) {
        if (node.op_type() != "AveragePool") continue;
        ++pools;
        bool excluded = false;
        for (const auto& a : node.attribute())
            if (a.name() == "count_include_pad") excluded = a.i() == 0;
        EXPECT_TRUE(excluded);
        for (const auto& a : node.attribute()) {
            if (a.name() != "pads") continue;
            EXPECT_EQ(std::vector<int64_t>(a.ints().begin(), a.ints().end()),
                      (std::vector<int64_t>{1, 1, 1, 1}));
        }
    }
    EXPECT_EQ(pools, 1);
}

TEST(OnnxExport, UntrainedProjectsExportTheirInitialWeights) {
    const test::TempDir dir;
    const Result<Project> p = loadProject(fs::path(NW_EXAMPLES_DIR) / "xor.nwproj");
    ASSERT_TRUE(p.ok());
    const Result<OnnxExportResult> r = exportOnnx(*p, dir / "xor.onnx", {.projectDir = NW_EXAMPLES_DIR});
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->trained);
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) {
        EXPECT_TRUE(r->verification.consumerMissing) << r->verification.summary();
        GTEST_SKIP() << missing;
    }
    ASSERT_TRUE(r->verification.ran);
    EXPECT_LE(r->verification.maxAbsDifference, kTolerance);
}

TEST(OnnxExport, AnInvalidNetworkIsRefusedAndNothingIsWritten) {
    const test::TempDir dir;
    Project p = test::everyLayerKindProject();
    const NodeId extra = p.graph.addNode(LayerKind::Dense, "dangling");
    const Result<OnnxExportResult> r = exportOnnx(p, dir / "bad.onnx");
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.empty());
    EXPECT_FALSE(fs::exists(dir / "bad.onnx"));
    (void)extra;
}

TEST(OnnxExport, AFailedWriteLeavesNoFileAndSaysWhy) {
    const test::TempDir dir;
    const fs::path out = dir / "missing-folder" / "model.onnx";
    const Result<OnnxExportResult> r = exportOnnx(test::everyLayerKindProject(), out);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, DiagCode::FileWrite);
    EXPECT_FALSE(fs::exists(out));
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(OnnxExport, AReplacedFileIsReplacedWhole) {
    const test::TempDir dir;
    const fs::path out = dir / "model.onnx";
    ASSERT_TRUE(exportOnnx(test::everyLayerKindProject(1), out, {.verifySamples = 0}).ok());
    const Result<OnnxExportResult> again =
        exportOnnx(test::everyLayerKindProject(2), out, {.verifySamples = 0});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(fs::file_size(out), again->bytes);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

} // namespace
} // namespace nw
