#pragma once

// The steps parseCsvDataset and parseCsvWithEncoding share: field counts, missing values, and turning
// records into feature rows with a known encoding. Internal to engine/data.

#include "engine/data/csv_parser.h"
#include "engine/data/csv_reader.h"

#include <span>

namespace nw::csv {

// Where each encoded column sits in the records: one source index per encoding.features entry, and
// the target's (-1 when the file has no target column).
struct ColumnMap {
    std::vector<size_t> features;
    int64_t target = -1;
};

// Which records survive the missing-value policy.
struct RowSelection {
    std::vector<char> keep; // one per record
    int64_t kept = 0;
    int64_t missingValues = 0;
    int64_t skippedRows = 0;
};

// Every record has `expected` fields, or a Diagnostic naming the first line that does not.
Status checkFieldCounts(std::span<const CsvRecord> records, size_t expected, const std::string& name,
                        const Text& expectedWhy);

// Applies `policy` to the missing values in the columns `map` uses. Refuse: a Diagnostic counting them
// and naming the first; FillMean: a missing target is refused (a target cannot be made up).
Result<RowSelection> selectRows(std::span<const CsvRecord> records, const ColumnMap& map,
                                const std::vector<std::string>& columnNames, MissingValuePolicy policy,
                                const std::string& name);

// Encodes the kept records with `encoding`: numbers as they are, categories one-hot, missing values
// filled from the encoding, targets as class indices or values. Unknown categories and classes, and
// text in a numeric column, are Diagnostics naming the line, the column and the value.
Result<CsvData> encodeRecords(std::span<const CsvRecord> records, const RowSelection& rows,
                              const ColumnMap& map, const CsvEncoding& encoding, const std::string& name);

// Location of a cell: "name: line 4, column 2 (age)".
Text cellLocation(const std::string& name, int64_t line, size_t column, const std::string& columnName);
// Location of a line: "name: line 4".
Text lineLocation(const std::string& name, int64_t line);

} // namespace nw::csv
