#pragma once

#include "engine/train/metrics.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nw::cli {

enum class Align { Left, Right };

// A plain-text table: a header, a rule, the rows, a rule. Columns are as wide as their widest cell,
// counted in characters, so "1×28×28" lines up like "784".
class Table {
public:
    struct Column {
        std::string header;
        Align align = Align::Left;
    };

    explicit Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}
    void addRow(std::vector<std::string> cells);
    std::string render() const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

// Characters (UTF-8 code points) in `text`: what a terminal shows for the scripts we print.
size_t displayWidth(std::string_view text);

// 1234567 -> "1,234,567".
std::string withThousands(int64_t value);
// A value with `decimals` digits after the point; "n/a" for NaN.
std::string fixed(double value, int decimals);
// A fraction as a percentage with one decimal: 0.9731 -> "97.3%"; "n/a" for NaN.
std::string percent(double fraction);
// Seconds as "0.42 s", "12.3 s" or "3 min 05 s".
std::string duration(double seconds);
// A double as written in a file, shortest exact form: 0.03 -> "0.03".
std::string shortest(double value);

// A measured value with six significant digits: -4.975183963775635 -> "-4.97518", 255 -> "255".
std::string compact(double value);

// "loss 0.0113, accuracy 99.5%; validation loss 0.0624, accuracy 99.0%".
std::string epochResults(const EpochMetrics& epoch);

} // namespace nw::cli
