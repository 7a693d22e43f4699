#include "tests/support/idx_files.h"

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

} // namespace nw::test
