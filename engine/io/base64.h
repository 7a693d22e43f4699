#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nw::io {

// Standard base64 (RFC 4648, with '=' padding), the encoding of binary blobs in project files.
std::string encodeBase64(std::span<const uint8_t> bytes);

// The bytes of `text`, or nothing when it is not canonical padded base64 (wrong length, a character
// outside the alphabet, misplaced padding, non-zero padding bits). Strict, so every blob has exactly
// one spelling and save -> load -> save gives the same bytes.
std::optional<std::vector<uint8_t>> decodeBase64(std::string_view text);

// float32 values as little-endian bytes in base64, whatever the host's byte order; every bit of every
// value (negative zero, denormals, NaN payloads) survives the round trip.
std::string encodeFloats(std::span<const float> values);
// The floats of a blob written by encodeFloats(), or nothing when it is not base64 or its byte count
// is not a multiple of 4.
std::optional<std::vector<float>> decodeFloats(std::string_view text);

} // namespace nw::io
