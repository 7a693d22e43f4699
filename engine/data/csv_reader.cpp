#include "engine/data/csv_reader.h"

#include "engine/data/csv_encode.h"
#include "engine/data/csv_values.h"
#include "engine/io/file_io.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace nw {
namespace {

using csv::ColumnMap;
using csv::RowSelection;

// One-hot encoding past this many values would drown the other features; such a column is usually an
// identifier or free text, better left out.
constexpr size_t kMaxCategories = 1000;
// Feature values in memory, 8 GiB of floats: beyond what a laptop's training loop can hold.
constexpr int64_t kMaxValues = int64_t{1} << 31;
// Rows looked at to decide whether the first record is a header.
constexpr size_t kHeaderSample = 100;
// At most this many distinct whole numbers make a target classification when the task is not given.
constexpr size_t kMaxAutoClasses = 50;

Diagnostic dataError(const std::string& location, Text message) {
    return Diagnostic{DiagCode::DataMismatch, std::move(message), {}, location};
}

// A location that is itself a sentence ("data.csv: line 4").
Diagnostic dataError(Text location, Text message) {
    return Diagnostic{DiagCode::DataMismatch, std::move(message)}.locatedAt(std::move(location));
}

Text columnLocation(const std::string& name, size_t c, const std::string& col) {
    return Text(NW_TEXT("%1: column %2 (%3)"), {name, c + 1, col});
}

// Where the expected number of fields comes from, for checkFieldCounts: "the header has 5".
Text fieldCountSource(bool header, size_t columns) {
    return header ? Text(NW_TEXT("the header has %1"), {columns})
                  : Text(NW_TEXT("the first line has %1"), {columns});
}

std::string columnName(size_t index) { return "column_" + std::to_string(index + 1); }

std::string listColumns(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + csv::quoteValue(names[i]);
    return out;
}

// The first record is a header when one of its fields is text in a column whose following values are
// numbers, and never when it is all numbers. A file with no numeric column gives no evidence either
// way; most such files have a header.
bool looksLikeHeader(const std::vector<CsvRecord>& records) {
    const CsvRecord& first = records.front();
    if (std::all_of(first.fields.begin(), first.fields.end(),
                    [](const std::string& f) { return csv::isMissing(f) || csv::parseNumber(f); }))
        return false; // names are never all numbers
    bool anyNumericColumn = false;
    for (size_t c = 0; c < first.fields.size(); ++c) {
        bool numeric = false, text = false;
        for (size_t r = 1; r < records.size() && r <= kHeaderSample; ++r) {
            if (c >= records[r].fields.size() || csv::isMissing(records[r].fields[c])) continue;
            (csv::parseNumber(records[r].fields[c]) ? numeric : text) = true;
        }
        if (!numeric || text) continue;
        anyNumericColumn = true;
        if (!csv::isMissing(first.fields[c]) && !csv::parseNumber(first.fields[c])) return true;
    }
    return !anyNumericColumn;
}

Result<std::vector<std::string>> headerNames(const CsvRecord& header, const std::string& name) {
    std::vector<std::string> names;
    std::map<std::string, size_t> seen;
    for (size_t c = 0; c < header.fields.size(); ++c) {
        const std::string_view v = csv::trim(header.fields[c]);
        std::string n = v.empty() ? columnName(c) : std::string(v);
        if (const auto [it, fresh] = seen.emplace(n, c); !fresh)
            return dataError(
                csv::lineLocation(name, header.line),
                Text(NW_TEXT("Columns %1 and %2 are both named %3; each column needs its own name"),
                     {it->second + 1, c + 1, csv::quoteValue(n)}));
        names.push_back(std::move(n));
    }
    return names;
}

// The column called `wanted`: by name, or as column_<k>.
std::optional<size_t> findColumn(const std::vector<std::string>& names, const std::string& wanted) {
    for (size_t c = 0; c < names.size(); ++c)
        if (names[c] == wanted) return c;
    for (size_t c = 0; c < names.size(); ++c)
        if (columnName(c) == wanted) return c;
    return std::nullopt;
}

// What the values of one column are, over the rows kept.
struct ColumnSurvey {
    int64_t numbers = 0, texts = 0, missing = 0;
    const CsvRecord* firstText = nullptr;
    double sum = 0, min = 0, max = 0;
    bool wholeNumbers = true;
    std::map<std::string, int64_t, std::less<>> counts; // distinct values (trimmed) and how often each occurs
};

// `counting` also collects the distinct values, which only categories and targets need.
ColumnSurvey survey(std::span<const CsvRecord> records, const RowSelection& rows, size_t c, bool counting) {
    ColumnSurvey s;
    for (size_t i = 0; i < records.size(); ++i) {
        if (!rows.keep[i]) continue;
        const std::string& field = records[i].fields[c];
        if (csv::isMissing(field)) {
            ++s.missing;
            continue;
        }
        if (const std::optional<double> v = csv::parseNumber(field)) {
            s.min = s.numbers ? std::min(s.min, *v) : *v;
            s.max = s.numbers ? std::max(s.max, *v) : *v;
            s.sum += *v;
            s.wholeNumbers = s.wholeNumbers && std::trunc(*v) == *v && std::abs(*v) < 1e15;
            ++s.numbers;
        } else {
            if (!s.firstText) s.firstText = &records[i];
            ++s.texts;
        }
        if (!counting || s.counts.size() > kMaxCategories) continue;
        const std::string_view value = csv::trim(field);
        if (const auto it = s.counts.find(value); it != s.counts.end())
            ++it->second;
        else
            s.counts.emplace(std::string(value), 1);
    }
    return s;
}

// Text where numbers belong: in a column that is mostly numbers, or in the target of a regression.
Diagnostic textInNumericColumn(const std::string& name, const ColumnSurvey& s, size_t c,
                               const std::string& col, bool target) {
    const CsvRecord& r = *s.firstText;
    const Text what = target ? Text(NW_TEXT("The target '%1' must hold numbers for a regression"), {col})
                             : Text(NW_TEXT("Column '%1' holds numbers (%2 of them)"), {col, s.numbers});
    const std::string value = csv::quoteValue(csv::trim(r.fields[c]));
    return dataError(csv::cellLocation(name, r.line, c, col),
                     s.texts > 1
                         ? Text(NW_TEXT("%1, but line %2 has %3 and %4 more rows have text; expected a "
                                        "number such as 3 or -0.5"),
                                {what, r.line, value, s.texts - 1})
                         : Text(NW_TEXT("%1, but line %2 has %3; expected a number such as 3 or -0.5"),
                                {what, r.line, value}));
}

Result<CsvFeatureColumn> featureColumn(std::span<const CsvRecord> records, const RowSelection& rows, size_t c,
                                       const std::string& col, const std::string& name) {
    ColumnSurvey s = survey(records, rows, c, false);
    CsvFeatureColumn f;
    f.name = col;
    f.missing = s.missing;
    if (s.numbers + s.texts == 0)
        return dataError(
            columnLocation(name, c, col),
            Text(NW_TEXT("Column '%1' has no values at all; leave it out of the features"), {col}));
    if (s.numbers >= s.texts) { // a numeric column with a few stray words is a mistake to point at
        if (s.texts > 0) return textInNumericColumn(name, s, c, col, false);
        f.min = s.min;
        f.max = s.max;
        f.fillValue = s.sum / static_cast<double>(s.numbers);
        return f;
    }
    s = survey(records, rows, c, true);
    if (s.counts.size() > kMaxCategories)
        return dataError(columnLocation(name, c, col),
                         Text(NW_TEXT("Column '%1' has more than %2 different text values; one-hot encoding "
                                      "would add a feature for each. Leave it out of the features (an "
                                      "identifier or free text rarely helps)"),
                              {col, kMaxCategories}));
    f.categorical = true;
    int64_t best = -1;
    for (const auto& [value, count] : s.counts) { // std::map: sorted, so the one-hot order is stable
        f.categories.push_back(value);
        if (count > best) {
            best = count;
            f.fillCategory = value;
        }
    }
    return f;
}

// Chooses the task and the classes of the target column.
Status describeTarget(std::span<const CsvRecord> records, const RowSelection& rows, size_t c,
                      const CsvOptions& options, const std::string& name, CsvEncoding& encoding) {
    const ColumnSurvey s = survey(records, rows, c, true);
    const std::string& col = encoding.target;
    const Text where = columnLocation(name, c, col);
    const bool text = s.texts > 0;
    if (options.task)
        encoding.task = *options.task;
    else
        encoding.task = text || (s.wholeNumbers && s.counts.size() <= kMaxAutoClasses &&
                                 s.counts.size() * 2 < static_cast<size_t>(rows.kept))
                            ? TaskKind::Classification
                            : TaskKind::Regression;
    if (encoding.task == TaskKind::Regression) {
        if (text) return textInNumericColumn(name, s, c, col, true);
        return Status::success();
    }
    if (s.counts.size() > kMaxCategories)
        return dataError(where, Text(NW_TEXT("The target '%1' has more than %2 different values, too many "
                                             "classes; a numeric target can be learnt as regression"),
                                     {col, kMaxCategories}));
    if (text) {
        for (const auto& entry : s.counts) encoding.classes.push_back(entry.first);
    } else { // numbers sort as numbers ("2" before "10") and "1.0" and "1" are one class
        std::set<double> values;
        for (const auto& entry : s.counts) values.insert(*csv::parseNumber(entry.first));
        for (const double v : values) encoding.classes.push_back(csv::formatNumber(v));
    }
    if (encoding.classes.size() < 2)
        return dataError(where,
                         Text(NW_TEXT("The target '%1' has only one class (%2) in its %3 rows; "
                                      "classification needs at least two"),
                              {col, csv::quoteValue(encoding.classes.empty() ? "" : encoding.classes.front()),
                               rows.kept}));
    return Status::success();
}

Result<std::vector<CsvRecord>> records(std::string_view text, char delimiter, const std::string& name) {
    Result<std::vector<CsvRecord>> parsed = parseCsvRecords(text, delimiter, name);
    if (parsed.ok() && parsed.value().empty())
        return Diagnostic{DiagCode::FileRead,
                          Text(NW_TEXT("The file has no data; expected a header line and rows of values"))}
            .locatedAt(csv::lineLocation(name, 1));
    return parsed;
}

Status checkSize(int64_t rows, int64_t features, const std::string& name) {
    if (features == 0)
        return dataError(name, Text(NW_TEXT("No column is left for the features besides the target")));
    if (rows > kMaxValues / features)
        return dataError(name,
                         Text(NW_TEXT("%1 rows of %2 features are more than %3 values, too many to hold "
                                      "in memory"),
                              {rows, features, kMaxValues}));
    return Status::success();
}

// An encoding comes from a project file and may have been edited by hand: it must be usable before
// any row is encoded with it.
Status checkEncoding(const CsvEncoding& e, const std::string& name) {
    const auto damaged = [&](const Text& why) {
        return dataError(name, Text(NW_TEXT("The data set's saved encoding cannot be used: %1"), {why}));
    };
    if (!isValidCsvDelimiter(e.delimiter))
        return damaged(Text(NW_TEXT("the delimiter cannot be a quote or a line break")));
    if (e.features.empty()) return damaged(Text(NW_TEXT("it has no feature columns")));
    for (const CsvFeatureColumn& f : e.features) {
        if (std::find(e.columns.begin(), e.columns.end(), f.name) == e.columns.end() || f.name == e.target)
            return damaged(
                Text(NW_TEXT("the feature column %1 is not one of its columns"), {csv::quoteValue(f.name)}));
        if (f.categorical &&
            (f.categories.empty() || !std::is_sorted(f.categories.begin(), f.categories.end()) ||
             std::adjacent_find(f.categories.begin(), f.categories.end()) != f.categories.end()))
            return damaged(
                Text(NW_TEXT("the categories of %1 must be distinct and sorted"), {csv::quoteValue(f.name)}));
    }
    if (e.task == TaskKind::Classification && e.classes.size() < 2)
        return damaged(Text(NW_TEXT("it has fewer than two classes")));
    return Status::success();
}

} // namespace

std::string_view toString(MissingValuePolicy policy) {
    switch (policy) {
    case MissingValuePolicy::Refuse: return "refuse";
    case MissingValuePolicy::SkipRows: return "skip_rows";
    case MissingValuePolicy::FillMean: return "fill_mean";
    }
    return "refuse";
}

std::optional<MissingValuePolicy> missingValuePolicyFromString(std::string_view key) {
    for (MissingValuePolicy p :
         {MissingValuePolicy::Refuse, MissingValuePolicy::SkipRows, MissingValuePolicy::FillMean})
        if (toString(p) == key) return p;
    return std::nullopt;
}

int64_t CsvEncoding::featureCount() const {
    int64_t n = 0;
    for (const CsvFeatureColumn& f : features) n += f.width();
    return n;
}

Result<CsvData> parseCsvDataset(std::string_view text, const CsvOptions& options, const std::string& name) {
    if (options.delimiter && !isValidCsvDelimiter(*options.delimiter))
        return dataError(name, Text(NW_TEXT("The delimiter cannot be a quote or a line break; expected a "
                                            "comma, a semicolon or a tab")));
    CsvEncoding encoding;
    encoding.delimiter = options.delimiter.value_or(detectCsvDelimiter(withoutBom(text)));
    encoding.missing = options.missing;
    Result<std::vector<CsvRecord>> parsed = records(text, encoding.delimiter, name);
    if (!parsed.ok()) return parsed.error();
    std::vector<CsvRecord>& all = parsed.value();
    encoding.hasHeader = options.hasHeader.value_or(looksLikeHeader(all));
    if (encoding.hasHeader) {
        Result<std::vector<std::string>> names = headerNames(all.front(), name);
        if (!names.ok()) return names.error();
        encoding.columns = std::move(names.value());
    } else {
        for (size_t c = 0; c < all.front().fields.size(); ++c) encoding.columns.push_back(columnName(c));
    }
    const std::span<const CsvRecord> rows =
        std::span<const CsvRecord>(all).subspan(encoding.hasHeader ? 1 : 0);
    if (rows.empty())
        return dataError(
            csv::lineLocation(name, all.front().line + 1),
            Text(NW_TEXT("The file has a header but no rows of data; expected at least one line of "
                         "values")));
    const Text why = fieldCountSource(encoding.hasHeader, encoding.columns.size());
    if (Status s = csv::checkFieldCounts(rows, encoding.columns.size(), name, why); !s) return s.error();

    const std::optional<size_t> target = options.targetColumn.empty()
                                             ? encoding.columns.size() - 1
                                             : findColumn(encoding.columns, options.targetColumn);
    if (!target)
        return dataError(csv::lineLocation(name, all.front().line),
                         Text(NW_TEXT("There is no column %1 to predict; the columns are %2"),
                              {csv::quoteValue(options.targetColumn), listColumns(encoding.columns)}));
    encoding.target = encoding.columns[*target];
    std::vector<bool> ignored(encoding.columns.size(), false);
    for (const std::string& wanted : options.ignoredColumns) {
        const std::optional<size_t> c = findColumn(encoding.columns, wanted);
        if (!c)
            return dataError(csv::lineLocation(name, all.front().line),
                             Text(NW_TEXT("There is no column %1 to leave out; the columns are %2"),
                                  {csv::quoteValue(wanted), listColumns(encoding.columns)}));
        ignored[*c] = true;
    }
    ColumnMap map;
    map.target = static_cast<int64_t>(*target);
    for (size_t c = 0; c < encoding.columns.size(); ++c)
        if (c != *target && !ignored[c]) map.features.push_back(c);

    Result<RowSelection> selection = csv::selectRows(rows, map, encoding.columns, options.missing, name);
    if (!selection.ok()) return selection.error();
    for (const size_t c : map.features) {
        Result<CsvFeatureColumn> f = featureColumn(rows, selection.value(), c, encoding.columns[c], name);
        if (!f.ok()) return f.error();
        encoding.features.push_back(std::move(f.value()));
    }
    if (Status s = describeTarget(rows, selection.value(), *target, options, name, encoding); !s)
        return s.error();
    if (Status s = checkSize(selection.value().kept, encoding.featureCount(), name); !s) return s.error();
    return csv::encodeRecords(rows, selection.value(), map, encoding, name);
}

Result<CsvData> parseCsvWithEncoding(std::string_view text, const CsvEncoding& encoding,
                                     const std::string& name) {
    if (Status s = checkEncoding(encoding, name); !s) return s.error();
    Result<std::vector<CsvRecord>> parsed = records(text, encoding.delimiter, name);
    if (!parsed.ok()) return parsed.error();
    const std::vector<CsvRecord>& all = parsed.value();
    ColumnMap map;
    std::vector<std::string> names; // the columns of this file
    if (encoding.hasHeader) {
        Result<std::vector<std::string>> header = headerNames(all.front(), name);
        if (!header.ok()) return header.error();
        names = std::move(header.value());
        for (const CsvFeatureColumn& f : encoding.features) {
            const auto it = std::find(names.begin(), names.end(), f.name);
            if (it == names.end())
                return dataError(
                    csv::lineLocation(name, all.front().line),
                    Text(NW_TEXT("The header has no column %1, which the model reads; the columns "
                                 "are %2"),
                         {csv::quoteValue(f.name), listColumns(names)}));
            map.features.push_back(static_cast<size_t>(it - names.begin()));
        }
        const auto t = std::find(names.begin(), names.end(), encoding.target);
        if (t != names.end()) map.target = t - names.begin();
    } else {
        // Without a header columns go by position: all of them, or all but the target.
        names = encoding.columns;
        const size_t width = all.front().fields.size();
        const auto t = std::find(names.begin(), names.end(), encoding.target);
        if (width + 1 == names.size() && t != names.end()) {
            names.erase(t);
        } else if (width != names.size()) {
            return dataError(csv::lineLocation(name, all.front().line),
                             Text(NW_TEXT("Line %1 has %2 fields; expected %3 (%4), or one fewer without the "
                                          "target"),
                                  {all.front().line, width, names.size(), listColumns(names)}));
        }
        for (const CsvFeatureColumn& f : encoding.features)
            map.features.push_back(
                static_cast<size_t>(std::find(names.begin(), names.end(), f.name) - names.begin()));
        const auto again = std::find(names.begin(), names.end(), encoding.target);
        if (again != names.end()) map.target = again - names.begin();
    }
    const std::span<const CsvRecord> rows =
        std::span<const CsvRecord>(all).subspan(encoding.hasHeader ? 1 : 0);
    if (rows.empty())
        return dataError(
            csv::lineLocation(name, all.front().line + 1),
            Text(NW_TEXT("The file has a header but no rows of data; expected at least one line of "
                         "values")));
    if (Status s = csv::checkFieldCounts(rows, names.size(), name,
                                         fieldCountSource(encoding.hasHeader, names.size()));
        !s)
        return s.error();
    Result<RowSelection> selection = csv::selectRows(rows, map, names, encoding.missing, name);
    if (!selection.ok()) return selection.error();
    if (Status s = checkSize(selection.value().kept, encoding.featureCount(), name); !s) return s.error();
    return csv::encodeRecords(rows, selection.value(), map, encoding, name);
}

Result<CsvData> readCsvDataset(const std::filesystem::path& path, const CsvOptions& options) {
    Result<std::string> text = io::readFile(path);
    if (!text.ok()) return text.error();
    Result<CsvData> data = parseCsvDataset(text.value(), options, path.string());
    if (data.ok()) data.value().data.name = path.filename().string();
    return data;
}

} // namespace nw
