#include "test_gzip.h"

#include <stdexcept>
#include <zlib.h>

namespace nw::test {

std::string gzipBytes(const std::string& data) {
    z_stream zs{};
    // 15 + 16: a gzip wrapper with the largest window.
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("gzipBytes: deflateInit2 failed");
    std::string out(compressBound(static_cast<uLong>(data.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) throw std::runtime_error("gzipBytes: deflate did not finish");
    return out;
}

} // namespace nw::test
