#pragma once

#include "engine/core/diagnostic.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace nw {

// Whether `bytes` start with the gzip magic number (1f 8b).
bool isGzip(std::string_view bytes);

// Inflates a gzip stream, refusing to produce more than `maxBytes` (a corrupt or hostile header must
// not make us allocate without bound). `name` is used in the Diagnostic's location.
Result<std::string> gunzip(std::string_view bytes, const std::string& name, size_t maxBytes);

// A file's content, inflated when it is gzip-compressed.
Result<std::string> readMaybeGzipped(const std::filesystem::path& path, size_t maxBytes);

} // namespace nw
