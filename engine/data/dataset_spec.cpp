#include "engine/data/dataset_spec.h"

#include "engine/data/idx_reader.h"

#include <algorithm>

namespace nw {
namespace {

constexpr DatasetSource kSources[] = {DatasetSource::Synthetic, DatasetSource::Builtin, DatasetSource::Idx,
                                      DatasetSource::Csv, DatasetSource::Images};

// How many ".." a relative data path may climb and still count as part of the project.
constexpr int kMaxLevelsUp = 2;

// A CSV file's data with the names of its features and what was done about missing values.
Result<Dataset> loadCsv(const std::filesystem::path& path, const CsvOptions& options, CsvEncoding* encoding) {
    Result<CsvData> csv = readCsvDataset(path, options);
    if (!csv.ok()) return csv.error();
    if (encoding) *encoding = csv->encoding;
    Dataset data = std::move(csv->data);
    for (const CsvFeatureColumn& column : csv->encoding.features) {
        if (!column.categorical) data.featureNames.push_back(column.name);
        for (const std::string& category : column.categories)
            data.featureNames.push_back(column.name + "=" + category);
    }
    data.readReport.missingValues = csv->report.missingValues;
    data.readReport.skippedRows = csv->report.skippedRows;
    data.readReport.filledValues = csv->report.filledValues;
    return data;
}

// An image folder's data with the count of files that were not images.
Result<Dataset> loadImages(const std::filesystem::path& path, const ImageFolderOptions& options) {
    Result<ImageFolderData> images = readImageFolder(path, options);
    if (!images.ok()) return images.error();
    Dataset data = std::move(images->data);
    data.readReport.ignoredFiles = images->report.ignoredFiles;
    return data;
}

Result<Dataset> loadFromFiles(const DatasetSpec& spec, const std::filesystem::path& path,
                              CsvEncoding* encoding) {
    if (spec.path.empty())
        return Diagnostic{
            DiagCode::JsonMissing,
            Text(NW_TEXT("A %1 data set needs the path of its data"), {std::string(toString(spec.source))}),
            {},
            "/dataset/path"};
    Result<Dataset> data = spec.source == DatasetSource::Idx   ? readMnistFolder(path)
                           : spec.source == DatasetSource::Csv ? loadCsv(path, spec.csv, encoding)
                                                               : loadImages(path, spec.images);
    if (data.ok()) data->name = spec.path;
    return data;
}

} // namespace

std::string_view toString(DatasetSource source) {
    switch (source) {
    case DatasetSource::Synthetic: return "synthetic";
    case DatasetSource::Builtin: return "builtin";
    case DatasetSource::Idx: return "idx";
    case DatasetSource::Csv: return "csv";
    case DatasetSource::Images: return "images";
    }
    return "synthetic";
}

std::optional<DatasetSource> datasetSourceFromString(std::string_view key) {
    for (DatasetSource s : kSources)
        if (toString(s) == key) return s;
    return std::nullopt;
}

std::string describeSource(const DatasetSpec& spec) {
    switch (spec.source) {
    case DatasetSource::Synthetic: return std::string(toString(spec.synthetic.kind));
    case DatasetSource::Builtin: return std::string(toString(spec.builtin));
    case DatasetSource::Idx:
    case DatasetSource::Csv:
    case DatasetSource::Images: return spec.path;
    }
    return spec.path;
}

std::filesystem::path resolvedDataPath(const DatasetSpec& spec, const std::filesystem::path& projectDir) {
    const std::filesystem::path path(spec.path);
    if (spec.path.empty() || path.is_absolute()) return path;
    return (projectDir / path).lexically_normal();
}

Result<Dataset> loadDataset(const DatasetSpec& spec, const std::filesystem::path& baseDir,
                            const DataLocations& locations, CsvEncoding* csvEncoding) {
    switch (spec.source) {
    case DatasetSource::Synthetic:
        if (spec.synthetic.samples < 2)
            return Diagnostic{DiagCode::JsonValue,
                              Text(NW_TEXT("A synthetic data set needs at least 2 samples, got %1"),
                                   {spec.synthetic.samples})};
        return makeSynthetic(spec.synthetic);
    case DatasetSource::Builtin: return loadBuiltinDataset(spec.builtin, locations.builtinRoot);
    case DatasetSource::Idx:
    case DatasetSource::Csv:
    case DatasetSource::Images: return loadFromFiles(spec, resolvedDataPath(spec, baseDir), csvEncoding);
    }
    return Diagnostic{DiagCode::JsonValue, Text(NW_TEXT("Unknown data set source"))};
}

DataSplit splitFor(const Dataset& data, const DatasetSpec& spec) {
    if (!data.ownTestBegin)
        return splitDataset(data.size(), spec.validationFraction, spec.testFraction, spec.splitSeed);
    const int64_t begin = std::clamp<int64_t>(*data.ownTestBegin, 0, data.size());
    DataSplit split = splitDataset(begin, spec.validationFraction, 0.0, spec.splitSeed);
    for (int64_t i = begin; i < data.size(); ++i) split.test.push_back(i);
    return split;
}

std::string portableDataPath(const std::filesystem::path& dataPath, const std::filesystem::path& projectDir) {
    if (dataPath.empty() || !dataPath.is_absolute() || projectDir.empty()) return dataPath.generic_string();
    const std::filesystem::path relative =
        dataPath.lexically_normal().lexically_relative(projectDir.lexically_normal());
    if (relative.empty()) return dataPath.generic_string();
    int levelsUp = 0;
    for (const auto& part : relative) levelsUp += part == ".." ? 1 : 0;
    // Climbing to the root shares nothing with the project: /tmp/p and /srv/data are unrelated.
    int depth = 0;
    for (const auto& part : projectDir.lexically_normal().relative_path()) depth += part.empty() ? 0 : 1;
    const bool nearby = levelsUp <= kMaxLevelsUp && levelsUp < depth;
    return nearby ? relative.generic_string() : dataPath.lexically_normal().generic_string();
}

} // namespace nw
