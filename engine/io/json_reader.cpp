#include "engine/io/json_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <type_traits>

namespace nw::io {
namespace {

// nlohmann's DOM builder, but a syntax error is recorded with its position instead of thrown: the
// library's own exception for an overflowing number carries no position at all.
class PositionedDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    using json_sax_dom_parser::json_sax_dom_parser;

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& /*lastToken*/, const Exception& error) {
        m_position = position;
        m_message = error.what();
        return false;
    }

    std::size_t position() const { return m_position; }
    const std::string& message() const { return m_message; }

private:
    std::size_t m_position = 0;
    std::string m_message;
};

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "syntax error ...":
// the location goes into the Diagnostic's own field.
std::string plainMessage(const std::string& what) {
    std::string_view text = what;
    if (const size_t bracket = text.find("] "); bracket != std::string_view::npos)
        text.remove_prefix(bracket + 2);
    if (text.starts_with("parse error"))
        if (const size_t colon = text.find(": "); colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    return std::string(text);
}

// The line and column (1-based, counting characters, not bytes) of byte `position` (1-based, as
// nlohmann counts: the last byte read).
Text lineAndColumn(std::string_view text, std::size_t position) {
    const size_t end = std::min(position == 0 ? 0 : position - 1, text.size());
    size_t line = 1;
    size_t column = 1;
    for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
            ++column; // UTF-8 continuation bytes do not start a character
        }
    }
    return Text(NW_TEXT("line %1, column %2"), {line, column});
}

template <class T>
std::string formatNumber(T value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// A bound as it fills a sentence: integers verbatim, reals with the English the engine writes.
template <class T>
TextArg bound(T value) {
    if constexpr (std::is_floating_point_v<T>)
        return TextArg::real(static_cast<double>(value), formatNumber(value));
    else
        return TextArg(static_cast<int64_t>(value));
}

// "between 1 and 10", "at least 0", "greater than 0 and less than 1".
template <class T>
Text rangeText(T min, T max, Bound lower, Bound upper) {
    // Integers have no infinity (numeric_limits says 0), so only their extremes mean "unbounded".
    constexpr bool kFloating = std::is_floating_point_v<T>;
    const bool hasMin = kFloating ? std::isfinite(min) : min != std::numeric_limits<T>::lowest();
    const bool hasMax = kFloating ? std::isfinite(max) : max != std::numeric_limits<T>::max();
    if (hasMin && hasMax && lower == Bound::Inclusive && upper == Bound::Inclusive)
        return Text(NW_TEXT("between %1 and %2"), {bound(min), bound(max)});
    const Text above = lower == Bound::Inclusive ? Text(NW_TEXT("at least %1"), {bound(min)})
                                                 : Text(NW_TEXT("greater than %1"), {bound(min)});
    const Text below = upper == Bound::Inclusive ? Text(NW_TEXT("at most %1"), {bound(max)})
                                                 : Text(NW_TEXT("less than %1"), {bound(max)});
    if (hasMin && hasMax) return Text(NW_TEXT("%1 and %2"), {above, below});
    if (hasMin) return above;
    if (hasMax) return below;
    return {};
}

} // namespace

Result<Json> parseJson(std::string_view text) {
    Json document;
    PositionedDomParser parser(document, false);
    if (!Json::sax_parse(text, &parser))
        // nlohmann's own wording of the error stays as it is: it quotes the text it stopped at.
        return Diagnostic{DiagCode::JsonSyntax,
                          Text(NW_TEXT("The file is not valid JSON: %1"), {plainMessage(parser.message())})}
            .locatedAt(lineAndColumn(text, parser.position()));
    return document;
}

std::string memberPath(const std::string& parent, std::string_view key) {
    std::string path = parent == "/" ? "" : parent;
    path += '/';
    for (char c : key) {
        if (c == '~')
            path += "~0";
        else if (c == '/')
            path += "~1";
        else
            path += c;
    }
    return path;
}

TextArg describeJson(const Json& value) {
    // JSON's own words (null, true, numbers) are verbatim: they are what the file says.
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case Json::value_t::string: return Text(NW_TEXT("a string"));
    case Json::value_t::array: return Text(NW_TEXT("an array"));
    case Json::value_t::object: return Text(NW_TEXT("an object"));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return value.dump();
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
    }
    return Text(NW_TEXT("an unexpected value"));
}

bool JsonReader::expect(bool matches, const Text& expected) const {
    if (!matches)
        fail(DiagCode::JsonType, Text(NW_TEXT("Expected %1, got %2"), {expected, describeJson(*m_value)}));
    return matches;
}

JsonReader JsonReader::at(std::string_view key) const {
    if (std::optional<JsonReader> member = find(key)) return *member;
    const std::string path = memberPath(m_path, key);
    if (!failed())
        m_problem->first = Diagnostic{
            DiagCode::JsonMissing, Text(NW_TEXT("The field '%1' is missing"), {std::string(key)}), {}, path};
    return JsonReader(nullptr, m_problem, path);
}

std::optional<JsonReader> JsonReader::find(std::string_view key) const {
    if (failed() || !expect(m_value->is_object(), Text(NW_TEXT("an object")))) return std::nullopt;
    const auto it = m_value->find(key);
    if (it == m_value->end()) return std::nullopt;
    return JsonReader(&*it, m_problem, memberPath(m_path, key));
}

void JsonReader::allowOnly(std::initializer_list<std::string_view> known) const {
    for (const auto& [key, member] : members())
        if (std::find(known.begin(), known.end(), key) == known.end())
            return member.fail(DiagCode::JsonValue, Text(NW_TEXT("Unknown field '%1'"), {key}));
}

std::vector<std::pair<std::string, JsonReader>> JsonReader::members() const {
    std::vector<std::pair<std::string, JsonReader>> out;
    if (failed() || !expect(m_value->is_object(), Text(NW_TEXT("an object")))) return out;
    for (const auto& [key, value] : m_value->items())
        out.emplace_back(key, JsonReader(&value, m_problem, memberPath(m_path, key)));
    return out;
}

std::vector<JsonReader> JsonReader::elements(std::optional<size_t> size) const {
    std::vector<JsonReader> out;
    if (failed() || !expect(m_value->is_array(), Text(NW_TEXT("an array")))) return out;
    if (size && m_value->size() != *size) {
        fail(DiagCode::JsonValue, Text(NW_TEXT("Expected %1 elements, got %2"), {*size, m_value->size()}));
        return out;
    }
    out.reserve(m_value->size());
    for (size_t i = 0; i < m_value->size(); ++i)
        out.push_back(JsonReader(&(*m_value)[i], m_problem, memberPath(m_path, std::to_string(i))));
    return out;
}

int64_t JsonReader::integer(int64_t min, int64_t max) const {
    if (failed() || !expect(m_value->is_number_integer(), Text(NW_TEXT("a whole number")))) return 0;
    const bool tooLarge =
        m_value->is_number_unsigned() &&
        m_value->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    const int64_t value = tooLarge ? std::numeric_limits<int64_t>::max() : m_value->get<int64_t>();
    if (tooLarge || value < min || value > max) {
        // Only a number beyond int64 itself gets here without bounds of its own.
        const Text range = rangeText(min, max, Bound::Inclusive, Bound::Inclusive);
        fail(DiagCode::JsonValue,
             Text(NW_TEXT("Must be %1, got %2"),
                  {range.empty() ? Text(NW_TEXT("at most %1"), {bound(max)}) : range, m_value->dump()}));
        return 0;
    }
    return value;
}

uint64_t JsonReader::unsignedInteger() const {
    if (failed() || !expect(m_value->is_number_integer(), Text(NW_TEXT("a whole number")))) return 0;
    if (!m_value->is_number_unsigned()) {
        fail(DiagCode::JsonValue, Text(NW_TEXT("Must not be negative, got %1"), {m_value->dump()}));
        return 0;
    }
    return m_value->get<uint64_t>();
}

double JsonReader::number(double min, double max, Bound lower, Bound upper) const {
    if (failed() || !expect(m_value->is_number(), Text(NW_TEXT("a number")))) return 0;
    const double value = m_value->get<double>();
    const bool below = lower == Bound::Inclusive ? value < min : value <= min;
    const bool above = upper == Bound::Inclusive ? value > max : value >= max;
    if (below || above) {
        fail(DiagCode::JsonValue,
             Text(NW_TEXT("Must be %1, got %2"), {rangeText(min, max, lower, upper), m_value->dump()}));
        return 0;
    }
    return value;
}

double JsonReader::metric() const {
    if (failed()) return 0;
    if (m_value->is_null()) return std::numeric_limits<double>::quiet_NaN();
    if (m_value->is_number()) return m_value->get<double>();
    if (m_value->is_string()) {
        const auto& text = m_value->get_ref<const std::string&>();
        if (text == "Infinity") return std::numeric_limits<double>::infinity();
        if (text == "-Infinity") return -std::numeric_limits<double>::infinity();
    }
    expect(false, Text(NW_TEXT("a number, null or \"Infinity\"")));
    return 0;
}

bool JsonReader::boolean() const {
    if (failed() || !expect(m_value->is_boolean(), Text(NW_TEXT("true or false")))) return false;
    return m_value->get<bool>();
}

std::string JsonReader::string() const {
    if (failed() || !expect(m_value->is_string(), Text(NW_TEXT("a string")))) return {};
    return m_value->get<std::string>();
}

void JsonReader::fail(DiagCode code, Text message, std::optional<NodeId> node) const {
    fail(Diagnostic{code, std::move(message), node, {}});
}

void JsonReader::fail(Diagnostic diagnostic) const {
    if (failed()) return;
    diagnostic.location = m_path;
    m_problem->first = std::move(diagnostic);
}

} // namespace nw::io
