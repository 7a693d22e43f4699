#include "engine/io/file_io.h"
#include "engine/io/project.h"

namespace nw {

namespace {

std::filesystem::path folderOf(const std::filesystem::path& file) {
    return std::filesystem::absolute(file).lexically_normal().parent_path();
}

} // namespace

Result<Project> loadProject(const std::filesystem::path& path) {
    Result<std::string> text = io::readFile(path);
    if (!text.ok()) return text.error();
    Result<Project> project = parseProject(*text);
    if (!project.ok()) return project;
    const auto resolve = [&](DatasetSpec& spec) {
        if (!spec.path.empty()) spec.path = resolvedDataPath(spec, folderOf(path)).generic_string();
    };
    resolve(project->dataset);
    for (RunRecord& run : project->runs) resolve(run.dataset);
    return project;
}

Status saveProject(const Project& project, const std::filesystem::path& path) {
    Project stored = project;
    const auto portable = [&](DatasetSpec& spec) {
        if (!spec.path.empty()) spec.path = portableDataPath(spec.path, folderOf(path));
    };
    portable(stored.dataset);
    for (RunRecord& run : stored.runs) portable(run.dataset);
    return io::writeFileAtomically(path, serializeProject(stored));
}

} // namespace nw
