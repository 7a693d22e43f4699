#pragma once

// The int8 ONNX export (`export --onnx OUT --quantize`, the export dialog's int8 option): weights
// quantized per output channel, activations with ranges calibrated on the project's training data,
// and a comparison of the int8 model, run by OpenCV DNN, with the float model on the project's own
// test data. docs/export.md describes the format; onnx_int8_layers.h which layers compute in int8.

#include "engine/core/diagnostic.h"
#include "engine/io/export_model.h"
#include "engine/io/export_verify.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace nw {

// The range of values a node's output took on the calibration samples.
struct ValueRange {
    float min = 0;
    float max = 0;
};
// Per node; the Input node's is that of the inputs as the network sees them (scaled).
using ActivationRanges = std::map<NodeId, ValueRange>;

// An asymmetric int8 quantization, real = (q − zeroPoint) · scale with q in [−128, 127], covering
// [min(0, range.min), max(0, range.max)]: 0 is exact, so zero padding and a ReLU's floor are too.
struct QuantParams {
    float scale = 1;
    int zeroPoint = 0;
};
QuantParams quantParams(ValueRange range);

// Symmetric int8 weights per output channel: row c of `weights` (rows × rowSize, row-major) becomes
// values[c·rowSize + i] · scales[c], values in [−127, 127]. A row of zeros gets scale 1.
struct ChannelQuantized {
    std::vector<int8_t> values;
    std::vector<float> scales;
};
ChannelQuantized quantizePerChannel(const float* weights, int64_t rows, int64_t rowSize);

// Runs the trained network on `scaledInputs` (N, inputShape) and records each node's output range.
Result<ActivationRanges> calibrateRanges(const Project& project, const Tensor& scaledInputs);

// At most this many training samples calibrate the activation ranges.
inline constexpr int64_t kCalibrationSamples = 1000;

// The project's data for an int8 export: samples of the training part to find the ranges on, and
// held-out samples (the test part, else the validation part) to compare the int8 and float models on.
struct Int8Samples {
    Tensor calibration; // scaled as in training
    std::string calibratedOn;
    Tensor rawInputs; // as the data holds them
    Tensor inputs;    // scaled as in training
    Tensor targets;
    bool classification = false;
    std::string evaluatedOn; // "1000 test samples of Fashion-MNIST"
};
// Data that cannot be read or does not fit the Input layer gives a Diagnostic: without it there are
// no ranges to quantize with.
Result<Int8Samples> int8Samples(const Project& project, const std::filesystem::path& projectDir,
                                int64_t evaluationCount);

// The int8 model's outputs against the float model's on the same samples.
Int8Comparison compareInt8(const Tensor& floatOutputs, const Tensor& int8Outputs, const Tensor& targets,
                           bool classification);

// What went into the int8 model, filled by buildOnnxModel.
struct Int8Build {
    ActivationRanges ranges;
    int int8Layers = 0;  // Dense and Conv2D layers computed in int8
    int floatLayers = 0; // layers that compute in float between int8 ones
};

// The int8 model beside the float one: sizes and how the activation ranges were found.
struct QuantizationSummary {
    uint64_t floatBytes = 0; // the same model exported in float32
    int int8Layers = 0;
    int floatLayers = 0;
    int64_t calibrationSamples = 0;
    std::string calibratedOn; // "1000 training samples of Fashion-MNIST"
};

} // namespace nw
