#include "engine/io/file_io.h"
#include "engine/io/project.h"

namespace nw {

Result<Project> loadProject(const std::filesystem::path& path) {
    Result<std::string> text = io::readFile(path);
    if (!text.ok()) return text.error();
    return parseProject(*text);
}

Status saveProject(const Project& project, const std::filesystem::path& path) {
    return io::writeFileAtomically(path, serializeProject(project));
}

} // namespace nw
