#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace nw {

// Real data sets the program knows by name, read from where Debian installs them.
enum class BuiltinDataset {
    FashionMnist, // Zalando's 28×28 grey clothing images, 10 classes: dataset-fashion-mnist
};

std::string_view toString(BuiltinDataset dataset); // "fashion-mnist"
std::optional<BuiltinDataset> builtinDatasetFromString(std::string_view name);

// The names of its classes, in label order ("T-shirt/top", ..., "Ankle boot").
const std::vector<std::string>& builtinClassNames(BuiltinDataset dataset);

// Where Debian's dataset-* packages put their files.
inline constexpr std::string_view kSystemDatasetRoot = "/usr/share/datasets";

// The folder `dataset` is read from under `root`.
std::filesystem::path builtinDatasetFolder(BuiltinDataset dataset,
                                           const std::filesystem::path& root = kSystemDatasetRoot);

// Reads the training and test parts (the test part from Dataset::ownTestBegin on). When the files
// are absent the Diagnostic says which package installs them.
Result<Dataset> loadBuiltinDataset(BuiltinDataset dataset,
                                   const std::filesystem::path& root = kSystemDatasetRoot);

} // namespace nw
