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

Diagnostic dataError(const std::string& location, std::string message) {
    return Diagnostic{DiagCode::DataMismatch, std::move(message), {}, location};
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
            return dataError(name + ": line " + std::to_string(header.line),
                             "Columns " + std::to_string(it->second + 1) + " and " + std::to_string(c + 1) +
                                 " are both named " + csv::quoteValue(n) +
                                 "; each column needs its own name");
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
    const std::string what =
        target ? "The target '" + col + "' must hold numbers for a regression"
               : "Column '" + col + "' holds numbers (" + std::to_string(s.numbers) + " of them)";
    return dataError(csv::cellLocation(name, r.line, c, col),
                     what + ", but line " + std::to_string(r.line) + " has " +
                         csv::quoteValue(csv::trim(r.fields[c])) +
                         (s.texts > 1 ? " and " + std::to_string(s.texts - 1) + " more rows have text" : "") +
                         "; expected a number such as 3 or -0.5");
}

Result<CsvFeatureColumn> featureColumn(std::span<const CsvRecord> records, const RowSelection& rows, size_t c,
                                       const std::string& col, const std::string& name) {
    ColumnSurvey s = survey(records, rows, c, false);
    CsvFeatureColumn f;
    f.name = col;
    f.missing = s.missing;
    if (s.numbers + s.texts == 0)
        return dataError(name + ": column " + std::to_string(c + 1) + " (" + col + ")",
                         "Column '" + col + "' has no values at all; leave it out of the features");
    if (s.numbers >= s.texts) { // a numeric column with a few stray words is a mistake to point at
        if (s.texts > 0) return textInNumericColumn(name, s, c, col, false);
        f.min = s.min;
        f.max = s.max;
        f.fillValue = s.sum / static_cast<double>(s.numbers);
        return f;
    }
    s = survey(records, rows, c, true);
    if (s.counts.size() > kMaxCategories)
        return dataError(
            name + ": column " + std::to_string(c + 1) + " (" + col + ")",
            "Column '" + col + "' has more than " + std::to_string(kMaxCategories) +
                " different text values; one-hot encoding would add a feature for each. Leave it "
                "out of the features (an identifier or free text rarely helps)");
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
    const std::string where = name + ": column " + std::to_string(c + 1) + " (" + col + ")";
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
        return dataError(where, "The target '" + col + "' has more than " + std::to_string(kMaxCategories) +
                                    " different values, too many classes; a numeric target can be learnt "
                                    "as regression");
    if (text) {
        for (const auto& entry : s.counts) encoding.classes.push_back(entry.first);
    } else { // numbers sort as numbers ("2" before "10") and "1.0" and "1" are one class
        std::set<double> values;
        for (const auto& entry : s.counts) values.insert(*csv::parseNumber(entry.first));
        for (const double v : values) encoding.classes.push_back(csv::formatNumber(v));
    }
    if (encoding.classes.size() < 2)
        return dataError(
            where, "The target '" + col + "' has only one class (" +
                       csv::quoteValue(encoding.classes.empty() ? "" : encoding.classes.front()) +
                       ") in its " + std::to_string(rows.kept) + " rows; classification needs at least two");
    return Status::success();
}

Result<std::vector<CsvRecord>> records(std::string_view text, char delimiter, const std::string& name) {
    Result<std::vector<CsvRecord>> parsed = parseCsvRecords(text, delimiter, name);
    if (parsed.ok() && parsed.value().empty())
        return Diagnostic{DiagCode::FileRead,
                          "The file has no data; expected a header line and rows of values",
                          {},
                          name + ": line 1"};
    return parsed;
}

Status checkSize(int64_t rows, int64_t features, const std::string& name) {
    if (features == 0) return dataError(name, "No column is left for the features besides the target");
    if (rows > kMaxValues / features)
        return dataError(name, std::to_string(rows) + " rows of " + std::to_string(features) +
                                   " features are more than " + std::to_string(kMaxValues) +
                                   " values, too many to hold in memory");
    return Status::success();
}

// An encoding comes from a project file and may have been edited by hand: it must be usable before
// any row is encoded with it.
Status checkEncoding(const CsvEncoding& e, const std::string& name) {
    const auto damaged = [&](const std::string& why) {
        return dataError(name, "The data set's saved encoding cannot be used: " + why);
    };
    if (!isValidCsvDelimiter(e.delimiter)) return damaged("the delimiter cannot be a quote or a line break");
    if (e.features.empty()) return damaged("it has no feature columns");
    for (const CsvFeatureColumn& f : e.features) {
        if (std::find(e.columns.begin(), e.columns.end(), f.name) == e.columns.end() || f.name == e.target)
            return damaged("the feature column " + csv::quoteValue(f.name) + " is not one of its columns");
        if (f.categorical &&
            (f.categories.empty() || !std::is_sorted(f.categories.begin(), f.categories.end()) ||
             std::adjacent_find(f.categories.begin(), f.categories.end()) != f.categories.end()))
            return damaged("the categories of " + csv::quoteValue(f.name) + " must be distinct and sorted");
    }
    if (e.task == TaskKind::Classification && e.classes.size() < 2)
        return damaged("it has fewer than two classes");
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
        return dataError(name,
                         "The delimiter cannot be a quote or a line break; expected a comma, a semicolon "
                         "or a tab");
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
        return dataError(name + ": line " + std::to_string(all.front().line + 1),
                         "The file has a header but no rows of data; expected at least one line of values");
    const std::string why = encoding.hasHeader
                                ? "the header has " + std::to_string(encoding.columns.size())
                                : "the first line has " + std::to_string(encoding.columns.size());
    if (Status s = csv::checkFieldCounts(rows, encoding.columns.size(), name, why); !s) return s.error();

    const std::optional<size_t> target = options.targetColumn.empty()
                                             ? encoding.columns.size() - 1
                                             : findColumn(encoding.columns, options.targetColumn);
    if (!target)
        return dataError(name + ": line " + std::to_string(all.front().line),
                         "There is no column " + csv::quoteValue(options.targetColumn) +
                             " to predict; the columns are " + listColumns(encoding.columns));
    encoding.target = encoding.columns[*target];
    std::vector<bool> ignored(encoding.columns.size(), false);
    for (const std::string& wanted : options.ignoredColumns) {
        const std::optional<size_t> c = findColumn(encoding.columns, wanted);
        if (!c)
            return dataError(name + ": line " + std::to_string(all.front().line),
                             "There is no column " + csv::quoteValue(wanted) +
                                 " to leave out; the columns are " + listColumns(encoding.columns));
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
                return dataError(name + ": line " + std::to_string(all.front().line),
                                 "The header has no column " + csv::quoteValue(f.name) +
                                     ", which the model reads; the columns are " + listColumns(names));
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
            return dataError(name + ": line " + std::to_string(all.front().line),
                             "Line " + std::to_string(all.front().line) + " has " + std::to_string(width) +
                                 " fields; expected " + std::to_string(names.size()) + " (" +
                                 listColumns(names) + "), or one fewer without the target");
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
        return dataError(name + ": line " + std::to_string(all.front().line + 1),
                         "The file has a header but no rows of data; expected at least one line of values");
    if (Status s = csv::checkFieldCounts(rows, names.size(), name,
                                         (encoding.hasHeader ? "the header has " : "the first line has ") +
                                             std::to_string(names.size()));
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
