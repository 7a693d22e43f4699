#include "engine/data/csv_parser.h"

#include <stdexcept>

namespace nw {
namespace {

Diagnostic csvSyntaxError(const std::string& name, int64_t line, std::string message) {
    return Diagnostic{DiagCode::FileRead, std::move(message), {}, name + ": line " + std::to_string(line)};
}

std::string describeChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
    static const char* hex = "0123456789abcdef";
    return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

} // namespace

bool isValidCsvDelimiter(char c) { return c != '"' && c != '\n' && c != '\r'; }

std::string_view withoutBom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    return text;
}

Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view input, char delimiter,
                                               const std::string& name, size_t maxRecords) {
    const std::string_view text = withoutBom(input);
    std::vector<CsvRecord> records;
    const size_t n = text.size();
    size_t i = 0;
    int64_t line = 1;
    // A line break at i (LF, CRLF or CR): its length, 0 when there is none.
    const auto lineBreak = [&](size_t at) -> size_t {
        if (at >= n) return 0;
        if (text[at] == '\n') return 1;
        if (text[at] == '\r') return at + 1 < n && text[at + 1] == '\n' ? 2 : 1;
        return 0;
    };
    while (i < n && (maxRecords == 0 || records.size() < maxRecords)) {
        if (const size_t br = lineBreak(i)) { // a blank line: no record
            i += br;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            std::string field;
            if (i < n && text[i] == '"') {
                const int64_t quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return csvSyntaxError(
                            name, quoteLine,
                            "Field " + std::to_string(record.fields.size() + 1) +
                                " opens a quote that is never closed; expected a closing '\"' "
                                "before the end of the file");
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (const size_t br = lineBreak(i)) {
                        field.append(text.substr(i, br));
                        i += br;
                        ++line;
                        continue;
                    }
                    field.push_back(text[i++]);
                }
                if (i < n && text[i] != delimiter && !lineBreak(i))
                    return csvSyntaxError(
                        name, line,
                        "Field " + std::to_string(record.fields.size() + 1) + " has " +
                            describeChar(text[i]) +
                            " after its closing quote; expected the delimiter or the end of "
                            "the line (write a quote inside a quoted field as \"\")");
            } else {
                const size_t start = i;
                while (i < n && text[i] != delimiter && !lineBreak(i)) ++i;
                field.assign(text.substr(start, i - start));
            }
            record.fields.push_back(std::move(field));
            if (i < n && text[i] == delimiter) {
                ++i;
            } else {
                const size_t br = lineBreak(i);
                i += br;
                if (br) ++line;
                endOfRecord = true;
            }
        }
        records.push_back(std::move(record));
    }
    return records;
}

char detectCsvDelimiter(std::string_view text) {
    // Enough records to see a pattern, few enough to stay instant on a large file.
    constexpr size_t kSample = 20;
    constexpr size_t kSampleBytes = 1 << 16;
    std::string_view sample = text.substr(0, kSampleBytes);
    // Cut the sample at its last line break, so no record is cut in half (unless there is only one).
    if (sample.size() < text.size()) {
        const size_t last = sample.find_last_of("\r\n");
        if (last != std::string_view::npos) sample = sample.substr(0, last);
    }
    char best = ',';
    size_t bestFields = 1;
    for (const char candidate : {',', ';', '\t'}) {
        Result<std::vector<CsvRecord>> records = parseCsvRecords(sample, candidate, "", kSample);
        if (!records.ok() || records.value().empty()) continue;
        const size_t fields = records.value().front().fields.size();
        bool consistent = true;
        for (const CsvRecord& r : records.value()) consistent = consistent && r.fields.size() == fields;
        if (consistent && fields > bestFields) {
            best = candidate;
            bestFields = fields;
        }
    }
    return best;
}

} // namespace nw
