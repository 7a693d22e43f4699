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
    if (project.ok() && !project->dataset.path.empty())
        project->dataset.path = resolvedDataPath(project->dataset, folderOf(path)).generic_string();
    return project;
}

Status saveProject(const Project& project, const std::filesystem::path& path) {
    if (project.dataset.path.empty()) return io::writeFileAtomically(path, serializeProject(project));
    Project stored = project;
    stored.dataset.path = portableDataPath(project.dataset.path, folderOf(path));
    return io::writeFileAtomically(path, serializeProject(stored));
}

} // namespace nw
