// `neuroweave-cli export` and `neuroweave-cli predict` run as processes: files, messages, exit codes.

#include "process.h"

#include "tests/io/temp_dir.h"
#include "tests/support/consumers.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace nw {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

ProcessResult cli(const std::vector<std::string>& args) { return test::runProcess(NW_CLI_PATH, args); }

std::string example(const char* name) { return (fs::path(NW_EXAMPLES_DIR) / name).string(); }

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::vector<std::string> linesOf(const fs::path& p) {
    std::ifstream in(p);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The fruit CSV example trained for a moment, saved in `dir`.
fs::path trainedFruit(const test::TempDir& dir) {
    const fs::path project = dir / "fruit.nwproj";
    const ProcessResult r =
        cli({"train", example("fruit_csv.nwproj"), "--epochs", "3", "-o", project.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return project;
}

TEST(CliExport, HelpNamesTheChoices) {
    const ProcessResult top = cli({"--help"});
    EXPECT_TRUE(contains(top.out, "export FILE")) << top.out;
    EXPECT_TRUE(contains(top.out, "predict FILE")) << top.out;
    const ProcessResult e = cli({"export", "--help"});
    EXPECT_EQ(e.exitCode, 0);
    for (const char* part :
         {"Usage: neuroweave-cli export FILE", "--onnx OUT.onnx", "--pytorch DIR", "--samples N"})
        EXPECT_TRUE(contains(e.out, part)) << part << "\n" << e.out;
    const ProcessResult p = cli({"predict", "--help"});
    EXPECT_EQ(p.exitCode, 0);
    for (const char* part : {"Usage: neuroweave-cli predict FILE", "--input DATA", "-o, --output OUT.csv"})
        EXPECT_TRUE(contains(p.out, part)) << part << "\n" << p.out;
}

// A consumer that is not installed is reported as such, and the test ends as skipped, naming it.
TEST(CliExport, WritesBothFormatsAndReportsTheVerification) {
    const std::string noOpenCv = test::missingOpenCvDnn();
    const std::string noTorch = test::missingPythonModule("torch");
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    const ProcessResult r = cli({"export", project.string(), "--onnx", (dir / "fruit.onnx").string(),
                                 "--pytorch", (dir / "torch").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "fruit.onnx (")) << r.out;
    EXPECT_TRUE(contains(r.out, noOpenCv.empty() ? "Verified: OpenCV DNN" : "Not verified: OpenCV DNN"))
        << r.out;
    if (noOpenCv.empty() || noTorch.empty()) {
        EXPECT_TRUE(contains(r.out, "largest difference")) << r.out;
    }
    // The PyTorch export is run by PyTorch (/usr/bin/python3 with python3-torch).
    EXPECT_TRUE(contains(r.out, noTorch.empty() ? "Verified: PyTorch 1." : "Not verified: PyTorch")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_GT(fs::file_size(dir / "fruit.onnx"), 100u);
    for (const char* file : {"model.py", "train.py", "weights.bin", "dataset.json", "check.py"})
        EXPECT_TRUE(fs::exists(dir / "torch" / file)) << file;
    if (!noOpenCv.empty() || !noTorch.empty())
        GTEST_SKIP() << "partly checked: " << noOpenCv << (noOpenCv.empty() || noTorch.empty() ? "" : "; ")
                     << noTorch;
}

// A check that fails is an error: here a torch.py in the export folder, which check.py imports in
// place of PyTorch.
TEST(CliExport, AFailedVerificationIsAnError) {
    if (const std::string missing = test::missingPython(); !missing.empty()) GTEST_SKIP() << missing;
    const test::TempDir dir;
    fs::create_directories(dir / "torch");
    std::ofstream(dir / "torch" / "torch.py") << "raise RuntimeError('not the real torch')\n";
    const ProcessResult r = cli({"export", example("xor.nwproj"), "--pytorch", (dir / "torch").string()});
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "Wrote ")) << r.out;
    EXPECT_TRUE(contains(r.err, "verification failed: PyTorch: failed (check.py exited with 1: RuntimeError: "
                                "not the real torch)"))
        << r.err;
}

TEST(CliExport, UsageAndInputErrors) {
    const test::TempDir dir;
    EXPECT_EQ(cli({"export", example("xor.nwproj")}).exitCode, 1);
    EXPECT_EQ(cli({"export", example("xor.nwproj"), "--onnx"}).exitCode, 1);
    EXPECT_EQ(cli({"export", example("xor.nwproj"), "--onnx", "x.onnx", "--samples", "-3"}).exitCode, 1);
    EXPECT_EQ(cli({"predict", example("xor.nwproj")}).exitCode, 1);
    const ProcessResult missing = cli({"export", (dir / "none.nwproj").string(), "--onnx", "x.onnx"});
    EXPECT_EQ(missing.exitCode, 2);
    const ProcessResult unwritable =
        cli({"export", example("xor.nwproj"), "--onnx", (dir / "no" / "such" / "x.onnx").string()});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(contains(unwritable.err, "[file-write]")) << unwritable.err;
    // An untrained project exports its initial weights, and says so.
    const ProcessResult untrained =
        cli({"export", example("xor.nwproj"), "--onnx", (dir / "x.onnx").string()});
    EXPECT_EQ(untrained.exitCode, 0) << untrained.err;
    EXPECT_TRUE(contains(untrained.err, "not trained")) << untrained.err;
    // Prediction needs weights.
    const ProcessResult notTrained =
        cli({"predict", example("fruit_csv.nwproj"), "--input", example("data/fruit.csv")});
    EXPECT_EQ(notTrained.exitCode, 2);
    EXPECT_TRUE(contains(notTrained.err, "train it first")) << notTrained.err;
}

TEST(CliPredict, CsvGivesOneLinePerRowWithTheClass) {
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    // The training file as new data: the target column is there and ignored.
    const std::vector<std::string> source = linesOf(example("data/fruit.csv"));
    ASSERT_GT(source.size(), 3u);
    const ProcessResult r = cli({"predict", project.string(), "--input", example("data/fruit.csv"), "-o",
                                 (dir / "out.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> out = linesOf(dir / "out.csv");
    ASSERT_EQ(out.size(), source.size()); // a header and one line per record
    EXPECT_EQ(out[0].rfind("line,prediction,", 0), 0u) << out[0];
    EXPECT_TRUE(contains(out[0], "apple")) << out[0];
    // Written to stdout without -o, the same text.
    const ProcessResult toStdout = cli({"predict", project.string(), "--input", example("data/fruit.csv")});
    EXPECT_EQ(toStdout.exitCode, 0);
    std::ifstream written(dir / "out.csv");
    std::stringstream text;
    text << written.rdbuf();
    EXPECT_EQ(toStdout.out, text.str());
}

// Training stores the CSV encoding, so a trained project predicts without its training file.
TEST(CliPredict, ATrainedCsvProjectNeedsNotItsTrainingFile) {
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    fs::copy_file(example("data/fruit.csv"), dir / "new.csv");
    const ProcessResult before = cli({"predict", project.string(), "--input", (dir / "new.csv").string()});
    ASSERT_EQ(before.exitCode, 0) << before.err;
    // The project now points to a training file that is gone.
    std::ifstream in(project);
    std::stringstream text;
    text << in.rdbuf();
    std::string moved = text.str();
    const size_t at = moved.find("\"path\": \"");
    ASSERT_NE(at, std::string::npos);
    const size_t end = moved.find('"', at + 9);
    moved.replace(at + 9, end - at - 9, (dir / "gone.csv").string());
    std::ofstream(dir / "moved.nwproj") << moved;
    const ProcessResult after =
        cli({"predict", (dir / "moved.nwproj").string(), "--input", (dir / "new.csv").string()});
    EXPECT_EQ(after.exitCode, 0) << after.err;
    EXPECT_EQ(after.out, before.out);
}

TEST(CliPredict, DataThatDoesNotFitIsRefused) {
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    {
        std::ofstream bad(dir / "bad.csv");
        bad << "weight,colour,fruit\n1,2,apple\n";
    }
    const ProcessResult r = cli({"predict", project.string(), "--input", (dir / "bad.csv").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.empty());
}

} // namespace
} // namespace nw
