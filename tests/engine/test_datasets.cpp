// The data sets a project names: splits, scaling, MNIST-format folders, the built-in Fashion-MNIST
// and the paths a project file stores.
#include "engine/data/builtin_datasets.h"
#include "engine/data/dataset_spec.h"
#include "engine/data/dataset_summary.h"
#include "engine/data/idx_reader.h"
#include "engine/data/preprocessing.h"
#include "tests/io/temp_dir.h"
#include "tests/support/idx_files.h"
#include "tests/support/test_gzip.h"
#include "tests/support/test_images.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace nw {
namespace {

namespace fs = std::filesystem;

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// A folder in MNIST layout with `train` and `test` 2×2 images whose pixels are their index, and
// labels cycling through 3 classes.
void writeMnistFolder(const fs::path& folder, uint32_t train, uint32_t test, bool compress) {
    fs::create_directories(folder);
    const auto part = [&](const std::string& prefix, uint32_t count, uint32_t first) {
        std::vector<unsigned char> pixels, labels;
        for (uint32_t i = 0; i < count; ++i) {
            for (int p = 0; p < 4; ++p) pixels.push_back(static_cast<unsigned char>(first + i));
            labels.push_back(static_cast<unsigned char>((first + i) % 3));
        }
        const std::string suffix = compress ? ".gz" : "";
        const auto maybeZip = [&](const std::string& s) { return compress ? test::gzipBytes(s) : s; };
        writeFile(folder / (prefix + "-images-idx3-ubyte" + suffix),
                  maybeZip(test::idxBytes({count, 2, 2}, pixels)));
        writeFile(folder / (prefix + "-labels-idx1-ubyte" + suffix),
                  maybeZip(test::idxBytes({count}, labels)));
    };
    part("train", train, 0);
    if (test > 0) part("t10k", test, train);
}

Dataset tableOf(const std::vector<std::vector<float>>& rows) {
    Dataset d;
    d.task = TaskKind::Regression;
    d.features = Tensor(Shape{static_cast<int64_t>(rows.size()), static_cast<int64_t>(rows[0].size())});
    d.targets = Tensor(Shape{static_cast<int64_t>(rows.size()), 1});
    for (size_t r = 0; r < rows.size(); ++r)
        std::copy(rows[r].begin(), rows[r].end(), d.features.row(static_cast<int64_t>(r)));
    return d;
}

TEST(Split, CutsTrainingTestAndValidationFromOneShuffle) {
    const DataSplit s = splitDataset(100, 0.2, 0.1, 7);
    EXPECT_EQ(s.train.size(), 70u);
    EXPECT_EQ(s.test.size(), 10u);
    EXPECT_EQ(s.validation.size(), 20u);
    std::vector<int64_t> all = s.train;
    all.insert(all.end(), s.test.begin(), s.test.end());
    all.insert(all.end(), s.validation.begin(), s.validation.end());
    std::sort(all.begin(), all.end());
    for (int64_t i = 0; i < 100; ++i) EXPECT_EQ(all[static_cast<size_t>(i)], i);
    // Without a test part the validation rows are those of the split without one.
    EXPECT_EQ(splitDataset(100, 0.2, 0.0, 7).validation, s.validation);
}

TEST(Split, KeepsADataSetsOwnTestPart) {
    Dataset d = tableOf(std::vector<std::vector<float>>(10, {0.0f}));
    d.ownTestBegin = 8;
    DatasetSpec spec;
    spec.validationFraction = 0.25;
    spec.testFraction = 0.5; // ignored: the set has its own test part
    const DataSplit s = splitFor(d, spec);
    EXPECT_EQ(s.test, (std::vector<int64_t>{8, 9}));
    EXPECT_EQ(s.validation.size(), 2u);
    EXPECT_EQ(s.train.size(), 6u);
    for (int64_t r : s.train) EXPECT_LT(r, 8);
}

TEST(Scaling, UnitRangeUsesOnlyTheTrainingRows) {
    Dataset d = tableOf({{0, 5}, {10, 5}, {100, 5}});
    const int64_t train[] = {0, 1};
    const FittedScaling fitted = fitScaling(d, train, Scaling::UnitRange);
    ASSERT_EQ(fitted.offset.size(), 2u);
    EXPECT_FLOAT_EQ(fitted.offset[0], 0.0f);
    EXPECT_FLOAT_EQ(fitted.scale[0], 0.1f); // the validation row's 100 does not count
    EXPECT_FLOAT_EQ(fitted.scale[1], 1.0f); // a constant feature is not divided by zero
    applyScaling(fitted, d.features);
    EXPECT_FLOAT_EQ(d.features.row(1)[0], 1.0f);
    EXPECT_FLOAT_EQ(d.features.row(2)[0], 10.0f);
    EXPECT_FLOAT_EQ(d.features.row(2)[1], 0.0f);
}

TEST(Scaling, StandardizesImagesPerChannel) {
    Dataset d;
    d.features = Tensor(Shape{2, 2, 1, 2}); // two samples, two channels of 1×2 pixels
    const float values[] = {1, 3, 10, 10, 5, 7, 30, 30};
    std::copy(std::begin(values), std::end(values), d.features.data());
    const int64_t train[] = {0, 1};
    const FittedScaling fitted = fitScaling(d, train, Scaling::Standardize);
    EXPECT_EQ(fitted.groupSize, 2);
    ASSERT_EQ(fitted.offset.size(), 2u);
    EXPECT_FLOAT_EQ(fitted.offset[0], 4.0f);  // mean of 1, 3, 5, 7
    EXPECT_FLOAT_EQ(fitted.offset[1], 20.0f); // mean of 10, 10, 30, 30
    EXPECT_FLOAT_EQ(fitted.scale[1], 0.1f);   // standard deviation 10
    EXPECT_TRUE(fitted.fits(4));
    EXPECT_FALSE(fitted.fits(6));
}

TEST(MnistFolder, ReadsTheTrainingAndTestPartsPlainOrCompressed) {
    for (const bool compress : {false, true}) {
        test::TempDir dir;
        writeMnistFolder(dir / "digits", 6, 3, compress);
        const Result<Dataset> d = readMnistFolder(dir / "digits");
        ASSERT_TRUE(d.ok()) << d.error().describe();
        EXPECT_EQ(d->size(), 9);
        EXPECT_EQ(d->ownTestBegin, 6);
        EXPECT_EQ(d->sampleShape(), (Shape{1, 2, 2}));
        EXPECT_EQ(d->numClasses, 3);
        EXPECT_EQ(d->features.row(7)[3], 7.0f);
        EXPECT_EQ(d->targets.row(7)[0], 1.0f);
    }
}

TEST(MnistFolder, SaysWhatIsMissingOrInconsistent) {
    test::TempDir dir;
    const Result<Dataset> absent = readMnistFolder(dir / "nowhere");
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, DiagCode::FileNotFound);

    fs::create_directories(dir / "empty");
    const Result<Dataset> empty = readMnistFolder(dir / "empty");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("train-images-idx3-ubyte"), std::string::npos)
        << empty.error().message;

    writeMnistFolder(dir / "short", 4, 0, false);
    writeFile(dir / "short" / "train-labels-idx1-ubyte", test::idxBytes({3}, {0, 1, 2}));
    const Result<Dataset> mismatch = readMnistFolder(dir / "short");
    ASSERT_FALSE(mismatch.ok());
    EXPECT_NE(mismatch.error().message.find("4 images but 3 labels"), std::string::npos)
        << mismatch.error().message;

    writeMnistFolder(dir / "sizes", 4, 2, false);
    writeFile(dir / "sizes" / "t10k-images-idx3-ubyte", test::idxBytes({2, 1, 2}, {0, 0, 0, 0}));
    const Result<Dataset> sizes = readMnistFolder(dir / "sizes");
    ASSERT_FALSE(sizes.ok());
    EXPECT_NE(sizes.error().message.find("1×1×2"), std::string::npos) << sizes.error().message;
}

TEST(Builtin, SaysHowToInstallAnAbsentDataSet) {
    test::TempDir dir;
    const Result<Dataset> d = loadBuiltinDataset(BuiltinDataset::FashionMnist, dir.path());
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, DiagCode::FileNotFound);
    EXPECT_NE(d.error().message.find("apt-get install dataset-fashion-mnist"), std::string::npos)
        << d.error().message;
    EXPECT_EQ(builtinDatasetFromString("fashion-mnist"), BuiltinDataset::FashionMnist);
    EXPECT_FALSE(builtinDatasetFromString("mnist-fashion"));
}

TEST(Builtin, ReadsFashionMnistFromAnyRoot) {
    test::TempDir dir;
    writeMnistFolder(builtinDatasetFolder(BuiltinDataset::FashionMnist, dir.path()), 10, 0, true);
    DatasetSpec spec;
    spec.source = DatasetSource::Builtin;
    const Result<Dataset> d = loadDataset(spec, {}, DataLocations{dir.path()});
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_EQ(d->name, "Fashion-MNIST");
    EXPECT_EQ(d->classNames.size(), 3u); // names only when the labels use all ten classes
}

TEST(DataPaths, AreRelativeWhenTheDataIsNearTheProject) {
    EXPECT_EQ(portableDataPath("/home/ann/course/data/a.csv", "/home/ann/course"), "data/a.csv");
    EXPECT_EQ(portableDataPath("/home/ann/data/a.csv", "/home/ann/course/week1"), "../../data/a.csv");
    EXPECT_EQ(portableDataPath("/srv/data/a.csv", "/home/ann/course/week1"), "/srv/data/a.csv");
    EXPECT_EQ(portableDataPath("/srv/data/a.csv", "/tmp/p"), "/srv/data/a.csv"); // only the root in common
    EXPECT_EQ(portableDataPath("data/a.csv", "/home/ann"), "data/a.csv");
    DatasetSpec spec;
    spec.path = "data/a.csv";
    EXPECT_EQ(resolvedDataPath(spec, "/home/ann/course"), fs::path("/home/ann/course/data/a.csv"));
    spec.path = "/srv/a.csv";
    EXPECT_EQ(resolvedDataPath(spec, "/home/ann/course"), fs::path("/srv/a.csv"));
}

TEST(DataPaths, AnIdxSourceReadsItsFolderRelativeToTheProject) {
    test::TempDir dir;
    writeMnistFolder(dir / "data" / "digits", 5, 0, false);
    DatasetSpec spec;
    spec.source = DatasetSource::Idx;
    spec.path = "data/digits";
    const Result<Dataset> d = loadDataset(spec, dir.path());
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_EQ(d->size(), 5);
    spec.path.clear();
    EXPECT_FALSE(loadDataset(spec, dir.path()).ok());
}

TEST(DataPaths, AnImageFolderSourceReadsItsClassesRelativeToTheProject) {
    test::TempDir dir;
    for (const char* label : {"cats", "dogs"}) {
        fs::create_directories(dir / "pets" / label);
        for (int i = 0; i < 3; ++i)
            writeFile(dir / "pets" / label / ("p" + std::to_string(i) + ".png"),
                      test::solidImage(test::ImageFormat::Png, 8, 6, 3, label[0] == 'c' ? 200 : 20, 100, 50));
    }
    writeFile(dir / "pets" / "cats" / "notes.txt", "not an image");
    DatasetSpec spec;
    spec.source = DatasetSource::Images;
    spec.path = "pets";
    spec.images = ImageFolderOptions{4, 4, ColorMode::Rgb};
    const Result<Dataset> d = loadDataset(spec, dir.path());
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_EQ(d->sampleShape(), (Shape{3, 4, 4}));
    EXPECT_EQ(d->classNames, (std::vector<std::string>{"cats", "dogs"}));
    EXPECT_EQ(d->readReport.ignoredFiles, 1);
    EXPECT_EQ(d->name, "pets");
}

TEST(DataPaths, ACsvSourceKeepsTheNamesOfItsFeatures) {
    test::TempDir dir;
    writeFile(dir / "a.csv", "size,colour,label\n1,red,x\n,blue,y\n3,red,x\n");
    DatasetSpec spec;
    spec.source = DatasetSource::Csv;
    spec.path = (dir / "a.csv").string();
    EXPECT_FALSE(loadDataset(spec, {}).ok()); // a missing value, refused by default
    spec.csv.missing = MissingValuePolicy::FillMean;
    const Result<Dataset> d = loadDataset(spec, {});
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_EQ(d->featureNames, (std::vector<std::string>{"size", "colour=blue", "colour=red"}));
    EXPECT_EQ(d->readReport.filledValues, 1);
    EXPECT_EQ(d->features.row(1)[0], 2.0f);
}

TEST(Summary, CountsClassesAndRanges) {
    test::TempDir dir;
    writeMnistFolder(dir / "digits", 6, 0, false);
    const Result<Dataset> d = readMnistFolder(dir / "digits");
    ASSERT_TRUE(d.ok());
    const DatasetSummary s = summarize(*d);
    EXPECT_EQ(s.samples, 6);
    ASSERT_EQ(s.classes.size(), 3u);
    EXPECT_EQ(s.classes[1].count, 2);
    EXPECT_EQ(s.overall.min, 0);
    EXPECT_EQ(s.overall.max, 5);
    EXPECT_DOUBLE_EQ(s.overall.mean, 2.5);
    ASSERT_EQ(s.features.size(), 1u); // one channel
}

} // namespace
} // namespace nw
