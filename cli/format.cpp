#include "format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace nw::cli {

void Table::addRow(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

std::string Table::render() const {
    std::vector<size_t> widths;
    for (const Column& c : m_columns) widths.push_back(displayWidth(c.header));
    for (const auto& row : m_rows)
        for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], displayWidth(row[i]));

    constexpr std::string_view kGap = "   ";
    size_t total = 0;
    for (size_t w : widths) total += w;
    total += kGap.size() * (widths.empty() ? 0 : widths.size() - 1);

    const auto renderRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (size_t i = 0; i < cells.size(); ++i) {
            const std::string pad(widths[i] - displayWidth(cells[i]), ' ');
            const bool last = i + 1 == cells.size();
            if (i > 0) line += kGap;
            line += m_columns[i].align == Align::Right ? pad + cells[i] : cells[i] + (last ? "" : pad);
        }
        return line + "\n";
    };
    std::vector<std::string> headers;
    for (const Column& c : m_columns) headers.push_back(c.header);
    const std::string rule = std::string(total, '-') + "\n";
    std::string out = renderRow(headers) + rule;
    for (const auto& row : m_rows) out += renderRow(row);
    return out + rule;
}

size_t displayWidth(std::string_view text) {
    return static_cast<size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

std::string withThousands(int64_t value) {
    const std::string digits =
        std::to_string(value < 0 ? -static_cast<uint64_t>(value) : static_cast<uint64_t>(value));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string fixed(double value, int decimals) {
    if (std::isnan(value)) return "n/a";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string percent(double fraction) {
    if (std::isnan(fraction)) return "n/a";
    return fixed(fraction * 100, 1) + "%";
}

std::string duration(double seconds) {
    if (seconds < 10) return fixed(seconds, 2) + " s";
    if (seconds < 60) return fixed(seconds, 1) + " s";
    const auto whole = static_cast<int64_t>(std::llround(seconds));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld min %02lld s", static_cast<long long>(whole / 60),
                  static_cast<long long>(whole % 60));
    return buffer;
}

std::string shortest(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string epochResults(const EpochMetrics& epoch) {
    return "loss " + fixed(epoch.trainLoss, 4) + ", accuracy " + percent(epoch.trainAccuracy) +
           "; validation loss " + fixed(epoch.validationLoss, 4) + ", accuracy " +
           percent(epoch.validationAccuracy);
}

std::string compact(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace nw::cli
