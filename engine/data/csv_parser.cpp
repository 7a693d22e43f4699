#include "engine/data/csv_parser.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace nw {
namespace {

Diagnostic csvSyntaxError(const std::string& name, int64_t line, Text message) {
    return Diagnostic{DiagCode::FileRead, std::move(message)}.locatedAt(
        Text(NW_TEXT("%1: line %2"), {name, line}));
}

TextArg describeChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
    static const char* hex = "0123456789abcdef";
    return Text(NW_TEXT("byte %1"), {std::string("0x") + hex[u >> 4] + hex[u & 15]});
}

// What a file with a NUL byte probably is: text never holds one, so it is UTF-16 text (every other
// byte of ASCII characters is zero) or binary, which a few signatures name.
Text describeNotText(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return Text(NW_TEXT("it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8"));
    if (text.starts_with("PK\x03\x04"))
        return Text(NW_TEXT("it is a ZIP archive (an .xlsx or .ods spreadsheet?), not text"));
    if (text.starts_with("\x1F\x8B")) return Text(NW_TEXT("it is gzip-compressed; decompress it first"));
    if (text.starts_with("\xD0\xCF\x11\xE0"))
        return Text(NW_TEXT("it is an old Office document (an .xls spreadsheet?), not text"));
    if (text.starts_with("\x89PNG") || text.starts_with("\xFF\xD8\xFF") || text.starts_with("BM"))
        return Text(NW_TEXT("it is an image, not text"));
    const size_t sample = std::min<size_t>(text.size(), 512);
    size_t evenZeros = 0, oddZeros = 0;
    for (size_t i = 0; i < sample; ++i)
        if (text[i] == '\0') ++(i % 2 == 0 ? evenZeros : oddZeros);
    if (std::max(evenZeros, oddZeros) * 4 >= sample && std::min(evenZeros, oddZeros) * 8 < sample)
        return Text(NW_TEXT("it looks like UTF-16 text; save it as UTF-8"));
    return Text(NW_TEXT("it looks like a binary file, not text"));
}

// A NUL byte anywhere: the file is refused at that byte's line and column before it is split, so no
// category or class is ever named with one.
std::optional<Diagnostic> refuseNulBytes(std::string_view text, const std::string& name) {
    const size_t at = text.find('\0');
    if (at == std::string_view::npos) return std::nullopt;
    int64_t line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < at; ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    const auto column = static_cast<int64_t>(at - lineStart) + 1;
    return Diagnostic{
        DiagCode::FileRead,
        Text(NW_TEXT("The file has a NUL byte at line %1, column %2, so it is not a CSV text file: %3"),
             {line, column, describeNotText(text)})}
        .locatedAt(Text(NW_TEXT("%1: line %2, column %3"), {name, line, column}));
}

} // namespace

bool isValidCsvDelimiter(char c) { return c != '"' && c != '\n' && c != '\r'; }

std::string_view withoutBom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    return text;
}

Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view input, char delimiter,
                                               const std::string& name, size_t maxRecords) {
    if (std::optional<Diagnostic> notText = refuseNulBytes(input, name)) return *notText;
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
                            Text(NW_TEXT("Field %1 opens a quote that is never closed; expected a closing "
                                         "'\"' before the end of the file"),
                                 {record.fields.size() + 1}));
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
                        Text(NW_TEXT("Field %1 has %2 after its closing quote; expected the delimiter or "
                                     "the end of the line (write a quote inside a quoted field as \"\")"),
                             {record.fields.size() + 1, describeChar(text[i])}));
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
