// The int8 ONNX export: quantization arithmetic, the operators written, and the int8 models run by
// OpenCV's DNN module against the float model on the project's own data.

#include "../io/temp_dir.h"
#include "../support/consumers.h"
#include "export_fixtures.h"

#include "engine/io/file_io.h"
#include "engine/io/onnx_export.h"

#include <gtest/gtest.h>
#include <onnx/onnx_pb.h>

#include <cmath>
#include <map>

namespace nw {
namespace {

namespace fs = std::filesystem;

float dequantized(int q, QuantParams p) { return static_cast<float>(q - p.zeroPoint) * p.scale; }

TEST(Int8Quantization, ZeroIsExactAndTheRangeIsCovered) {
    const QuantParams wide = quantParams({-1.0f, 3.0f});
    EXPECT_FLOAT_EQ(wide.scale, 4.0f / 255.0f);
    EXPECT_EQ(dequantized(wide.zeroPoint, wide), 0.0f);
    EXPECT_NEAR(dequantized(-128, wide), -1.0f, wide.scale);
    EXPECT_NEAR(dequantized(127, wide), 3.0f, wide.scale);
    // After a ReLU the range starts at 0: the int8 floor is the ReLU's.
    const QuantParams relu = quantParams({0.0f, 6.0f});
    EXPECT_EQ(relu.zeroPoint, -128);
    // A range on one side of 0 still holds 0; an empty one gets a harmless scale.
    EXPECT_EQ(quantParams({2.0f, 5.0f}).zeroPoint, -128);
    EXPECT_EQ(quantParams({-5.0f, -2.0f}).zeroPoint, 127);
    EXPECT_EQ(quantParams({0.0f, 0.0f}).scale, 1.0f);
}

TEST(Int8Quantization, WeightsPerChannelUseTheirOwnScale) {
    const std::vector<float> w{0.5f, -1.0f, 0.25f, /* channel 1 */ 40.0f, 10.0f, -20.0f, /* 2 */ 0, 0, 0};
    const ChannelQuantized q = quantizePerChannel(w.data(), 3, 3);
    ASSERT_EQ(q.scales.size(), 3u);
    EXPECT_FLOAT_EQ(q.scales[0], 1.0f / 127);
    EXPECT_FLOAT_EQ(q.scales[1], 40.0f / 127);
    EXPECT_EQ(q.scales[2], 1.0f);
    EXPECT_EQ(q.values[1], -127);
    EXPECT_EQ(q.values[3], 127);
    for (size_t i = 0; i < w.size(); ++i)
        EXPECT_NEAR(q.values[i] * q.scales[i / 3], w[i], q.scales[i / 3] / 2) << i;
}

const onnx::TensorProto* initializer(const onnx::ModelProto& model, const std::string& name) {
    for (const onnx::TensorProto& t : model.graph().initializer())
        if (t.name() == name) return &t;
    return nullptr;
}

// Every QLinearConv has int8 weights with one scale per output channel, an int32 bias, and reads and
// writes values named as ONNX Runtime's quantizer names them (OpenCV finds their scales by name).
void expectInt8Operators(const onnx::ModelProto& model, int int8Layers) {
    std::map<std::string, int> ops;
    for (const onnx::NodeProto& node : model.graph().node()) {
        ++ops[node.op_type()];
        if (node.op_type() != "QLinearConv") continue;
        SCOPED_TRACE(node.name());
        const onnx::TensorProto* weight = initializer(model, node.input(3));
        const onnx::TensorProto* scales = initializer(model, node.input(4));
        ASSERT_TRUE(weight && scales);
        EXPECT_EQ(weight->data_type(), onnx::TensorProto::INT8);
        EXPECT_EQ(scales->dims(0), weight->dims(0));
        if (node.input_size() == 9) {
            const onnx::TensorProto* bias = initializer(model, node.input(8));
            ASSERT_TRUE(bias);
            EXPECT_EQ(bias->data_type(), onnx::TensorProto::INT32);
        }
        const std::string out = node.output(0);
        ASSERT_TRUE(out.ends_with("_quantized")) << out;
        const std::string base = out.substr(0, out.size() - std::string("_quantized").size());
        EXPECT_TRUE(initializer(model, base + "_scale") && initializer(model, base + "_zero_point")) << base;
    }
    EXPECT_EQ(ops["QLinearConv"], int8Layers);
    EXPECT_EQ(ops["Gemm"] + ops["Conv"], 0) << "a Dense or Conv2D layer stayed float";
    EXPECT_GE(ops["QuantizeLinear"], 1);
    EXPECT_GE(ops["DequantizeLinear"], 1);
}

struct Int8Case {
    const char* example;
    int int8Layers;
    double largestSizeRatio;
};
void PrintTo(const Int8Case& c, std::ostream* os) { *os << c.example; }

class Int8Examples : public testing::TestWithParam<Int8Case> {};

// The int8 model, run by OpenCV on the project's test images, is within the allowed accuracy loss of
// the float model, and about a quarter of its size.
TEST_P(Int8Examples, OpenCvRunsItAndItKeepsTheAccuracy) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    const Int8Case c = GetParam();
    const fs::path file = fs::path(NW_EXAMPLES_DIR) / c.example;
    const Project p = test::brieflyTrained(file);
    const test::TempDir dir;
    ExportOptions options{.projectDir = file.parent_path()};
    options.onnxQuantize = true;
    options.verifySamples = 500;
    const Result<OnnxExportResult> r = exportOnnx(p, dir / "int8.onnx", options);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_TRUE(r->quantization);
    const QuantizationSummary& q = *r->quantization;
    EXPECT_EQ(q.int8Layers, c.int8Layers);
    EXPECT_EQ(q.calibrationSamples, 600); // the training part brieflyTrained leaves
    EXPECT_LT(static_cast<double>(r->bytes) / static_cast<double>(q.floatBytes), c.largestSizeRatio);
    const ExportVerification& v = r->verification;
    ASSERT_TRUE(v.ran) << v.note;
    ASSERT_TRUE(v.int8);
    EXPECT_TRUE(v.int8->classification);
    EXPECT_EQ(v.samples, 500);
    EXPECT_NE(v.inputs.find("500 test samples of fashion-mnist"), std::string::npos) << v.inputs;
    EXPECT_GT(v.int8->floatAccuracy, 0.5) << v.summary();
    EXPECT_GE(v.int8->int8Accuracy, v.int8->floatAccuracy - kInt8AccuracyLoss) << v.summary();
    EXPECT_TRUE(v.passed()) << v.summary();
    // Class probabilities: int8 rounding moves them by a little, a wrong scale by far more.
    EXPECT_LE(v.int8->meanAbsDifference, 0.01) << v.summary();
    std::cout << "[ measured ] " << c.example << ": " << r->bytes << " of " << q.floatBytes << " bytes; "
              << v.summary() << "; mean probability difference " << v.int8->meanAbsDifference << "\n";
    onnx::ModelProto model;
    ASSERT_TRUE(model.ParseFromString(io::readFile(dir / "int8.onnx").value()));
    expectInt8Operators(model, c.int8Layers);
    if (const std::string missing = test::missingPythonModule("onnx"); !missing.empty())
        GTEST_SKIP() << "Python's checker not run: " << missing;
    EXPECT_EQ(test::pythonOnnxCheck({dir / "int8.onnx"}), "");
}

INSTANTIATE_TEST_SUITE_P(Fashion, Int8Examples,
                         testing::Values(Int8Case{"fashion_mlp.nwproj", 3, 0.3},
                                         Int8Case{"fashion_cnn.nwproj", 5, 0.35}),
                         [](const auto& test) { return std::string(test.param.example).substr(0, 11); });

// Layers without an int8 form compute in float between DequantizeLinear and QuantizeLinear: every
// layer kind together still runs in OpenCV and stays near the float outputs.
TEST(Int8Export, EveryLayerKindRunsWithFloatLayersBetweenInt8Ones) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    const Project p = test::everyLayerKindProject();
    std::string description;
    const Tensor inputs = verificationInputs(p, {}, 200, description);
    Result<ActivationRanges> ranges = calibrateRanges(p, inputs);
    ASSERT_TRUE(ranges.ok()) << ranges.error().describe();
    Int8Build build{.ranges = std::move(*ranges)};
    const Result<std::string> bytes = buildOnnxModel(p, true, &build);
    ASSERT_TRUE(bytes.ok()) << bytes.error().describe();
    EXPECT_GE(build.int8Layers, 2);
    EXPECT_GE(build.floatLayers, 10);
    const Result<Tensor> expected = engineOutputs(p, inputs);
    ASSERT_TRUE(expected.ok());
    Tensor got(expected->shape());
    const ExportVerification v = runOnnxWithOpenCv(*bytes, inputs, got);
    ASSERT_TRUE(v.ran) << v.note;
    const Int8Comparison c = compareInt8(*expected, got, Tensor(Shape{expected->rows(), 1}), false);
    EXPECT_LE(c.meanAbsDifference, kInt8RegressionLoss * c.floatSpread)
        << c.meanAbsDifference << " against a spread of " << c.floatSpread;
    std::cout << "[ measured ] every layer kind in int8: mean difference " << c.meanAbsDifference
              << ", spread " << c.floatSpread << "\n";
}

// The ranges come from the project's data: without it there is nothing to quantize with, and
// nothing is written.
TEST(Int8Export, UnreadableDataIsRefusedAndNothingIsWritten) {
    const fs::path file = fs::path(NW_EXAMPLES_DIR) / "fruit_csv.nwproj";
    Project p = test::brieflyTrained(file);
    p.dataset.path = "data/fruit.csv";
    const test::TempDir dir;
    ExportOptions options{.projectDir = dir.path()}; // the CSV file is not there
    options.onnxQuantize = true;
    const Result<OnnxExportResult> r = exportOnnx(p, dir / "int8.onnx", options);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("An int8 export finds its value ranges on the project's data"),
              std::string::npos)
        << r.error().message;
    EXPECT_NE(r.error().message.find("fruit.csv"), std::string::npos) << r.error().message;
    EXPECT_FALSE(fs::exists(dir / "int8.onnx"));
}

} // namespace
} // namespace nw
