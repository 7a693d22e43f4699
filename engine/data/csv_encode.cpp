#include "engine/data/csv_encode.h"

#include "engine/data/csv_values.h"

#include <algorithm>

namespace nw::csv {
namespace {

// Names a few of `values` for a message: "'a', 'b', 'c' and 7 more".
TextArg someOf(const std::vector<std::string>& values) {
    constexpr size_t kShown = 8;
    std::string out;
    for (size_t i = 0; i < values.size() && i < kShown; ++i) out += (i ? ", " : "") + quoteValue(values[i]);
    if (values.size() > kShown) return Text(NW_TEXT("%1 and %2 more"), {out, values.size() - kShown});
    return out;
}

// The index of `value` in the sorted `names`, or -1.
int64_t indexOf(const std::vector<std::string>& names, std::string_view value) {
    const auto it = std::lower_bound(names.begin(), names.end(), value);
    return it != names.end() && *it == value ? it - names.begin() : -1;
}

// The class index of a target field: its text, or failing that the number it spells ("1.0" is class "1").
int64_t classIndex(const std::vector<std::string>& classes, std::string_view field) {
    const std::string_view v = trim(field);
    const auto found = std::find(classes.begin(), classes.end(), v);
    if (found != classes.end()) return found - classes.begin();
    if (const std::optional<double> number = parseNumber(v)) {
        const auto again = std::find(classes.begin(), classes.end(), formatNumber(*number));
        if (again != classes.end()) return again - classes.begin();
    }
    return -1;
}

Diagnostic notANumber(const std::string& name, const CsvRecord& r, size_t column,
                      const std::string& columnName) {
    return Diagnostic{
        DiagCode::DataMismatch,
        Text(NW_TEXT("Column '%1' holds numbers, but line %2 has %3; expected a number such as 3 "
                     "or -0.5"),
             {columnName, r.line, quoteValue(trim(r.fields[column]))})}
        .locatedAt(cellLocation(name, r.line, column, columnName));
}

} // namespace

Text cellLocation(const std::string& name, int64_t line, size_t column, const std::string& columnName) {
    return Text(NW_TEXT("%1: line %2, column %3 (%4)"), {name, line, column + 1, columnName});
}

Text lineLocation(const std::string& name, int64_t line) {
    return Text(NW_TEXT("%1: line %2"), {name, line});
}

Status checkFieldCounts(std::span<const CsvRecord> records, size_t expected, const std::string& name,
                        const Text& expectedWhy) {
    for (const CsvRecord& r : records) {
        if (r.fields.size() == expected) continue;
        const bool more = r.fields.size() > expected;
        const TextArg fields = r.fields.size();
        return Diagnostic{DiagCode::DataMismatch,
                          more
                              ? Text(NW_TEXT("Line %1 has %2 fields, more than the %3 expected (%4); a field "
                                             "with the delimiter in it must be quoted"),
                                     {r.line, fields, expected, expectedWhy})
                              : Text(NW_TEXT("Line %1 has %2 fields, fewer than the %3 expected (%4)"),
                                     {r.line, fields, expected, expectedWhy})}
            .locatedAt(lineLocation(name, r.line));
    }
    return Status::success();
}

Result<RowSelection> selectRows(std::span<const CsvRecord> records, const ColumnMap& map,
                                const std::vector<std::string>& columnNames, MissingValuePolicy policy,
                                const std::string& name) {
    std::vector<size_t> used = map.features;
    if (map.target >= 0) used.push_back(static_cast<size_t>(map.target));
    std::sort(used.begin(), used.end()); // the first missing value named is the first in reading order
    RowSelection rows;
    rows.keep.assign(records.size(), 1);
    const CsvRecord* firstRecord = nullptr;
    size_t firstColumn = 0;
    for (size_t i = 0; i < records.size(); ++i) {
        int64_t missing = 0;
        for (const size_t c : used) {
            if (!isMissing(records[i].fields[c])) continue;
            if (!firstRecord) {
                firstRecord = &records[i];
                firstColumn = c;
            }
            if (policy == MissingValuePolicy::FillMean && static_cast<int64_t>(c) == map.target)
                return Diagnostic{DiagCode::DataMismatch,
                                  Text(NW_TEXT("The target '%1' is missing on line %2; a target cannot be "
                                               "filled in: skip the rows with missing values instead"),
                                       {columnNames[c], records[i].line})}
                    .locatedAt(cellLocation(name, records[i].line, c, columnNames[c]));
            ++missing;
        }
        rows.missingValues += missing;
        if (missing > 0 && policy == MissingValuePolicy::SkipRows) {
            rows.keep[i] = 0;
            ++rows.skippedRows;
        }
    }
    if (policy == MissingValuePolicy::Refuse && rows.missingValues > 0)
        return Diagnostic{
            DiagCode::DataMismatch,
            rows.missingValues == 1
                ? Text(NW_TEXT("%1 value is missing, the first on line %2 in column '%3'; choose "
                               "to skip the rows with a missing value or to fill each with its "
                               "column's mean"),
                       {rows.missingValues, firstRecord->line, columnNames[firstColumn]})
                : Text(NW_TEXT("%1 values are missing, the first on line %2 in column '%3'; "
                               "choose to skip the rows with a missing value or to fill each "
                               "with its column's mean"),
                       {rows.missingValues, firstRecord->line, columnNames[firstColumn]})}
            .locatedAt(cellLocation(name, firstRecord->line, firstColumn, columnNames[firstColumn]));
    rows.kept = static_cast<int64_t>(records.size()) - rows.skippedRows;
    if (rows.kept == 0)
        return Diagnostic{DiagCode::DataMismatch,
                          Text(NW_TEXT("Every one of the %1 rows has a missing value, so skipping them "
                                       "leaves no data"),
                               {records.size()}),
                          {},
                          name};
    return rows;
}

Result<CsvData> encodeRecords(std::span<const CsvRecord> records, const RowSelection& rows,
                              const ColumnMap& map, const CsvEncoding& encoding, const std::string& name) {
    CsvData out;
    out.encoding = encoding;
    out.hasTargets = map.target >= 0;
    out.report.records = static_cast<int64_t>(records.size());
    out.report.missingValues = rows.missingValues;
    out.report.skippedRows = rows.skippedRows;
    Dataset& d = out.data;
    d.name = name;
    d.task = encoding.task;
    d.features = Tensor(Shape{rows.kept, encoding.featureCount()});
    if (out.hasTargets) d.targets = Tensor(Shape{rows.kept, 1});
    if (encoding.task == TaskKind::Classification) {
        d.numClasses = static_cast<int64_t>(encoding.classes.size());
        d.classNames = encoding.classes;
    }
    out.lines.reserve(static_cast<size_t>(rows.kept));
    int64_t s = 0;
    for (size_t i = 0; i < records.size(); ++i) {
        if (!rows.keep[i]) continue;
        const CsvRecord& r = records[i];
        float* x = d.features.row(s);
        for (size_t k = 0; k < encoding.features.size(); ++k) {
            const CsvFeatureColumn& col = encoding.features[k];
            const size_t c = map.features[k];
            const std::string_view field = trim(r.fields[c]);
            const bool missing = isMissing(field);
            if (missing) ++out.report.filledValues; // only FillMean lets a missing value get this far
            if (!col.categorical) {
                const std::optional<double> v = missing ? col.fillValue : parseNumber(field);
                if (!v) return notANumber(name, r, c, col.name);
                *x++ = static_cast<float>(*v);
                continue;
            }
            const int64_t index =
                indexOf(col.categories, missing ? std::string_view(col.fillCategory) : field);
            if (index < 0)
                return Diagnostic{
                    DiagCode::DataMismatch,
                    Text(NW_TEXT("Column '%1' has the value %2 on line %3, which the data set's "
                                 "encoding does not know; expected one of %4"),
                         {col.name, quoteValue(field), r.line, someOf(col.categories)})}
                    .locatedAt(cellLocation(name, r.line, c, col.name));
            std::fill(x, x + col.width(), 0.0f);
            x[index] = 1.0f;
            x += col.width();
        }
        if (out.hasTargets) {
            const auto c = static_cast<size_t>(map.target);
            if (encoding.task == TaskKind::Regression) {
                const std::optional<double> v = parseNumber(r.fields[c]);
                if (!v) return notANumber(name, r, c, encoding.target);
                d.targets[s] = static_cast<float>(*v);
            } else {
                const int64_t index = classIndex(encoding.classes, r.fields[c]);
                if (index < 0)
                    return Diagnostic{DiagCode::DataMismatch,
                                      Text(NW_TEXT("The target '%1' is %2 on line %3, not one of the classes "
                                                   "the model knows: %4"),
                                           {encoding.target, quoteValue(trim(r.fields[c])), r.line,
                                            someOf(encoding.classes)})}
                        .locatedAt(cellLocation(name, r.line, c, encoding.target));
                d.targets[s] = static_cast<float>(index);
            }
        }
        out.lines.push_back(r.line);
        ++s;
    }
    return out;
}

} // namespace nw::csv
