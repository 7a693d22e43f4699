// ONNX import, checked against the real producers: models written by PyTorch's torch.onnx.export
// (tests/export/torch_models_to_onnx.py) must compute PyTorch's outputs, and the engine's own exports
// of every example and of every layer kind must come back computing what they computed before.

#include "../cli/process.h"
#include "../io/temp_dir.h"
#include "../support/consumers.h"
#include "export_fixtures.h"

#include "engine/io/export_model.h"
#include "engine/io/file_io.h"
#include "engine/io/onnx_export.h"
#include "engine/io/onnx_import.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/registry.h"
#include "engine/layers/spatial.h"

#include <gtest/gtest.h>
#include <onnx/onnx_pb.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>

namespace nw {
namespace {

namespace fs = std::filesystem;

std::vector<float> readFloats(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<float> values(fs::file_size(path) / sizeof(float));
    in.read(reinterpret_cast<char*>(values.data()),
            static_cast<std::streamsize>(values.size() * sizeof(float)));
    return values;
}

double largestDifference(const Tensor& a, const Tensor& b) {
    EXPECT_EQ(a.size(), b.size());
    double worst = 0;
    for (int64_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, static_cast<double>(std::abs(a[i] - b[i])));
    return worst;
}

std::map<LayerKind, int> kindsOf(const Graph& graph) {
    std::map<LayerKind, int> kinds;
    for (const Node& n : graph.nodes()) ++kinds[n.kind];
    return kinds;
}

// The models PyTorch wrote, made once for the whole suite.
class PytorchModels : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!(s_missing = test::missingPythonModule("torch")).empty()) return;
        s_dir = std::make_unique<test::TempDir>();
        const test::ProcessResult r = test::runProcess(
            "/usr/bin/python3", {NW_TESTS_DIR "/export/torch_models_to_onnx.py", s_dir->path().string()});
        s_output = r.out + r.err;
        if (r.exitCode != 0) s_missing = "torch_models_to_onnx.py failed: " + s_output;
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    void SetUp() override {
        if (!s_missing.empty()) GTEST_SKIP() << s_missing;
    }
    static fs::path model(const std::string& name) { return s_dir->path() / (name + ".onnx"); }

    // Imports `name` and compares the engine's outputs with PyTorch's on the same inputs.
    static Project importAndCompare(const std::string& name, const Shape& sampleShape) {
        std::vector<Diagnostic> problems;
        const Result<ImportedModel> imported = importOnnxFile(model(name), &problems);
        EXPECT_TRUE(imported.ok()) << (imported.ok() ? "" : imported.error().describe());
        if (!imported.ok()) return {};
        EXPECT_TRUE(problems.empty());
        const std::vector<float> in = readFloats(s_dir->path() / (name + ".inputs.bin"));
        const std::vector<float> expected = readFloats(s_dir->path() / (name + ".outputs.bin"));
        const int64_t batch = static_cast<int64_t>(in.size()) / sampleShape.numel();
        Tensor inputs(sampleShape.withBatch(batch));
        std::copy(in.begin(), in.end(), inputs.data());
        const Result<Tensor> outputs = engineOutputs(imported->project, inputs);
        EXPECT_TRUE(outputs.ok()) << (outputs.ok() ? "" : outputs.error().describe());
        if (!outputs.ok()) return imported->project;
        Tensor torchOutputs(outputs->shape());
        EXPECT_EQ(static_cast<int64_t>(expected.size()), torchOutputs.size());
        std::copy(expected.begin(),
                  expected.begin() + std::min<int64_t>(expected.size(), torchOutputs.size()),
                  torchOutputs.data());
        const double difference = largestDifference(*outputs, torchOutputs);
        std::cout << "[ measured ] " << name << " (" << imported->producer << ", opset " << imported->opset
                  << "): " << imported->onnxNodes << " nodes -> " << imported->project.graph.nodes().size()
                  << " layers, max |engine - PyTorch| = " << difference << "\n";
        EXPECT_LE(difference, 1e-4) << name;
        return imported->project;
    }

    static inline std::unique_ptr<test::TempDir> s_dir;
    static inline std::string s_missing, s_output;
};

TEST_F(PytorchModels, MlpMatchesPytorch) {
    const Project p = importAndCompare("mlp", Shape{784});
    EXPECT_EQ(kindsOf(p.graph)[LayerKind::Dense], 3);
    EXPECT_EQ(kindsOf(p.graph)[LayerKind::Tanh], 1);
    // Names come from PyTorch's module names.
    EXPECT_NE(p.graph.findByName("fc1"), nullptr);
}

TEST_F(PytorchModels, LenetMatchesPytorch) {
    const Project p = importAndCompare("lenet", Shape{1, 28, 28});
    const auto kinds = kindsOf(p.graph);
    EXPECT_EQ(kinds.at(LayerKind::Conv2D), 2);
    EXPECT_EQ(kinds.at(LayerKind::MaxPool2D), 2);
    EXPECT_EQ(kinds.at(LayerKind::Flatten), 1);
    EXPECT_EQ(kinds.at(LayerKind::Dense), 3);
    // The first convolution pads by 2 around a 5×5 window: the engine's "same".
    EXPECT_EQ(attrEnum(p.graph.findByName("conv1")->attrs, conv2d_attr::kPadding),
              static_cast<int>(Padding::Same));
}

TEST_F(PytorchModels, ResidualNetworkWithBatchNormMatchesPytorch) {
    const Project p = importAndCompare("residual_bn", Shape{1, 28, 28});
    const auto kinds = kindsOf(p.graph);
    EXPECT_EQ(kinds.at(LayerKind::BatchNorm), 4);
    EXPECT_EQ(kinds.at(LayerKind::Add), 1);
    EXPECT_EQ(kinds.at(LayerKind::GlobalAveragePool), 1);
    // x.view(x.size(0), -1) after the pooling is shape arithmetic, folded away.
    EXPECT_FALSE(kinds.contains(LayerKind::Reshape));
    EXPECT_FALSE(kinds.contains(LayerKind::Flatten));
}

TEST_F(PytorchModels, FoldedBatchNormAtOpset17MatchesPytorch) {
    const Project p = importAndCompare("residual_bn_folded_opset17", Shape{1, 28, 28});
    EXPECT_EQ(kindsOf(p.graph).at(LayerKind::Conv2D), 4);
}

TEST_F(PytorchModels, ImportedModelExportsAgain) {
    const Project p = importAndCompare("residual_bn", Shape{1, 28, 28});
    const Result<std::string> bytes = buildOnnxModel(p);
    ASSERT_TRUE(bytes.ok()) << bytes.error().describe();
    const Result<ImportedModel> again = importOnnxModel(*bytes);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(kindsOf(again->project.graph), kindsOf(p.graph));
}

TEST_F(PytorchModels, GroupedConvolutionIsNamedWithItsReason) {
    std::vector<Diagnostic> problems;
    const Result<ImportedModel> imported = importOnnxFile(model("grouped"), &problems);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, DiagCode::ImportUnsupported);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].location, "Conv '/conv/Conv'");
    EXPECT_NE(problems[0].message.find("group 2"), std::string::npos) << problems[0].message;
    EXPECT_NE(imported.error().message.find("1 of the model's"), std::string::npos)
        << imported.error().message;
}

// Export → import → export of every example: the same outputs each time.
TEST(OnnxImport, EveryExampleSurvivesExportAndImport) {
    for (const fs::path& file : test::exampleProjects()) {
        SCOPED_TRACE(file.filename().string());
        const Result<Project> loaded = loadProject(file);
        ASSERT_TRUE(loaded.ok());
        const Project& original = *loaded; // untrained: the export carries the seed's initial weights
        const Result<std::string> bytes = buildOnnxModel(original);
        ASSERT_TRUE(bytes.ok()) << bytes.error().describe();
        const Result<ImportedModel> imported = importOnnxModel(*bytes);
        ASSERT_TRUE(imported.ok()) << imported.error().describe();
        std::string described;
        const Tensor inputs = verificationInputs(original, file.parent_path(), 32, described);
        const Result<Tensor> before = engineOutputs(original, inputs);
        const Result<Tensor> after = engineOutputs(imported->project, inputs);
        ASSERT_TRUE(before.ok() && after.ok());
        EXPECT_LE(largestDifference(*before, *after), 1e-5);
        const Result<std::string> again = buildOnnxModel(imported->project);
        ASSERT_TRUE(again.ok()) << again.error().describe();
        const Result<ImportedModel> twice = importOnnxModel(*again);
        ASSERT_TRUE(twice.ok()) << twice.error().describe();
        const Result<Tensor> last = engineOutputs(twice->project, inputs);
        ASSERT_TRUE(last.ok());
        EXPECT_EQ(largestDifference(*after, *last), 0.0);
    }
}

// Every layer kind, with its written-out forms (GELU, Swish, LayerNorm over an image) recognised.
TEST(OnnxImport, EveryLayerKindSurvivesExportAndImport) {
    const Project original = test::everyLayerKindProject();
    const Result<std::string> bytes = buildOnnxModel(original);
    ASSERT_TRUE(bytes.ok()) << bytes.error().describe();
    std::vector<Diagnostic> problems;
    const Result<ImportedModel> imported = importOnnxModel(*bytes, &problems);
    for (const Diagnostic& d : problems) ADD_FAILURE() << d.describe();
    ASSERT_TRUE(imported.ok()) << imported.error().describe();
    std::string described;
    const Tensor inputs = verificationInputs(original, {}, 16, described);
    const Result<Tensor> before = engineOutputs(original, inputs);
    const Result<Tensor> after = engineOutputs(imported->project, inputs);
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_LE(largestDifference(*before, *after), 1e-4);
    const auto kinds = kindsOf(imported->project.graph);
    for (LayerKind kind : {LayerKind::LayerNorm, LayerKind::GELU, LayerKind::Swish, LayerKind::BatchNorm,
                           LayerKind::Concat, LayerKind::Add, LayerKind::AvgPool2D, LayerKind::ELU})
        EXPECT_TRUE(kinds.contains(kind)) << layerRegistry().info(kind).name;
}

// What a damaged file gives: a Diagnostic, never a crash or an exception.
TEST(OnnxImport, DamagedFilesGiveDiagnostics) {
    const Result<std::string> bytes = buildOnnxModel(test::everyLayerKindProject());
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(importOnnxModel("").error().code, DiagCode::ImportInvalid);
    EXPECT_EQ(importOnnxModel("not an onnx model at all").error().code, DiagCode::ImportInvalid);
    for (size_t length : {size_t{1}, size_t{16}, bytes->size() / 3, bytes->size() / 2, bytes->size() - 1})
        EXPECT_FALSE(importOnnxModel(std::string_view(*bytes).substr(0, length)).ok()) << length;
    std::mt19937 random(5);
    int refused = 0;
    for (int trial = 0; trial < 200; ++trial) {
        std::string damaged = *bytes;
        for (int flips = 0; flips < 4; ++flips)
            damaged[random() % damaged.size()] = static_cast<char>(random() % 256);
        refused += importOnnxModel(damaged).ok() ? 0 : 1;
    }
    std::cout << "[ measured ] " << refused << " of 200 damaged models refused, the rest imported\n";
}

TEST(OnnxImport, OpsetOutsideTheRangeIsRefusedWithTheRange) {
    const Result<std::string> bytes = buildOnnxModel(test::everyLayerKindProject());
    ASSERT_TRUE(bytes.ok());
    onnx::ModelProto model;
    ASSERT_TRUE(model.ParseFromString(*bytes));
    model.mutable_opset_import(0)->set_version(9);
    const Result<ImportedModel> imported = importOnnxModel(model.SerializeAsString());
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, DiagCode::ImportUnsupported);
    EXPECT_NE(imported.error().message.find("opsets 11 to 17"), std::string::npos)
        << imported.error().message;
}

TEST(OnnxImport, MissingFileIsReported) {
    const Result<ImportedModel> imported = importOnnxFile("/nonexistent/model.onnx");
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, DiagCode::FileNotFound);
}

} // namespace
} // namespace nw
