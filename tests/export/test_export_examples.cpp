// Every bundled example, after a short training, exports to ONNX and to PyTorch, and each export is
// run by its consumer: OpenCV DNN (in-process) and PyTorch must give the engine's outputs on 100 of
// the example's samples within 1e-4, and onnx.checker with full_check must accept the file. Training
// once per example for both formats keeps the test short.

#include "../io/temp_dir.h"
#include "../support/consumers.h"
#include "export_fixtures.h"

#include "engine/io/onnx_export.h"
#include "engine/io/pytorch_export.h"

#include <gtest/gtest.h>

namespace nw {
namespace {

namespace fs = std::filesystem;

constexpr double kTolerance = 1e-4;

// One Python process for all ONNX files: importing onnx costs seconds. Fails on the first file the
// checker refuses.
constexpr const char* kOnnxChecker = R"(
import sys
import onnx
for path in sys.argv[1:]:
    onnx.checker.check_model(onnx.load(path), full_check=True)
    print("onnx ok", path)
)";

// A consumer that is not installed is left out: the export must then say it did not run, and the test
// ends as skipped, naming what was not checked.
TEST(ExportExamples, BothFormatsMatchTheirConsumersAfterTraining) {
    const std::string noOpenCv = test::missingOpenCvDnn();
    const std::string noTorch = test::missingPythonModule("torch");
    const std::string noOnnx = test::missingPythonModule("onnx");
    const test::TempDir dir;
    std::vector<std::string> args;
    int torchExports = 0;
    for (const fs::path& file : test::exampleProjects()) {
        SCOPED_TRACE(file.filename().string());
        const Project p = test::brieflyTrained(file);
        ASSERT_TRUE(p.weights.has_value());
        const std::string stem = file.stem().string();
        const ExportOptions options{.projectDir = file.parent_path()};

        const Result<OnnxExportResult> onnx = exportOnnx(p, dir / (stem + ".onnx"), options);
        ASSERT_TRUE(onnx.ok()) << onnx.error().describe();
        const ExportVerification& v = onnx->verification;
        if (noOpenCv.empty()) {
            ASSERT_TRUE(v.ran) << v.note;
            EXPECT_EQ(v.samples, 100);
            EXPECT_EQ(v.inputs.find("random"), std::string::npos) << v.inputs;
            EXPECT_LE(v.maxAbsDifference, kTolerance) << v.summary();
            std::cout << "[ measured ] " << stem << ": " << v.summary() << "\n";
        } else {
            EXPECT_TRUE(v.consumerMissing) << v.summary();
        }
        args.push_back((dir / (stem + ".onnx")).string());

        const Result<PytorchExportResult> torch = exportPytorch(p, dir / stem, options);
        ASSERT_TRUE(torch.ok()) << torch.error().describe();
        EXPECT_TRUE(torch->notes.empty()) << torch->notes.front();
        EXPECT_EQ(torch->checkInputs, v.inputs);
        // The exporter ran check.py with PyTorch.
        const ExportVerification& t = torch->verification;
        if (noTorch.empty()) {
            ASSERT_TRUE(t.ran) << t.note;
            EXPECT_EQ(t.samples, 100);
            EXPECT_EQ(t.inputs, v.inputs);
            EXPECT_LE(t.maxAbsDifference, kTolerance) << t.summary();
            std::cout << "[ measured ] " << stem << ": " << t.summary() << "\n";
        } else {
            EXPECT_TRUE(t.consumerMissing) << t.summary();
        }
        ++torchExports;
    }
    EXPECT_GE(torchExports, 8);
    if (noOnnx.empty()) {
        std::string output;
        ASSERT_EQ(test::runPython(kOnnxChecker, args, output), 0) << output;
    }
    std::string notChecked;
    for (const std::string& missing : {noOpenCv, noTorch, noOnnx})
        if (!missing.empty()) notChecked += (notChecked.empty() ? "" : "; ") + missing;
    if (!notChecked.empty()) GTEST_SKIP() << "partly checked: " << notChecked;
}

} // namespace
} // namespace nw
