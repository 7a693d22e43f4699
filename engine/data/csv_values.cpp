#include "engine/data/csv_values.h"

#include <array>
#include <charconv>
#include <cmath>

namespace nw::csv {

std::string_view trim(std::string_view field) {
    const size_t first = field.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return field.substr(first, field.find_last_not_of(" \t") - first + 1);
}

bool isMissing(std::string_view field) {
    const std::string_view v = trim(field);
    if (v.empty() || v == "?") return true;
    // Compared without allocating: this runs for every cell, several times.
    const auto is = [&](std::string_view word) {
        if (v.size() != word.size()) return false;
        for (size_t i = 0; i < v.size(); ++i)
            if ((v[i] >= 'A' && v[i] <= 'Z' ? static_cast<char>(v[i] - 'A' + 'a') : v[i]) != word[i])
                return false;
        return true;
    };
    return is("na") || is("n/a") || is("nan");
}

std::optional<double> parseNumber(std::string_view field) {
    std::string_view v = trim(field);
    if (v.starts_with('+')) v.remove_prefix(1);
    if (v.empty() || v.starts_with('+')) return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string formatNumber(double value) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc()) return std::to_string(value);
    return std::string(buffer.data(), end);
}

std::string quoteValue(std::string_view value) {
    constexpr size_t kShown = 40;
    if (value.size() <= kShown) return "'" + std::string(value) + "'";
    size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    return "'" + std::string(value.substr(0, cut)) + "…' (" + std::to_string(value.size()) + " bytes)";
}

} // namespace nw::csv
