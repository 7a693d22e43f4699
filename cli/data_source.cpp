#include "data_source.h"

#include "engine/data/idx_reader.h"
#include "engine/data/synthetic.h"
#include "engine/io/project.h"

namespace nw::cli {
namespace {

namespace fs = std::filesystem;

std::string knownNames() {
    return std::string(toString(BuiltinDataset::FashionMnist)) + ", " + syntheticDataNames();
}

} // namespace

std::string syntheticDataNames() {
    std::string names;
    for (SyntheticKind k : syntheticKinds()) names += (names.empty() ? "" : ", ") + std::string(toString(k));
    return names;
}

std::variant<NamedData, Diagnostic> resolveDataArgument(const std::string& argument) {
    NamedData named;
    const fs::path path(argument);
    std::error_code error;
    if (path.extension() == ".nwproj") {
        Result<Project> project = loadProject(path);
        if (!project.ok()) return project.error();
        named.spec = project->dataset;
        named.baseDir = path.parent_path();
        named.kind = "the data set of project " + argument;
        return named;
    }
    if (const auto builtin = builtinDatasetFromString(argument); builtin && !fs::exists(path, error)) {
        named.spec.source = DatasetSource::Builtin;
        named.spec.builtin = *builtin;
        named.kind = "built-in, read from " + builtinDatasetFolder(*builtin).string();
        return named;
    }
    if (const auto synthetic = syntheticKindFromString(argument); synthetic && !fs::exists(path, error)) {
        named.spec.source = DatasetSource::Synthetic;
        named.spec.synthetic.kind = *synthetic;
        named.kind = "synthetic, generated with the default settings";
        return named;
    }
    if (fs::is_directory(path, error) && isMnistFolder(path)) {
        named.spec.source = DatasetSource::Idx;
        named.spec.path = fs::absolute(path).lexically_normal().generic_string();
        named.kind = "MNIST-format folder";
        return named;
    }
    if (fs::is_directory(path, error)) {
        named.spec.source = DatasetSource::Images;
        named.spec.path = fs::absolute(path).lexically_normal().generic_string();
        named.kind = "image folder, one sub-folder per class";
        return named;
    }
    if (fs::is_regular_file(path, error)) {
        named.spec.source = DatasetSource::Csv;
        named.spec.path = fs::absolute(path).lexically_normal().generic_string();
        named.kind = "CSV file";
        return named;
    }
    if (!fs::exists(path, error))
        return Diagnostic{DiagCode::FileNotFound,
                          "'" + argument + "' is neither a file or folder nor a known data set (" +
                              knownNames() + ")",
                          {},
                          argument};
    return Diagnostic{
        DiagCode::FileRead, "'" + argument + "' is neither a regular file nor a folder", {}, argument};
}

} // namespace nw::cli
