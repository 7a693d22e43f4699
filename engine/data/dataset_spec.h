#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/data/synthetic.h"

#include <filesystem>

namespace nw {

enum class DatasetSource { Synthetic };

// Which data a project trains on and how it is split; stored in the project file.
struct DatasetSpec {
    DatasetSource source = DatasetSource::Synthetic;
    SyntheticSpec synthetic;
    double validationFraction = 0.2;
    uint64_t splitSeed = 1;
    bool operator==(const DatasetSpec&) const = default;
};

// Builds or reads the data described by `spec`; relative paths resolve against `baseDir`.
Result<Dataset> loadDataset(const DatasetSpec& spec, const std::filesystem::path& baseDir);

} // namespace nw
