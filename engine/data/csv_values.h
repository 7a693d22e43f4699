#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nw::csv {

// The field without surrounding spaces and tabs ("1, 2" is common).
std::string_view trim(std::string_view field);

// Whether a field stands for a missing value: empty, or NA, N/A, NaN, ? in any case.
bool isMissing(std::string_view field);

// The field as a finite number ("+1.5", "-2e3", " 4 "), or nothing: text, inf and nan are not numbers.
std::optional<double> parseNumber(std::string_view field);

// The shortest text that reads back as `value`: "3", "0.25", "1e+20". Names numeric classes.
std::string formatNumber(double value);

// A value quoted for a message, cut to a readable length: 'abc', or 'a long val…' with the length.
std::string quoteValue(std::string_view value);

} // namespace nw::csv
