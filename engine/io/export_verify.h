#pragma once

// Verified exports: an exported model is run by the program that will load it, on the same inputs as
// the engine, and the largest difference between the two outputs is reported.

#include "engine/core/tensor.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nw {

// The steps of an export, announced as each begins (ExportOptions::onStep).
enum class ExportStep {
    Writing,          // building and writing the model or the code
    PreparingSamples, // reading the data and running the engine on the verification samples
    VerifyingOpenCv,  // OpenCV DNN runs the ONNX model
    VerifyingPytorch, // PyTorch runs check.py
};

// What every export takes besides the project and where to write.
struct ExportOptions {
    // Where relative data paths resolve: for the verification samples and the exported data.
    std::filesystem::path projectDir;
    // ONNX: the model scales raw inputs itself (true), or expects them scaled (the metadata says how).
    bool onnxScalingInModel = true;
    // ONNX: int8 weights and activations instead of float32 (onnx_quantize.h).
    bool onnxQuantize = false;
    // Samples run through the engine and the consumer after writing; 0 skips the verification.
    int64_t verifySamples = 100;
    // The Python that runs a PyTorch export's check.py (Debian's, which has python3-torch), and how
    // long the check may take (importing torch alone takes seconds on a busy machine).
    std::filesystem::path python = "/usr/bin/python3";
    std::chrono::seconds checkTimeout{120};
    // Set from another thread (a Cancel button) to stop the verification: a consumer that runs as a
    // program is killed, and the result says the verification was cancelled. The written files stay.
    const std::atomic<bool>* cancel = nullptr;
    // Called on the exporting thread as each step begins, for a progress display; may be empty.
    std::function<void(ExportStep)> onStep;
};

inline void reportStep(const ExportOptions& options, ExportStep step) {
    if (options.onStep) options.onStep(step);
}
inline bool cancelled(const ExportOptions& options) { return options.cancel && options.cancel->load(); }

// The largest difference between the engine and a consumer that still counts as the same model:
// float rounding gives around 1e-7; a wrong weight or operator gives far more.
inline constexpr double kExportTolerance = 1e-4;

// An int8 model cannot match the engine to kExportTolerance; it is accepted when its accuracy on the
// project's data is at most kInt8AccuracyLoss (a fraction) below the float model's, or, for
// regression, when its outputs differ from the float ones by at most kInt8RegressionLoss of their
// spread on average.
inline constexpr double kInt8AccuracyLoss = 0.02;
inline constexpr double kInt8RegressionLoss = 0.05;

struct Int8Comparison {
    bool classification = false;
    double floatAccuracy = 0; // fractions of the samples classified correctly
    double int8Accuracy = 0;
    double meanAbsDifference = 0; // between the int8 and the float outputs, over every value
    double floatSpread = 0;       // the float outputs' standard deviation
    bool acceptable() const;
};

struct ExportVerification {
    std::string consumer;         // "OpenCV DNN 4.6.0"
    bool ran = false;             // false: the consumer is not available or refused the model (see note)
    bool consumerMissing = false; // not ran because the consumer is not installed: nothing was checked
    bool cancelled = false;       // not ran, or stopped, because the user cancelled it
    std::string inputs;           // what was compared: "100 samples of spirals"
    int64_t samples = 0;
    double maxAbsDifference = 0; // largest |engine − consumer| over every output value
    std::string note;            // why it did not run, or what the consumer said
    // Set for an int8 model: how it compares with the float model, which decides passed().
    std::optional<Int8Comparison> int8;

    // One line for people: "OpenCV DNN 4.6.0 on 100 samples of spirals: largest difference 2.4e-07".
    std::string summary() const;
    // False when the consumer ran and differs from the engine by more than kExportTolerance, or was
    // installed but failed or refused the model, or the verification was cancelled. A consumer that
    // is not installed is no failure.
    bool passed() const;
};

// The largest |a − b| over two tensors of the same size; infinity when the sizes differ or a value is
// NaN in one and not the other.
double maxAbsDifference(const Tensor& a, const Tensor& b);

// Runs the ONNX model `model` (the bytes of a .onnx file) with OpenCV's DNN module on `inputs`
// (N, ...) and compares with `expected` (N, ...). Without OpenCV in this build, ran is false.
ExportVerification verifyOnnxWithOpenCv(std::string_view model, const Tensor& inputs, const Tensor& expected);

// Runs the ONNX model with OpenCV's DNN module on `inputs` (N, ...) into `outputs`, which must have
// its final shape (N, ...). The result says who ran it, or why it did not (ran false).
ExportVerification runOnnxWithOpenCv(std::string_view model, const Tensor& inputs, Tensor& outputs);

} // namespace nw
