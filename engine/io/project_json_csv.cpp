// The project file's "csvEncoding" section: how CSV training data became feature values, so that
// prediction encodes new files the same way. Layout in docs/file-format.md.

#include "engine/io/project_json.h"

#include <limits>

namespace nw::io {
namespace {

std::string_view taskKey(TaskKind task) {
    return task == TaskKind::Classification ? "classification" : "regression";
}

std::vector<std::string> readStrings(const JsonReader& in) {
    std::vector<std::string> out;
    for (const JsonReader& e : in.elements()) out.push_back(e.string());
    return out;
}

} // namespace

Json writeCsvEncoding(const CsvEncoding& e) {
    Json out = Json::object();
    out["delimiter"] = std::string(1, e.delimiter);
    out["header"] = e.hasHeader;
    out["columns"] = e.columns;
    Json features = Json::array();
    for (const CsvFeatureColumn& f : e.features) {
        Json column = Json::object();
        column["name"] = f.name;
        column["categorical"] = f.categorical;
        column["categories"] = f.categories;
        column["fillValue"] = f.fillValue;
        column["fillCategory"] = f.fillCategory;
        column["min"] = f.min;
        column["max"] = f.max;
        column["missing"] = f.missing;
        features.push_back(std::move(column));
    }
    out["features"] = std::move(features);
    out["target"] = e.target;
    out["task"] = taskKey(e.task);
    out["classes"] = e.classes;
    out["missing"] = toString(e.missing);
    return out;
}

void readCsvEncoding(const JsonReader& in, CsvEncoding& e) {
    in.allowOnly({"delimiter", "header", "columns", "features", "target", "task", "classes", "missing"});
    const JsonReader delimiter = in.at("delimiter");
    if (const std::string text = delimiter.string(); text.size() == 1)
        e.delimiter = text[0];
    else if (!in.failed())
        delimiter.fail(DiagCode::JsonValue,
                       Text(NW_TEXT("The delimiter is one character, got \"%1\""), {text}));
    e.hasHeader = in.at("header").boolean();
    e.columns = readStrings(in.at("columns"));
    for (const JsonReader& f : in.at("features").elements()) {
        f.allowOnly(
            {"name", "categorical", "categories", "fillValue", "fillCategory", "min", "max", "missing"});
        CsvFeatureColumn column;
        column.name = f.at("name").string();
        column.categorical = f.at("categorical").boolean();
        column.categories = readStrings(f.at("categories"));
        column.fillValue = f.at("fillValue").number();
        column.fillCategory = f.at("fillCategory").string();
        column.min = f.at("min").number();
        column.max = f.at("max").number();
        column.missing = f.at("missing").integer(0);
        e.features.push_back(std::move(column));
    }
    e.target = in.at("target").string();
    const JsonReader task = in.at("task");
    if (const std::string text = task.string(); text == "classification" || text == "regression")
        e.task = text == "classification" ? TaskKind::Classification : TaskKind::Regression;
    else if (!in.failed())
        task.fail(DiagCode::JsonValue,
                  Text(NW_TEXT("'task' is \"classification\" or \"regression\", got \"%1\""), {text}));
    e.classes = readStrings(in.at("classes"));
    const JsonReader missing = in.at("missing");
    if (const auto policy = missingValuePolicyFromString(missing.string()))
        e.missing = *policy;
    else if (!in.failed())
        missing.fail(DiagCode::JsonValue,
                     Text(NW_TEXT("Unknown missing-value policy '%1'"), {missing.string()}));
}

} // namespace nw::io
