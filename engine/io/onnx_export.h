#pragma once

// ONNX export: the trained network as an .onnx file (opset 13) written through ONNX's own schema,
// checked by ONNX's checker and strict shape inference, then run by OpenCV's DNN module and compared
// with the engine. docs/export.md describes what is written.

#include "engine/core/diagnostic.h"
#include "engine/io/export_verify.h"
#include "engine/io/onnx_quantize.h"
#include "engine/io/project.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace nw {

inline constexpr int kOnnxOpset = 13;

// Metadata keys of the exported model (ModelProto.metadata_props).
inline constexpr const char* kOnnxScalingKey = "neuroweave.scaling"; // JSON, see docs/export.md
inline constexpr const char* kOnnxTrainedKey = "neuroweave.trained"; // "true" or "false"
// "true" when the model's first nodes apply that scaling (it takes raw data), "false" when it expects
// inputs already scaled.
inline constexpr const char* kOnnxScalingInModelKey = "neuroweave.scaling_in_model";
// The class names, in output order, as a JSON array of strings; absent when they are not known.
inline constexpr const char* kOnnxClassNamesKey = "neuroweave.class_names";

// The model as the bytes of an .onnx file. The graph's input is named after the Input layer and takes
// (batch, ...input shape); its output is named after the last layer. Every layer becomes the ONNX
// operators that compute it at inference (Dropout disappears, BatchNorm uses its running statistics,
// a disabled layer is an Identity). The result passed onnx::checker and strict shape inference; a
// failure of either is an ExportInvalid Diagnostic, an invalid graph its own Diagnostic.
// With `scalingInModel` and a project that scales its inputs, the model takes raw data: its first
// two nodes (Sub, Mul) apply the fitted scaling, as prediction does; without, it expects data scaled
// already, which the metadata describes.
// With `int8` (its ranges calibrated), Dense and Conv2D layers compute in int8 (onnx_int8_layers.h);
// the counts of int8 and float layers are filled in.
Result<std::string> buildOnnxModel(const Project& project, bool scalingInModel = true,
                                   Int8Build* int8 = nullptr);

struct OnnxExportResult {
    std::filesystem::path path;
    uint64_t bytes = 0;
    bool trained = false; // false: the project had no weights and the initial ones were exported
    ExportVerification verification;
    std::optional<QuantizationSummary> quantization; // set for an int8 model
};

// Builds the model, writes it atomically to `path` (a failure leaves no partial file) and verifies it.
// A verification that could not run is reported in the result, not as an error. With
// options.onnxQuantize the model is int8, calibrated on the project's training data and compared
// with the float model on its held-out data, so that data must be readable.
Result<OnnxExportResult> exportOnnx(const Project& project, const std::filesystem::path& path,
                                    const ExportOptions& options = {});

} // namespace nw
