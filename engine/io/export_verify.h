#pragma once

// Verified exports: an exported model is run by the program that will load it, on the same inputs as
// the engine, and the largest difference between the two outputs is reported.

#include "engine/core/tensor.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace nw {

// What every export takes besides the project and where to write.
struct ExportOptions {
    // Where relative data paths resolve: for the verification samples and the exported data.
    std::filesystem::path projectDir;
    // Samples run through the engine and the consumer after writing; 0 skips the verification.
    int64_t verifySamples = 100;
};

struct ExportVerification {
    std::string consumer; // "OpenCV DNN 4.6.0"
    bool ran = false;     // false: the consumer is not available or refused the model (see note)
    std::string inputs;   // what was compared: "100 samples of spirals"
    int64_t samples = 0;
    double maxAbsDifference = 0; // largest |engine − consumer| over every output value
    std::string note;            // why it did not run, or what the consumer said

    // One line for people: "OpenCV DNN 4.6.0 on 100 samples of spirals: largest difference 2.4e-07".
    std::string summary() const;
};

// The largest |a − b| over two tensors of the same size; infinity when the sizes differ or a value is
// NaN in one and not the other.
double maxAbsDifference(const Tensor& a, const Tensor& b);

// Runs the ONNX model `model` (the bytes of a .onnx file) with OpenCV's DNN module on `inputs`
// (N, ...) and compares with `expected` (N, ...). Without OpenCV in this build, ran is false.
ExportVerification verifyOnnxWithOpenCv(std::string_view model, const Tensor& inputs, const Tensor& expected);

} // namespace nw
