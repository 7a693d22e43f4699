#include "engine/io/prediction.h"

#include "engine/data/csv_parser.h"
#include "engine/data/csv_reader.h"
#include "engine/data/csv_values.h"
#include "engine/data/dataset_spec.h"
#include "engine/data/idx_reader.h"
#include "engine/data/image_folder.h"
#include "engine/io/export_model.h"
#include "engine/io/file_io.h"

#include <algorithm>
#include <cstdio>

namespace nw {
namespace {

namespace fs = std::filesystem;

struct Input {
    Tensor features;
    std::vector<std::string> classNames;
    std::vector<int64_t> lines;
};

// A CSV of plain numbers for a project that does not train on CSV data (a 2-D classifier, an image
// network): each column is one input value, in order. A first line that is not all numbers is a header.
Result<Input> readNumericCsv(const fs::path& input, int64_t inputValues) {
    Result<std::string> text = io::readFile(input);
    if (!text.ok()) return text.error();
    const std::string_view body = withoutBom(*text);
    const std::string name = input.filename().string();
    Result<std::vector<CsvRecord>> records = parseCsvRecords(body, detectCsvDelimiter(body), name);
    if (!records.ok()) return records.error();
    Input out;
    std::vector<float> values;
    for (size_t r = 0; r < records->size(); ++r) {
        const CsvRecord& record = (*records)[r];
        std::vector<float> row;
        std::optional<size_t> notNumber;
        for (size_t f = 0; f < record.fields.size() && !notNumber; ++f)
            if (const std::optional<double> v = csv::parseNumber(record.fields[f]))
                row.push_back(static_cast<float>(*v));
            else
                notNumber = f;
        if (notNumber && r == 0) continue; // a header
        const Text place(NW_TEXT("%1: line %2"), {name, record.line});
        if (notNumber)
            return Diagnostic{
                DiagCode::DataMismatch,
                Text(NW_TEXT("Column %1 holds '%2', which is not a number: this project takes "
                             "only numbers, one column per input value"),
                     {static_cast<int64_t>(*notNumber + 1), record.fields[*notNumber]}),
            }
                .locatedAt(place);
        if (static_cast<int64_t>(row.size()) != inputValues)
            return Diagnostic{
                DiagCode::DataMismatch,
                Text(NW_TEXT("The file has %1 columns but the Input layer takes %2 values: give "
                             "one column per input value"),
                     {static_cast<int64_t>(row.size()), inputValues})}
                .locatedAt(place);
        values.insert(values.end(), row.begin(), row.end());
        out.lines.push_back(record.line);
    }
    if (out.lines.empty())
        return Diagnostic{DiagCode::DataMismatch, Text(NW_TEXT("The file holds no rows of numbers")),
                          std::nullopt, input.string()};
    out.features = Tensor(Shape{static_cast<int64_t>(out.lines.size()), inputValues});
    std::copy(values.begin(), values.end(), out.features.data());
    return out;
}

Result<Input> readCsvInput(const Project& project, const fs::path& projectDir, const fs::path& input,
                           int64_t inputValues) {
    if (project.dataset.source != DatasetSource::Csv) return readNumericCsv(input, inputValues);
    // The encoding (columns, categories, classes, fill values) is the one training chose: stored in
    // the project since it was trained, or, for older files, read again from the training file (the
    // same file and options give the same encoding).
    CsvEncoding encoding;
    if (project.csvEncoding) {
        encoding = *project.csvEncoding;
    } else {
        Result<CsvData> training =
            readCsvDataset(resolvedDataPath(project.dataset, projectDir), project.dataset.csv);
        if (!training.ok()) return training.error();
        encoding = std::move(training->encoding);
    }
    Result<std::string> text = io::readFile(input);
    if (!text.ok()) return text.error();
    Result<CsvData> data = parseCsvWithEncoding(*text, encoding, input.filename().string());
    if (!data.ok()) return data.error();
    return Input{std::move(data->data.features), encoding.classes, std::move(data->lines)};
}

Result<Input> readInput(const Project& project, const fs::path& projectDir, const fs::path& input,
                        int64_t inputValues) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
        if (isMnistFolder(input)) {
            Result<Dataset> data = readMnistFolder(input);
            if (!data.ok()) return data.error();
            return Input{std::move(data->features), {}, {}};
        }
        Result<ImageFolderData> images = readImageFolder(input, project.dataset.images);
        if (!images.ok()) return images.error();
        return Input{std::move(images->data.features), images->data.classNames, {}};
    }
    std::string extension = input.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    if (extension == ".csv" || extension == ".tsv" || extension == ".txt")
        return readCsvInput(project, projectDir, input, inputValues);
    Result<IdxArray> idx = readIdx(input);
    if (!idx.ok()) return idx.error();
    std::vector<int64_t> dims = idx->dims;
    if (dims.size() == 3) dims.insert(dims.begin() + 1, 1); // (N, H, W) images: one grey channel
    Tensor features{Shape(dims)};
    std::copy(idx->values.begin(), idx->values.end(), features.data());
    return Input{std::move(features), {}, {}};
}

} // namespace

Result<Predictions> predict(const Project& project, const fs::path& projectDir, const fs::path& input) {
    if (!project.weights)
        return Diagnostic{DiagCode::DataMismatch,
                          Text(NW_TEXT("The project holds no trained weights: train it first"))};
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (!analysis.valid()) return analysis.diagnostics.front();
    const Shape inputShape = *analysis.node(*analysis.input)->output;
    Result<Input> read = readInput(project, projectDir, input, inputShape.numel());
    if (!read.ok()) return read.error();
    Tensor& x = read->features;
    if (x.rowSize() != inputShape.numel())
        return Diagnostic{DiagCode::DataMismatch,
                          Text(NW_TEXT("The samples have %1 values but the Input layer takes %2 (%3 values)"),
                               {x.rowSize(), inputShape.toString(), inputShape.numel()}),
                          std::nullopt, input.string()};
    if (project.fittedScaling && project.fittedScaling->fits(x.rowSize()))
        applyScaling(*project.fittedScaling, x);
    x.setSampleShape(inputShape);

    Predictions p;
    p.sourceLines = std::move(read->lines);
    p.inputDescription = std::to_string(x.rows()) + " samples of " + input.filename().string();
    // In batches, so a large file needs the memory of one batch of activations, not of every sample.
    constexpr int64_t kBatch = 256;
    Result<std::unique_ptr<Network>> network = trainedNetwork(project, std::min(kBatch, x.rows()));
    if (!network.ok()) return network.error();
    p.outputs = Tensor((*network)->outputShape().withBatch(x.rows()));
    Tensor batch(inputShape.withBatch(std::min(kBatch, x.rows())));
    for (int64_t start = 0; start < x.rows(); start += kBatch) {
        const int64_t n = std::min(kBatch, x.rows() - start);
        batch.setRows(n);
        std::copy(x.row(start), x.row(start) + n * x.rowSize(), batch.data());
        const Tensor& y = (*network)->forward(batch, false);
        std::copy(y.data(), y.data() + y.size(), p.outputs.row(start));
    }
    const int64_t width = p.outputs.rowSize();
    const bool classification = project.training.loss != LossKind::MeanSquaredError;
    std::vector<std::string>& names = read->classNames;
    const int64_t classes = width == 1 ? 2 : width;
    // Names the input does not bring (IDX files, numbers) are the ones the project's data has.
    if (classification && static_cast<int64_t>(names.size()) != classes) names = projectClassNames(project);
    if (classification && static_cast<int64_t>(names.size()) != classes) {
        names.clear();
        for (int64_t c = 0; c < classes; ++c) names.push_back("class_" + std::to_string(c));
    }
    for (int64_t c = 0; c < width; ++c)
        p.columns.push_back(classification && width > 1 ? names[static_cast<size_t>(c)]
                                                        : "output_" + std::to_string(c + 1));
    if (classification)
        for (int64_t r = 0; r < p.outputs.rows(); ++r) {
            const float* row = p.outputs.row(r);
            const int64_t best =
                width == 1 ? (row[0] > 0.5f ? 1 : 0) : std::max_element(row, row + width) - row;
            p.labels.push_back(names[static_cast<size_t>(best)]);
        }
    return p;
}

std::string predictionsCsv(const Predictions& p) {
    const auto quoted = [](const std::string& s) {
        if (s.find_first_of(",\"\n") == std::string::npos) return s;
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::string out = p.sourceLines.empty() ? "row" : "line";
    if (!p.labels.empty()) out += ",prediction";
    for (const std::string& c : p.columns) out += "," + quoted(c);
    out += "\n";
    char value[32];
    for (int64_t r = 0; r < p.outputs.rows(); ++r) {
        out += std::to_string(p.sourceLines.empty() ? r + 1 : p.sourceLines[static_cast<size_t>(r)]);
        if (!p.labels.empty()) out += "," + quoted(p.labels[static_cast<size_t>(r)]);
        for (int64_t c = 0; c < p.outputs.rowSize(); ++c) {
            std::snprintf(value, sizeof value, "%.6g", static_cast<double>(p.outputs.row(r)[c]));
            out += std::string(",") + value;
        }
        out += "\n";
    }
    return out;
}

} // namespace nw
