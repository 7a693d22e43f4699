// Training on real and file-based data through the same session the CLI and the designer use.
#include "engine/data/builtin_datasets.h"
#include "engine/io/project.h"
#include "engine/train/session.h"
#include "tests/io/temp_dir.h"
#include "tests/support/idx_files.h"

#include <gtest/gtest.h>

#include <fstream>

namespace nw {
namespace {

namespace fs = std::filesystem;

// The bundled Fashion-MNIST example, 784-256-128-10 on images scaled to [0, 1], trained for three
// epochs with its cosine schedule (spanning those three). The Fashion-MNIST benchmark puts such an MLP
// at about 0.88 after full training.
TEST(RealData, FashionMlpExampleReachesEightyFivePercentOnTheTestSetInThreeEpochs) {
    if (!fs::exists(builtinDatasetFolder(BuiltinDataset::FashionMnist)))
        GTEST_SKIP() << "Fashion-MNIST is absent (" << builtinDatasetFolder(BuiltinDataset::FashionMnist)
                     << "); install the Debian package dataset-fashion-mnist to run this test";
    Result<Project> project = loadProject(fs::path(NW_EXAMPLES_DIR) / "fashion_mlp.nwproj");
    ASSERT_TRUE(project.ok()) << project.error().describe();
    project->training.epochs = 3;
    project->training.threads = 1; // a fixed count: the numbers are the same on every machine
    auto session = TrainingSession::create(*project, NW_EXAMPLES_DIR);
    ASSERT_TRUE(session.ok()) << session.error().describe();
    EXPECT_EQ((*session)->split().test.size(), 10000u);
    EXPECT_EQ((*session)->scaling().kind, Scaling::UnitRange);
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    const std::optional<Evaluation> test = (*session)->evaluateTest();
    ASSERT_TRUE(test);
    std::cout << "Fashion-MNIST MLP after 3 epochs: test accuracy " << test->accuracy << "\n";
    EXPECT_GE(test->accuracy, 0.85);

    Project trained = *project;
    (*session)->storeResults(trained);
    ASSERT_TRUE(trained.fittedScaling);
    EXPECT_FLOAT_EQ(trained.fittedScaling->scale[0], 1.0f / 255.0f);
}

// The CSV example: text columns one-hot encoded, missing values filled, a column ignored,
// features standardised, and a held-out test part.
TEST(RealData, TheCsvExampleLearnsTheFruit) {
    Result<Project> project = loadProject(fs::path(NW_EXAMPLES_DIR) / "fruit_csv.nwproj");
    ASSERT_TRUE(project.ok()) << project.error().describe();
    project->training.threads = 1;
    auto session = TrainingSession::create(*project, NW_EXAMPLES_DIR);
    ASSERT_TRUE(session.ok()) << session.error().describe();
    EXPECT_EQ((*session)->dataset().sampleShape(), Shape{9});
    EXPECT_EQ((*session)->dataset().readReport.filledValues, 16);
    EXPECT_EQ((*session)->split().test.size(), 80u);
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    EXPECT_GE((*session)->evaluateTest()->accuracy, 0.85);
}

// A flat Input takes images of the same number of values; the scaling is measured per channel first.
TEST(RealData, AnIdxFolderTrainsThroughAFlatInput) {
    test::TempDir dir;
    fs::create_directories(dir / "data");
    std::vector<unsigned char> pixels, labels;
    for (unsigned i = 0; i < 40; ++i) {
        const bool bright = i % 2 == 1;
        for (int p = 0; p < 4; ++p) pixels.push_back(static_cast<unsigned char>(bright ? 200 + p : 10 + p));
        labels.push_back(bright ? 1 : 0);
    }
    std::ofstream(dir / "data" / "train-images-idx3-ubyte", std::ios::binary)
        << test::idxBytes({40, 2, 2}, pixels);
    std::ofstream(dir / "data" / "train-labels-idx1-ubyte", std::ios::binary) << test::idxBytes({40}, labels);

    Project p;
    const NodeId input = p.graph.addNode(LayerKind::Input);
    ASSERT_TRUE(p.graph.setAttribute(input, "shape", Shape{4}).ok());
    const NodeId dense = p.graph.addNode(LayerKind::Dense);
    ASSERT_TRUE(p.graph.setAttribute(dense, "units", int64_t{2}).ok());
    const NodeId softmax = p.graph.addNode(LayerKind::Softmax);
    ASSERT_TRUE(p.graph.connect({{input, 0}, {dense, 0}}).ok());
    ASSERT_TRUE(p.graph.connect({{dense, 0}, {softmax, 0}}).ok());
    p.dataset.source = DatasetSource::Idx;
    p.dataset.path = "data";
    p.dataset.scaling = Scaling::Standardize;
    p.dataset.testFraction = 0.25;
    p.training.epochs = 30;
    p.training.batchSize = 8;
    p.training.threads = 1;
    auto session = TrainingSession::create(p, dir.path());
    ASSERT_TRUE(session.ok()) << session.error().describe();
    EXPECT_EQ((*session)->dataset().sampleShape(), Shape{4});
    EXPECT_EQ((*session)->scaling().offset.size(), 1u); // one channel
    ASSERT_EQ((*session)->trainer().run(), StopReason::Completed);
    EXPECT_EQ((*session)->evaluateTest()->accuracy, 1.0);

    ASSERT_TRUE(p.graph.setAttribute(input, "shape", Shape{5}).ok());
    auto refused = TrainingSession::create(p, dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("takes 5 (5 values)"), std::string::npos)
        << refused.error().message;
}

} // namespace
} // namespace nw
