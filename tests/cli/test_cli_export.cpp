// `neuroweave-cli export` and `neuroweave-cli predict` run as processes: files, messages, exit codes.

#include "process.h"

#include "tests/io/temp_dir.h"
#include "tests/support/consumers.h"

#include <gtest/gtest.h>

#include <algorithm>
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
    for (const char* part : {"Usage: neuroweave-cli export FILE", "--onnx OUT.onnx", "--pytorch DIR",
                             "--samples N", "--quantize"})
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

// --quantize: the int8 model, its size against the float one, and both accuracies on the test part.
TEST(CliExport, Int8ModelReportsItsSizeAndAccuracy) {
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    const ProcessResult r =
        cli({"export", project.string(), "--onnx", (dir / "fruit8.onnx").string(), "--quantize"});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "int8: 2 layers in int8, 1 in float; ")) << r.out;
    EXPECT_TRUE(contains(r.out, "of the float model's")) << r.out;
    EXPECT_TRUE(contains(r.out, "value ranges from 240 training samples of")) << r.out;
    // Only ONNX has an int8 form.
    const ProcessResult alone =
        cli({"export", project.string(), "--pytorch", (dir / "t").string(), "--quantize"});
    EXPECT_EQ(alone.exitCode, 1);
    EXPECT_TRUE(contains(alone.err, "--quantize applies to --onnx OUT.onnx")) << alone.err;
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    EXPECT_TRUE(contains(r.out, "Verified: OpenCV DNN")) << r.out;
    EXPECT_TRUE(contains(r.out, "80 test samples of")) << r.out;
    EXPECT_TRUE(contains(r.out, "int8 accuracy ")) << r.out;
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

// A project that trains on generated points predicts a CSV of points: two numeric columns for its two
// inputs, with or without a header, and the classes by name.
TEST(CliPredict, PointsFromACsvForAProjectWithoutCsvData) {
    const test::TempDir dir;
    const fs::path project = dir / "spirals.nwproj";
    ASSERT_EQ(cli({"train", example("spirals.nwproj"), "--epochs", "2", "-o", project.string()}).exitCode, 0);
    std::ofstream(dir / "points.csv") << "x,y\n0.5,0.25\n-1.0,2\n 0.0 , -0.5\n";
    std::ofstream(dir / "bare.csv") << "0.5,0.25\n-1.0,2\n0.0,-0.5\n";
    const ProcessResult withHeader =
        cli({"predict", project.string(), "--input", (dir / "points.csv").string()});
    ASSERT_EQ(withHeader.exitCode, 0) << withHeader.err;
    std::istringstream lines(withHeader.out);
    std::string header, first;
    std::getline(lines, header);
    std::getline(lines, first);
    EXPECT_EQ(header.rfind("line,prediction,", 0), 0u) << header;
    EXPECT_TRUE(contains(header, "class 0")) << header; // the generated set's names, not class_0
    EXPECT_EQ(first.rfind("2,", 0), 0u) << first;       // the line the point came from
    const ProcessResult bare = cli({"predict", project.string(), "--input", (dir / "bare.csv").string()});
    ASSERT_EQ(bare.exitCode, 0) << bare.err;
    EXPECT_EQ(std::count(bare.out.begin(), bare.out.end(), '\n'), 4);

    std::ofstream(dir / "three.csv") << "1,2,3\n";
    const ProcessResult three = cli({"predict", project.string(), "--input", (dir / "three.csv").string()});
    EXPECT_EQ(three.exitCode, 2);
    EXPECT_TRUE(contains(three.err, "has 3 columns but the Input layer takes 2 values")) << three.err;
    EXPECT_TRUE(contains(three.err, "line 1")) << three.err;
    std::ofstream(dir / "word.csv") << "x,y\n1,2\n1,two\n";
    const ProcessResult word = cli({"predict", project.string(), "--input", (dir / "word.csv").string()});
    EXPECT_EQ(word.exitCode, 2);
    EXPECT_TRUE(contains(word.err, "Column 2 holds 'two'")) << word.err;
    EXPECT_TRUE(contains(word.err, "line 3")) << word.err;
}

// `import` turns an exported model back into a project that validates and predicts alike.
TEST(CliImport, AnExportedModelComesBackAsAProject) {
    const test::TempDir dir;
    const fs::path project = trainedFruit(dir);
    ASSERT_EQ(
        cli({"export", project.string(), "--onnx", (dir / "fruit.onnx").string(), "--samples", "0"}).exitCode,
        0);
    const ProcessResult imported =
        cli({"import", (dir / "fruit.onnx").string(), "-o", (dir / "back.nwproj").string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_TRUE(contains(imported.out, "Imported")) << imported.out;
    EXPECT_TRUE(contains(imported.out, "Wrote")) << imported.out;
    // The data is not in the model: the note says to choose it. The network is whole and exports again.
    EXPECT_TRUE(contains(imported.out, "note: Choose the data")) << imported.out;
    const ProcessResult info = cli({"info", (dir / "back.nwproj").string()});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    const ProcessResult again = cli({"export", (dir / "back.nwproj").string(), "--onnx",
                                     (dir / "again.onnx").string(), "--samples", "0"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    // Not a model: a diagnostic and exit code 2, and nothing written.
    std::ofstream(dir / "junk.onnx") << "junk";
    const ProcessResult junk =
        cli({"import", (dir / "junk.onnx").string(), "-o", (dir / "junk.nwproj").string()});
    EXPECT_EQ(junk.exitCode, 2);
    EXPECT_TRUE(contains(junk.err, "[import-invalid]")) << junk.err;
    EXPECT_FALSE(fs::exists(dir / "junk.nwproj"));
}

} // namespace
} // namespace nw
