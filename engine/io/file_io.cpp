#include "engine/io/file_io.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace nw::io {
namespace {

std::string systemError(int err) { return std::strerror(err); }

// The system's own error text stays as the C library words it.
Diagnostic writeError(const std::filesystem::path& path, const Text& step, int err) {
    return Diagnostic{
        DiagCode::FileWrite,
        Text(NW_TEXT("Could not save %1: %2 failed (%3)"), {path.string(), step, systemError(err)}),
        {},
        path.string()};
}

Text creatingTemporaryFile(const std::filesystem::path& path) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    return Text(NW_TEXT("creating a temporary file in %1"), {dir.string()});
}

// The process's umask, read without changing it: umask() itself can only be read by setting it,
// which would race with other threads creating files.
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    return 022;
}

// The permissions the saved file gets: those of the file it replaces, or what creating it anew would give.
mode_t targetMode(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return st.st_mode & 07777;
    return 0666 & ~currentUmask();
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) {
            errno = EIO; // a regular file never accepts zero bytes of a non-empty write
            return false;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// Makes the rename itself durable. Not every file system supports syncing a directory, and the new
// file is complete either way, so a failure here is not reported.
void syncDirectory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

Result<std::string> readFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status))
        return Diagnostic{
            DiagCode::FileNotFound, Text(NW_TEXT("There is no file %1"), {path.string()}), {}, path.string()};
    if (std::filesystem::is_directory(status))
        return Diagnostic{DiagCode::FileRead,
                          Text(NW_TEXT("%1 is a directory, not a file"), {path.string()}),
                          {},
                          path.string()};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        return Diagnostic{DiagCode::FileRead,
                          Text(NW_TEXT("Could not open %1 (%2)"), {path.string(), systemError(err)}),
                          {},
                          path.string()};
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        return Diagnostic{
            DiagCode::FileRead, Text(NW_TEXT("Could not read %1"), {path.string()}), {}, path.string()};
    return std::move(content).str();
}

Status checkCanWrite(const std::filesystem::path& path) {
    std::string temp = path.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        const int err = errno; // before building the sentence, which may allocate and set errno
        return writeError(path, creatingTemporaryFile(path), err);
    }
    ::close(fd);
    ::unlink(temp.c_str());
    return {};
}

Status writeFileAtomically(const std::filesystem::path& requested, std::string_view bytes) {
    std::error_code ec;
    std::filesystem::path path = requested;
    if (std::filesystem::is_symlink(requested, ec)) {
        const auto resolved = std::filesystem::weakly_canonical(requested, ec);
        if (!ec) path = resolved;
    }

    std::string temp = path.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        const int err = errno; // before building the sentence, which may allocate and set errno
        return writeError(path, creatingTemporaryFile(path), err);
    }

    const auto abandon = [&](const Text& step, int err, bool open) -> Status {
        if (open) ::close(fd);
        ::unlink(temp.c_str());
        return writeError(path, step, err);
    };
    if (::fchmod(fd, targetMode(path)) != 0)
        return abandon(Text(NW_TEXT("setting permissions")), errno, true);
    if (!writeAll(fd, bytes)) return abandon(Text(NW_TEXT("writing")), errno, true);
    if (::fsync(fd) != 0) return abandon(Text(NW_TEXT("flushing to disk")), errno, true);
    if (::close(fd) != 0) return abandon(Text(NW_TEXT("closing")), errno, false);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        return abandon(Text(NW_TEXT("replacing the file")), errno, false);
    syncDirectory(path.parent_path());
    return {};
}

} // namespace nw::io
