#pragma once

#include "engine/io/json_reader.h"

#include <string>

namespace nw::io {

// JSON text laid out for people who read and diff project files: two-space indentation, one member
// per line, but short flat things on one line: an array of scalars ("position": [220.0, 0.0]) and an
// object in an array whose members are all scalars or arrays of scalars (an edge, an epoch's
// figures). Deterministic: the layout depends only on the value. Numbers are written the way
// nlohmann-json writes them, in their shortest form that reads back to the same double.
std::string formatJson(const Json& value);

} // namespace nw::io
