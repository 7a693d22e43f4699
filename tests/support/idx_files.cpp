#include "tests/support/idx_files.h"

#include <zlib.h>

namespace nw::test {

std::string idxHeader(unsigned char type, const std::vector<uint32_t>& dims) {
    std::string s{'\0', '\0', static_cast<char>(type), static_cast<char>(dims.size())};
    for (uint32_t d : dims)
        for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>((d >> shift) & 0xff));
    return s;
}

std::string idxBytes(const std::vector<uint32_t>& dims, const std::vector<unsigned char>& values) {
    std::string s = idxHeader(0x08, dims);
    s.append(values.begin(), values.end());
    return s;
}

std::string gzipped(const std::string& data) {
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(compressBound(static_cast<uLong>(data.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace nw::test
