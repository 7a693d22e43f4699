// PyTorch export, checked by PyTorch itself: the generated module loads the weights and reproduces the
// engine's outputs, train.py lowers the loss, and it runs under torchrun with two CPU processes.

#include "../cli/process.h"
#include "../io/temp_dir.h"
#include "../support/consumers.h"
#include "export_fixtures.h"

#include "engine/io/pytorch_export.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

namespace nw {
namespace {

namespace fs = std::filesystem;

constexpr double kTolerance = 1e-4;

// "train loss before: X" and "train loss after: Y" from train.py's output.
std::pair<double, double> lossesOf(const std::string& output) {
    std::smatch before, after;
    const bool found = std::regex_search(output, before, std::regex(R"(train loss before: (\S+))")) &&
                       std::regex_search(output, after, std::regex(R"(train loss after: (\S+))"));
    if (!found) return {0, 0};
    return {std::stod(before[1]), std::stod(after[1])};
}

std::string contentOf(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(PytorchExport, EveryLayerKindMatchesTheEngine) {
    const test::TempDir dir;
    const Result<PytorchExportResult> r = exportPytorch(test::everyLayerKindProject(), dir.path());
    ASSERT_TRUE(r.ok()) << r.error().describe();
    for (const char* file : {"model.py", "weights.bin", "weights.json", "train.py", "check.py"})
        EXPECT_TRUE(fs::exists(dir / file)) << file;
    // Readable: the designer's layer names are the module's attributes.
    const std::string model = contentOf(dir / "model.py");
    EXPECT_NE(model.find("self.conv_even = nn.Conv2d(2, 4, kernel_size=2"), std::string::npos);
    EXPECT_NE(model.find("self.norm_flat = nn.BatchNorm1d(24, eps=0.001, momentum=0.1"), std::string::npos);
    EXPECT_NE(model.find("switched_off = sigmoid"), std::string::npos) << model;
    // The export ran check.py itself.
    const ExportVerification& v = r->verification;
    if (const std::string missing = test::missingPythonModule("torch"); !missing.empty()) {
        EXPECT_TRUE(v.consumerMissing) << v.summary();
        GTEST_SKIP() << missing;
    }
    ASSERT_TRUE(v.ran) << v.note;
    EXPECT_EQ(v.consumer.rfind("PyTorch 1.", 0), 0u) << v.consumer;
    EXPECT_EQ(v.samples, 100);
    EXPECT_LE(v.maxAbsDifference, kTolerance) << v.summary();
    EXPECT_TRUE(v.passed());
    EXPECT_FALSE(fs::exists(dir / "__pycache__")); // python3 -B: the check leaves nothing behind
    std::cout << "[ measured ] every layer kind: " << v.summary() << "\n";
}

// Weights that no longer match the engine's make the check fail, and so do a check.py that cannot
// run, one that takes too long and a Python that is not there. Only the first needs PyTorch: it
// comes last, so the others are checked without it.
TEST(PytorchExport, TheCheckFailsWhenPytorchDisagrees) {
    if (const std::string missing = test::missingPython(); !missing.empty()) GTEST_SKIP() << missing;
    const test::TempDir dir;
    const fs::path file = fs::path(NW_EXAMPLES_DIR) / "xor.nwproj";
    const Result<Project> p = loadProject(file);
    ASSERT_TRUE(p.ok());
    const ExportOptions options{.projectDir = file.parent_path(), .verifySamples = 20};
    const Result<PytorchExportResult> r = exportPytorch(*p, dir.path(), options);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_TRUE(r->verification.passed()) << r->verification.summary();

    // A torch.py next to check.py is imported in place of PyTorch's.
    std::ofstream(dir / "torch.py") << "raise RuntimeError('not the real torch')\n";
    const ExportVerification broken = verifyPytorchExport(dir.path(), options);
    EXPECT_FALSE(broken.ran);
    EXPECT_FALSE(broken.consumerMissing);
    EXPECT_FALSE(broken.passed());
    EXPECT_NE(broken.note.find("RuntimeError: not the real torch"), std::string::npos) << broken.note;
    fs::remove(dir / "torch.py");

    ExportOptions noTime = options;
    noTime.checkTimeout = std::chrono::seconds(0);
    const ExportVerification late = verifyPytorchExport(dir.path(), noTime);
    EXPECT_FALSE(late.passed());
    EXPECT_NE(late.note.find("did not finish within 0 seconds"), std::string::npos) << late.note;

    ExportOptions noPython = options;
    noPython.python = dir / "no-python3";
    const ExportVerification missing = verifyPytorchExport(dir.path(), noPython);
    EXPECT_FALSE(missing.ran);
    EXPECT_TRUE(missing.consumerMissing);
    EXPECT_TRUE(missing.passed()); // nothing to compare with is no failure
    EXPECT_NE(missing.summary().find("not run (there is no"), std::string::npos) << missing.summary();

    if (const std::string noTorch = test::missingPythonModule("torch"); !noTorch.empty())
        GTEST_SKIP() << "weights that disagree not checked: " << noTorch;
    // Every weight scaled by 1.5.
    std::string weights = contentOf(dir / "weights.bin");
    std::vector<float> values(weights.size() / sizeof(float));
    std::memcpy(values.data(), weights.data(), weights.size());
    for (float& value : values) value *= 1.5f;
    std::ofstream(dir / "weights.bin", std::ios::binary)
        .write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(weights.size()));
    const ExportVerification scaled = verifyPytorchExport(dir.path(), options);
    ASSERT_TRUE(scaled.ran) << scaled.note;
    EXPECT_GT(scaled.maxAbsDifference, kTolerance);
    EXPECT_FALSE(scaled.passed());
    EXPECT_NE(scaled.summary().find("more than the 1e-4 allowed"), std::string::npos) << scaled.summary();
    std::cout << "[ measured ] xor with weights scaled by 1.5: " << scaled.summary() << "\n";
}

// A few steps of train.py lower the loss on the training split, for generated data written with the
// export and for Fashion-MNIST read from its IDX files.
TEST(PytorchExport, TrainingContinuesAndLowersTheLoss) {
    if (const std::string missing = test::missingPythonModule("torch"); !missing.empty())
        GTEST_SKIP() << missing;
    for (const char* example : {"blobs_branches.nwproj", "fashion_mlp.nwproj"}) {
        SCOPED_TRACE(example);
        const fs::path file = fs::path(NW_EXAMPLES_DIR) / example;
        const test::TempDir dir;
        Result<Project> p = loadProject(file);
        ASSERT_TRUE(p.ok());
        p->dataset.validationFraction = 0.99; // a small training split: the loss is measured on all of it
        ASSERT_TRUE(
            exportPytorch(*p, dir.path(), {.projectDir = file.parent_path(), .verifySamples = 0}).ok());
        std::string output;
        const int code = test::runPython(
            "import runpy, sys; sys.argv = sys.argv[1:]; sys.path.insert(0, "
            "sys.argv[0].rsplit('/', 1)[0]); runpy.run_path(sys.argv[0], "
            "run_name='__main__')",
            {(dir / "train.py").string(), "--epochs", "3", "--steps", "30", "--device", "cpu"}, output);
        ASSERT_EQ(code, 0) << output;
        const auto [before, after] = lossesOf(output);
        EXPECT_GT(before, 0) << output;
        EXPECT_LT(after, before) << output;
        EXPECT_TRUE(fs::exists(dir / "trained.pt"));
    }
}

TEST(PytorchExport, TorchrunWithTwoProcessesTrains) {
    if (const std::string missing = test::missingPythonModule("torch"); !missing.empty())
        GTEST_SKIP() << missing;
    if (const std::string missing = test::missingProgram("/usr/bin/torchrun", "python3-torch");
        !missing.empty())
        GTEST_SKIP() << missing;
    const fs::path file = fs::path(NW_EXAMPLES_DIR) / "blobs_branches.nwproj";
    const test::TempDir dir;
    const Result<Project> p = loadProject(file);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(exportPytorch(*p, dir.path(), {.projectDir = file.parent_path(), .verifySamples = 0}).ok());
    // Debian's torch 1.13 under Python 3.11 cannot parse torchrun's default "0" for --redirects and
    // --tee (enum.IntFlag no longer lists the zero member); naming the streams works around it.
    const test::ProcessResult run = test::runProcess(
        "/usr/bin/torchrun", {"--standalone", "--nproc_per_node=2", "--redirects=1", "--tee=1",
                              (dir / "train.py").string(), "--epochs", "2", "--device", "cpu"});
    const std::string output = run.out + run.err;
    ASSERT_EQ(run.exitCode, 0) << output;
    const auto [before, after] = lossesOf(output);
    EXPECT_LT(after, before) << output;
    EXPECT_NE(output.find("epoch 2/2"), std::string::npos) << output;
}

TEST(PytorchExport, AnInvalidNetworkIsRefused) {
    const test::TempDir dir;
    Project p = test::everyLayerKindProject();
    p.graph.addNode(LayerKind::Dense, "dangling");
    EXPECT_FALSE(exportPytorch(p, dir / "out").ok());
    EXPECT_FALSE(fs::exists(dir / "out"));
}

} // namespace
} // namespace nw
