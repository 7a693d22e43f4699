// PyTorch export, checked by PyTorch itself: the generated module loads the weights and reproduces the
// engine's outputs, train.py lowers the loss, and it runs under torchrun with two CPU processes.

#include "../cli/process.h"
#include "../io/temp_dir.h"
#include "export_fixtures.h"

#include "engine/io/pytorch_export.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

namespace nw {
namespace {

namespace fs = std::filesystem;

constexpr double kTolerance = 1e-4;

// Runs check.py of an export; the largest difference it printed, or infinity.
double torchDifference(const fs::path& dir, std::string& output) {
    const int code = test::runPython("import runpy, sys; sys.path.insert(0, sys.argv[1]); "
                                     "runpy.run_path(sys.argv[1] + '/check.py', run_name='__main__')",
                                     {dir.string()}, output);
    std::smatch m;
    if (code != 0 || !std::regex_search(output, m, std::regex(R"(largest difference: (\S+))")))
        return std::numeric_limits<double>::infinity();
    return std::stod(m[1]);
}

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
    std::string output;
    const double difference = torchDifference(dir.path(), output);
    EXPECT_LE(difference, kTolerance) << output;
    std::cout << "[ measured ] every layer kind: PyTorch " << output;
}

// A few steps of train.py lower the loss on the training split, for generated data written with the
// export and for Fashion-MNIST read from its IDX files.
TEST(PytorchExport, TrainingContinuesAndLowersTheLoss) {
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
