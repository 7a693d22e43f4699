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

// `data` compressed in the gzip format, as the .gz files of MNIST are.
std::string gzipped(const std::string& data);

} // namespace nw::test
