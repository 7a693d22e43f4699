#pragma once

#include <string>
#include <vector>

namespace nw::io {

// One RFC 4180 line: fields separated by commas, those with a comma, quote or line break quoted
// (quotes doubled), ended by CRLF. The tables the CLI and the designer export are written with it.
std::string csvLine(const std::vector<std::string>& fields);

} // namespace nw::io
