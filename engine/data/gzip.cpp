#include "engine/data/gzip.h"

#include "engine/io/file_io.h"

#include <zlib.h>

#include <algorithm>

namespace nw {

bool isGzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Result<std::string> gunzip(std::string_view bytes, const std::string& name, size_t maxBytes) {
    z_stream zs{};
    // 15 + 16: a gzip wrapper around a deflate stream with the largest window.
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return Diagnostic{DiagCode::FileRead, Text(NW_TEXT("zlib could not start")), {}, name};
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    zs.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    // The trailer's size field (the length modulo 2^32) saves the regrowths of a large file; it is
    // only a hint, capped so a forged one cannot reserve much more than deflate could produce.
    if (bytes.size() >= 18) {
        const auto* tail = reinterpret_cast<const unsigned char*>(bytes.data() + bytes.size() - 4);
        const size_t hint =
            size_t{tail[0]} | size_t{tail[1]} << 8 | size_t{tail[2]} << 16 | size_t{tail[3]} << 24;
        constexpr size_t kMaxDeflateRatio = 1032;
        out.reserve(std::min({hint, maxBytes, bytes.size() * kMaxDeflateRatio}));
    }
    char buffer[1 << 16];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            // zlib's own message, when it has one, is verbatim.
            const TextArg why = rc == Z_BUF_ERROR ? TextArg(Text(NW_TEXT("the file is truncated")))
                                : zs.msg          ? TextArg(zs.msg)
                                                  : TextArg(Text(NW_TEXT("the compressed data ends early")));
            inflateEnd(&zs);
            return Diagnostic{DiagCode::FileRead,
                              Text(NW_TEXT("The gzip data is corrupt after %1 compressed bytes: %2"),
                                   {size_t{zs.total_in}, why}),
                              {},
                              name};
        }
        out.append(buffer, sizeof buffer - zs.avail_out);
        if (out.size() > maxBytes) {
            inflateEnd(&zs);
            return Diagnostic{DiagCode::FileRead,
                              Text(NW_TEXT("The file inflates to more than %1 bytes"), {maxBytes}),
                              {},
                              name};
        }
    }
    inflateEnd(&zs);
    return out;
}

Result<std::string> readMaybeGzipped(const std::filesystem::path& path, size_t maxBytes) {
    Result<std::string> raw = io::readFile(path);
    if (!raw.ok() || !isGzip(raw.value())) return raw;
    return gunzip(raw.value(), path.string(), maxBytes);
}

} // namespace nw
