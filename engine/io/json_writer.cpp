#include "engine/io/json_writer.h"

#include <algorithm>

namespace nw::io {
namespace {

// Strings that are not UTF-8 (a name typed on a misconfigured system) are written with U+FFFD
// rather than failing the save.
std::string scalar(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

bool isScalarArray(const Json& value) {
    return value.is_array() &&
           std::none_of(value.begin(), value.end(), [](const Json& e) { return e.is_structured(); });
}

bool isFlatObject(const Json& value) {
    return value.is_object() && std::all_of(value.begin(), value.end(), [](const Json& e) {
               return !e.is_structured() || isScalarArray(e);
           });
}

void writeInline(const Json& value, std::string& out) {
    if (!value.is_structured()) {
        out += scalar(value);
        return;
    }
    out += value.is_object() ? '{' : '[';
    bool first = true;
    for (const auto& [key, element] : value.items()) {
        if (!first) out += ", ";
        first = false;
        if (value.is_object()) out += scalar(Json(key)) + ": ";
        writeInline(element, out);
    }
    out += value.is_object() ? '}' : ']';
}

void write(const Json& value, int depth, bool inArray, std::string& out) {
    if (!value.is_structured() || value.empty() || isScalarArray(value) || (inArray && isFlatObject(value))) {
        writeInline(value, out);
        return;
    }
    const std::string indent(static_cast<size_t>(2 * (depth + 1)), ' ');
    out += value.is_object() ? "{\n" : "[\n";
    bool first = true;
    for (const auto& [key, element] : value.items()) {
        if (!first) out += ",\n";
        first = false;
        out += indent;
        if (value.is_object()) out += scalar(Json(key)) + ": ";
        write(element, depth + 1, value.is_array(), out);
    }
    out += '\n';
    out.append(static_cast<size_t>(2 * depth), ' ');
    out += value.is_object() ? '}' : ']';
}

} // namespace

std::string formatJson(const Json& value) {
    std::string out;
    write(value, 0, false, out);
    return out + "\n";
}

} // namespace nw::io
