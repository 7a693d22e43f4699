#pragma once

#include "engine/core/diagnostic.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace nw::io {

// The whole content of a file. FileNotFound when nothing is there, FileRead when it cannot be read
// (a directory, no permission); the Diagnostic's location is the path.
Result<std::string> readFile(const std::filesystem::path& path);

// Replaces the file at `path` with `bytes` so that a reader sees either the old file or the new one,
// never a mix: the bytes go to a temporary file in the same directory, are flushed to the disk, and
// the temporary is renamed over `path`. On any failure the temporary is removed, the old file is left
// as it was, and the result is a FileWrite Diagnostic naming the step and the system's reason.
// A symbolic link is followed, so the file it points to is replaced and the link stays.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Whether writeFileAtomically(path, …) can work: a temporary file can be made beside `path` (and is
// removed again). Asked before long work whose result goes there, so that a read-only folder is
// known before the work, not after it. The failure is the FileWrite Diagnostic a save would give.
Status checkCanWrite(const std::filesystem::path& path);

} // namespace nw::io
