#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/builtin_datasets.h"
#include "engine/data/csv_reader.h"
#include "engine/data/dataset.h"
#include "engine/data/image_folder.h"
#include "engine/data/preprocessing.h"
#include "engine/data/synthetic.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nw {

enum class DatasetSource {
    Synthetic, // generated from SyntheticSpec
    Builtin,   // a named real data set (BuiltinDataset)
    Idx,       // a folder in MNIST layout at `path`
    Csv,       // a CSV file at `path`, read with `csv`
    Images,    // a folder of class sub-folders of images at `path`, read with `images`
};

std::string_view toString(DatasetSource source);
std::optional<DatasetSource> datasetSourceFromString(std::string_view key);

// Which data a project trains on, how it is split and how it is scaled; stored in the project file.
struct DatasetSpec {
    DatasetSource source = DatasetSource::Synthetic;
    SyntheticSpec synthetic;
    BuiltinDataset builtin = BuiltinDataset::FashionMnist;
    // A file or folder for the file-based sources, '/'-separated. Relative paths are relative to the
    // project file's folder (see portableDataPath).
    std::string path;
    CsvOptions csv;
    ImageFolderOptions images;
    double validationFraction = 0.2;
    // Held out for the final test; ignored by data sets with their own test part (Fashion-MNIST).
    double testFraction = 0.0;
    uint64_t splitSeed = 1;
    Scaling scaling = Scaling::None;
    bool operator==(const DatasetSpec&) const = default;
};

// What a data set is called in messages: "spirals", "fashion-mnist", "data/plants.csv".
std::string describeSource(const DatasetSpec& spec);

// Where the data sets of the Builtin source are read from, besides the spec.
struct DataLocations {
    std::filesystem::path builtinRoot = kSystemDatasetRoot;
};

// Builds or reads the data described by `spec`; a relative path resolves against `baseDir`. For CSV
// data, `csvEncoding` (when given) receives the encoding the reader chose.
Result<Dataset> loadDataset(const DatasetSpec& spec, const std::filesystem::path& baseDir,
                            const DataLocations& locations = {}, CsvEncoding* csvEncoding = nullptr);

// The training, validation and test rows of `data` under `spec`: a data set's own test part stays
// the test part, the rest is shuffled with the split seed and cut by the fractions.
DataSplit splitFor(const Dataset& data, const DatasetSpec& spec);

// `dataPath` as a project file in `projectDir` should store it: relative when the data lies in the
// project's folder or at most two levels above it (a project folder copied to another computer keeps
// working), absolute otherwise; '/'-separated.
std::string portableDataPath(const std::filesystem::path& dataPath, const std::filesystem::path& projectDir);

// `spec.path` made absolute against `projectDir` (unchanged when already absolute or empty).
std::filesystem::path resolvedDataPath(const DatasetSpec& spec, const std::filesystem::path& projectDir);

} // namespace nw
