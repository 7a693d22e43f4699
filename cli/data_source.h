#pragma once

#include "args.h"

#include "engine/data/dataset_spec.h"

#include <filesystem>
#include <string>
#include <variant>

namespace nw::cli {

// A data set named on the command line, and the folder its relative paths resolve against.
struct NamedData {
    DatasetSpec spec;
    std::filesystem::path baseDir;
    std::string kind; // "built-in", "synthetic", "project", "MNIST-format folder", ...
};

// What `neuroweave-cli data` accepts: a project file (.nwproj), a built-in name (fashion-mnist), a
// synthetic set's name (spirals), an MNIST-format folder, a folder of class folders of images, or a
// CSV file. Options of the command refine the spec.
std::variant<NamedData, Diagnostic> resolveDataArgument(const std::string& argument);

// The synthetic sets' names as the CLI lists them: "spirals, circles, xor, …".
std::string syntheticDataNames();

} // namespace nw::cli
