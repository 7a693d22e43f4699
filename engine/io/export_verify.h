#pragma once

// Verified exports: an exported model is run by the program that will load it, on the same inputs as
// the engine, and the largest difference between the two outputs is reported.

#include "engine/core/tensor.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
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

struct ExportVerification {
    std::string consumer;         // "OpenCV DNN 4.6.0"
    bool ran = false;             // false: the consumer is not available or refused the model (see note)
    bool consumerMissing = false; // not ran because the consumer is not installed: nothing was checked
    bool cancelled = false;       // not ran, or stopped, because the user cancelled it
    std::string inputs;           // what was compared: "100 samples of spirals"
    int64_t samples = 0;
    double maxAbsDifference = 0; // largest |engine − consumer| over every output value
    std::string note;            // why it did not run, or what the consumer said

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

} // namespace nw
