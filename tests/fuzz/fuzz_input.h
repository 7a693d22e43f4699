#pragma once

// Shared by the libFuzzer harnesses: every reader takes the fuzzer's bytes as text or as a file's
// bytes. A reader must answer anything with a value or a Diagnostic; a crash, a sanitizer report or
// an exception is the finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nw::fuzz {

inline std::string_view bytesOf(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace nw::fuzz
