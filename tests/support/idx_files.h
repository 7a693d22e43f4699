#pragma once

// IDX files (the MNIST format) made by the tests themselves.

#include <cstdint>
#include <string>
#include <vector>

namespace nw::test {

// The magic number and the big-endian dimensions of an IDX file of value type `type`.
std::string idxHeader(unsigned char type, const std::vector<uint32_t>& dims);

// An unsigned-byte IDX file holding `values` with dimensions `dims`.
std::string idxBytes(const std::vector<uint32_t>& dims, const std::vector<unsigned char>& values);

} // namespace nw::test
