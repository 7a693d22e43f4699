#include "engine/data/dataset_spec.h"

#include "engine/data/idx_reader.h"

#include <algorithm>

namespace nw {
namespace {

constexpr DatasetSource kSources[] = {DatasetSource::Synthetic, DatasetSource::Builtin, DatasetSource::Idx};

// How many ".." a relative data path may climb and still count as part of the project.
constexpr int kMaxLevelsUp = 2;

} // namespace

std::string_view toString(DatasetSource source) {
    switch (source) {
    case DatasetSource::Synthetic: return "synthetic";
    case DatasetSource::Builtin: return "builtin";
    case DatasetSource::Idx: return "idx";
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
    case DatasetSource::Idx: return spec.path;
    }
    return spec.path;
}

std::filesystem::path resolvedDataPath(const DatasetSpec& spec, const std::filesystem::path& projectDir) {
    const std::filesystem::path path(spec.path);
    if (spec.path.empty() || path.is_absolute()) return path;
    return (projectDir / path).lexically_normal();
}

Result<Dataset> loadDataset(const DatasetSpec& spec, const std::filesystem::path& baseDir,
                            const DataLocations& locations) {
    switch (spec.source) {
    case DatasetSource::Synthetic:
        if (spec.synthetic.samples < 2)
            return Diagnostic{DiagCode::JsonValue, "A synthetic data set needs at least 2 samples, got " +
                                                       std::to_string(spec.synthetic.samples)};
        return makeSynthetic(spec.synthetic);
    case DatasetSource::Builtin: return loadBuiltinDataset(spec.builtin, locations.builtinRoot);
    case DatasetSource::Idx: {
        if (spec.path.empty())
            return Diagnostic{
                DiagCode::JsonMissing, "An IDX data set needs the path of its folder", {}, "/dataset/path"};
        Result<Dataset> data = readMnistFolder(resolvedDataPath(spec, baseDir));
        if (data.ok()) data->name = spec.path;
        return data;
    }
    }
    return Diagnostic{DiagCode::JsonValue, "Unknown data set source"};
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
    return levelsUp <= kMaxLevelsUp ? relative.generic_string()
                                    : dataPath.lexically_normal().generic_string();
}

} // namespace nw
