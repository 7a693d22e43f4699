#pragma once

#include "engine/core/diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nw::io {

// Members keep the order they were added in, so written files list fields in the documented order.
using Json = nlohmann::ordered_json;

// Parses JSON text. Invalid JSON gives a JsonSyntax Diagnostic located at "line L, column C".
Result<Json> parseJson(std::string_view text);

// The JSON Pointer (RFC 6901) of member `key` below `parent`, where "/" stands for the root.
std::string memberPath(const std::string& parent, std::string_view key);

enum class Bound { Inclusive, Exclusive };

// Reads a parsed document while tracking the JSON Pointer of the value at hand, so every problem is
// reported where it is ("/graph/nodes/2/attributes/units"). The first problem wins: after it every
// read returns a neutral value and reports nothing, so a reading function can go on to its end and
// the caller checks failed() before acting on what was read. Never throws.
class JsonReader {
public:
    // The first problem of one read, shared by every reader made from the same root.
    struct Problem {
        std::optional<Diagnostic> first;
    };

    JsonReader(const Json& root, Problem& problem) : m_value(&root), m_problem(&problem), m_path("/") {}

    const std::string& path() const { return m_path; }
    bool failed() const { return m_problem->first.has_value(); }

    // Member `key` of this object; JsonMissing when absent.
    JsonReader at(std::string_view key) const;
    // Member `key` of this object when present.
    std::optional<JsonReader> find(std::string_view key) const;
    // Reports the first member of this object whose key is not in `known`: a misspelt field would
    // otherwise be skipped without a word and its default used instead.
    void allowOnly(std::initializer_list<std::string_view> known) const;
    // This object's members, in file order.
    std::vector<std::pair<std::string, JsonReader>> members() const;
    // This array's elements; with `size`, the array must have exactly that many.
    std::vector<JsonReader> elements(std::optional<size_t> size = std::nullopt) const;

    // Whether this value is an array (for a field that takes one value or a list of them).
    bool isArray() const { return m_value && m_value->is_array(); }

    int64_t integer(int64_t min = std::numeric_limits<int64_t>::min(),
                    int64_t max = std::numeric_limits<int64_t>::max()) const;
    uint64_t unsignedInteger() const;
    // A number (whole numbers are accepted) within the bounds; JSON has no infinities or NaN.
    double number(double min = -std::numeric_limits<double>::infinity(),
                  double max = std::numeric_limits<double>::infinity(), Bound lower = Bound::Inclusive,
                  Bound upper = Bound::Inclusive) const;
    // A measured figure: a number, null for NaN, or the string "Infinity" / "-Infinity".
    double metric() const;
    bool boolean() const;
    std::string string() const;

    void fail(DiagCode code, Text message, std::optional<NodeId> node = std::nullopt) const;
    // Records a Diagnostic from elsewhere (a Graph edit) at this path, keeping its code, message and node.
    void fail(Diagnostic diagnostic) const;

private:
    JsonReader(const Json* value, Problem* problem, std::string path)
        : m_value(value), m_problem(problem), m_path(std::move(path)) {}
    // Whether this value can be read as `expected`; reports JsonType when it cannot.
    bool expect(bool matches, const Text& expected) const;

    const Json* m_value; // null only once a problem was recorded
    Problem* m_problem;
    std::string m_path;
};

// How a JSON value reads in a message: "a string", "an array", "2.5", "null".
TextArg describeJson(const Json& value);

} // namespace nw::io
