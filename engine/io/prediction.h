#pragma once

// Prediction: a trained project run on new data, prepared exactly as its training data was (the same
// CSV encoding, image size and scaling), for `neuroweave-cli predict` and the designer.

#include "engine/core/diagnostic.h"
#include "engine/io/project.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nw {

struct Predictions {
    Tensor outputs;                   // (N, outputs) the network's outputs
    std::vector<std::string> labels;  // classification: the predicted class of each row; else empty
    std::vector<std::string> columns; // a name per output: the class names, or "output_1", ...
    std::vector<int64_t> sourceLines; // CSV input: the line each row came from; else empty
    std::string inputDescription;     // "120 rows of new.csv"
};

// Reads `input` — a CSV file (encoded with project.csvEncoding, or for a project trained before that
// was stored, the encoding of its own CSV data, read again), an IDX file or MNIST-layout folder, or a folder
// of class folders of images — scales it with the project's fitted scaling and runs the trained network. A
// project without weights, data of the wrong size or an unknown category gives a Diagnostic naming the file.
Result<Predictions> predict(const Project& project, const std::filesystem::path& projectDir,
                            const std::filesystem::path& input);

// The predictions as CSV: "row,prediction,<columns...>" (prediction only for classification), one line
// per sample, outputs with 6 significant digits.
std::string predictionsCsv(const Predictions& predictions);

} // namespace nw
