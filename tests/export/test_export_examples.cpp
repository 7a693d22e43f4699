// Every bundled example, after a short training, exports to ONNX and to PyTorch, and each export is
// run by its consumer: OpenCV DNN (in-process) and PyTorch must give the engine's outputs on 100 of
// the example's samples within 1e-4, and onnx.checker with full_check must accept the file. Training
// once per example for both formats keeps the test short.

#include "../io/temp_dir.h"
#include "export_fixtures.h"

#include "engine/io/onnx_export.h"
#include "engine/io/pytorch_export.h"

#include <gtest/gtest.h>

#include <regex>

namespace nw {
namespace {

namespace fs = std::filesystem;

constexpr double kTolerance = 1e-4;

// One Python process for all files: importing torch costs seconds. Prints "torch DIR DIFFERENCE" per
// PyTorch export; fails on the first ONNX file the checker refuses.
constexpr const char* kConsumers = R"(
import importlib.util, json, os, sys
import onnx, torch
split = sys.argv.index("--torch")
for path in sys.argv[1:split]:
    onnx.checker.check_model(onnx.load(path), full_check=True)
    print("onnx ok", path)
for i, folder in enumerate(sys.argv[split + 1:]):
    spec = importlib.util.spec_from_file_location(f"model_{i}", os.path.join(folder, "model.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with open(os.path.join(folder, "check.json")) as f:
        check = json.load(f)
    def read(part):
        with open(os.path.join(folder, check[part]["file"]), "rb") as f:
            return torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(check[part]["shape"])
    model = module.build()
    model.eval()
    with torch.no_grad():
        difference = float((model(read("inputs")) - read("outputs")).abs().max())
    print("torch", folder, difference)
)";

TEST(ExportExamples, BothFormatsMatchTheirConsumersAfterTraining) {
    const test::TempDir dir;
    std::vector<std::string> args;
    std::vector<std::string> torchDirs;
    for (const fs::path& file : test::exampleProjects()) {
        SCOPED_TRACE(file.filename().string());
        const Project p = test::brieflyTrained(file);
        ASSERT_TRUE(p.weights.has_value());
        const std::string stem = file.stem().string();
        const ExportOptions options{.projectDir = file.parent_path()};

        const Result<OnnxExportResult> onnx = exportOnnx(p, dir / (stem + ".onnx"), options);
        ASSERT_TRUE(onnx.ok()) << onnx.error().describe();
        const ExportVerification& v = onnx->verification;
        ASSERT_TRUE(v.ran) << v.note;
        EXPECT_EQ(v.samples, 100);
        EXPECT_EQ(v.inputs.find("random"), std::string::npos) << v.inputs;
        EXPECT_LE(v.maxAbsDifference, kTolerance) << v.summary();
        std::cout << "[ measured ] " << stem << ": " << v.summary() << "\n";
        args.push_back((dir / (stem + ".onnx")).string());

        const Result<PytorchExportResult> torch = exportPytorch(p, dir / stem, options);
        ASSERT_TRUE(torch.ok()) << torch.error().describe();
        EXPECT_TRUE(torch->notes.empty()) << torch->notes.front();
        EXPECT_EQ(torch->checkInputs, v.inputs);
        torchDirs.push_back((dir / stem).string());
    }
    EXPECT_GE(torchDirs.size(), 8u);
    args.push_back("--torch");
    args.insert(args.end(), torchDirs.begin(), torchDirs.end());
    std::string output;
    ASSERT_EQ(test::runPython(kConsumers, args, output), 0) << output;
    for (const std::string& folder : torchDirs) {
        std::smatch m;
        ASSERT_TRUE(std::regex_search(output, m, std::regex("torch " + folder + " (\\S+)"))) << output;
        EXPECT_LE(std::stod(m[1]), kTolerance) << folder;
        std::cout << "[ measured ] " << fs::path(folder).filename().string()
                  << ": PyTorch largest difference " << m[1] << "\n";
    }
}

} // namespace
} // namespace nw
