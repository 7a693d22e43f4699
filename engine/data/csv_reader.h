#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

// What to do with a missing value: an empty field, or one of NA, N/A, NaN, ? (any case).
enum class MissingValuePolicy {
    Refuse,   // a Diagnostic that counts them, names the first (line, column) and the two choices below
    SkipRows, // drop every row with a missing value, counted in CsvReport::skippedRows
    FillMean, // numeric columns take their mean, text columns their most frequent value
};

// "refuse", "skip_rows", "fill_mean": the keys of the project file.
std::string_view toString(MissingValuePolicy policy);
std::optional<MissingValuePolicy> missingValuePolicyFromString(std::string_view key);

struct CsvOptions {
    // Header name, or "column_<k>" (1-based) for a file without a header; empty: the last column.
    std::string targetColumn;
    std::optional<char> delimiter; // ',', ';' or '\t' detected when empty; any but '"', CR, LF given
    // Detected when empty: a first record with a text value in a column whose later values are all
    // numbers is a header; a file without any numeric column is taken to have one.
    std::optional<bool> hasHeader;
    MissingValuePolicy missing = MissingValuePolicy::Refuse;
    // When empty: a text target, or a whole-number target with at most 50 distinct values and fewer
    // distinct values than half the rows, is classification; anything else regression.
    std::optional<TaskKind> task;
    std::vector<std::string> ignoredColumns; // names (or column_<k>) left out of the features
    bool operator==(const CsvOptions&) const = default;
};

// How one raw column became feature values; kept so prediction on new files encodes identically.
struct CsvFeatureColumn {
    std::string name;
    bool categorical = false;
    std::vector<std::string> categories; // one-hot order (sorted); categorical only
    double fillValue = 0;                // numeric: the mean FillMean used (of the values present)
    std::string fillCategory;            // categorical: the most frequent value FillMean used
    double min = 0, max = 0;             // numeric: range of the values present
    int64_t missing = 0;                 // missing values met in this column

    // Feature values this column produces: 1, or one per category.
    int64_t width() const { return categorical ? static_cast<int64_t>(categories.size()) : 1; }
    bool operator==(const CsvFeatureColumn&) const = default;
};

struct CsvEncoding {
    char delimiter = ',';
    bool hasHeader = true;
    std::vector<std::string> columns;       // every column of the file, in file order
    std::vector<CsvFeatureColumn> features; // in feature order (a categorical column expands in place)
    std::string target;
    TaskKind task{};
    std::vector<std::string> classes; // classification: class names in index order (sorted)
    MissingValuePolicy missing = MissingValuePolicy::Refuse;

    int64_t featureCount() const;
    bool operator==(const CsvEncoding&) const = default;
};

struct CsvReport {
    int64_t records = 0;       // data records in the file (the header not counted)
    int64_t skippedRows = 0;   // SkipRows: records left out
    int64_t filledValues = 0;  // FillMean: values filled in
    int64_t missingValues = 0; // missing values met, wherever they were
};

struct CsvData {
    Dataset data; // features (N, F); targets (N, 1) class index or value
    CsvEncoding encoding;
    CsvReport report;
    std::vector<int64_t> lines; // the line each sample starts on, to point back into the file
    bool hasTargets = true;     // false when parseCsvWithEncoding met a file without the target column
};

// Reads CSV text into a dataset, choosing the encoding (see CsvOptions). `name` locates Diagnostics.
Result<CsvData> parseCsvDataset(std::string_view text, const CsvOptions& options, const std::string& name);
Result<CsvData> readCsvDataset(const std::filesystem::path& path, const CsvOptions& options);

// Encodes new rows with an existing encoding (prediction): the same columns (found by header name, or by
// position without a header), the same one-hot order and fill values; the target column may be absent,
// then `targets` is empty and hasTargets false. A category or class the encoding does not know is refused.
Result<CsvData> parseCsvWithEncoding(std::string_view text, const CsvEncoding& encoding,
                                     const std::string& name);

} // namespace nw
