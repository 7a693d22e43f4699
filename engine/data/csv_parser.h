#pragma once

#include "engine/core/diagnostic.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

// One CSV record: its fields, unquoted, and the 1-based line it starts on (a quoted field may span
// several lines, so records and lines are not the same count).
struct CsvRecord {
    int64_t line = 0;
    std::vector<std::string> fields;
};

// Splits RFC 4180 text into records: fields separated by `delimiter`, optionally quoted with '"';
// inside quotes "" is one quote and delimiters and line breaks are data. Lines end with LF, CRLF or
// CR; a UTF-8 byte order mark at the start is dropped; blank lines (no bytes at all) hold no record
// and are passed over. At most `maxRecords` records are read (0: all). Errors name `name`, the line
// and the field: an unterminated quote, or text after a closing quote. Text with a NUL byte is no CSV
// (UTF-16 or binary): it is refused with the line and column of the first one and what it seems to be.
Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view text, char delimiter, const std::string& name,
                                               size_t maxRecords = 0);

// The delimiter among ',', ';' and '\t' that splits the first records of `text` into the same number
// of fields, the most fields winning; ',' when none does better.
char detectCsvDelimiter(std::string_view text);

// Whether `c` can separate fields: anything but the quote and the line-break characters (',', ';' and
// '\t' are the ones detected; another such as '|' can be given).
bool isValidCsvDelimiter(char c);

// `text` without a leading UTF-8 byte order mark.
std::string_view withoutBom(std::string_view text);

} // namespace nw
