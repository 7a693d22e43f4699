#pragma once

#include <string>

namespace nw::test {

// `data` compressed as a gzip stream (what the .gz files of MNIST-format data sets hold).
std::string gzipBytes(const std::string& data);

} // namespace nw::test
