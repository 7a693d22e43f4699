#pragma once

// ONNX import: a model from PyTorch, another tool or Neuroweave's own export becomes a project whose
// layers carry the model's trained weights. docs/export.md lists the operators it reads.

#include "engine/core/diagnostic.h"
#include "engine/io/project.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

// The operator set versions the import reads.
inline constexpr int kOnnxImportMinOpset = 11;
inline constexpr int kOnnxImportMaxOpset = 17;

struct ImportedModel {
    Project project;      // trained weights, auto-laid-out cards, default training settings
    int opset = 0;        // of the default ONNX domain
    std::string producer; // "pytorch 1.13.1", "Neuroweave 0.1.0"; empty when the file does not say
    int onnxNodes = 0;
    // What the import decided for the user, in words: the data set it guessed, dropped outputs.
    std::vector<Text> notes;
};

// Reads the bytes of an .onnx file. The model must pass ONNX's checker and use opsets 11–17; each
// node becomes a layer (Gemm or MatMul+Add → Dense, Conv, pooling, BatchNormalization, activations,
// Softmax, Add, Concat, Flatten, Reshape, Dropout, Identity, LayerNormalization and the written-out
// LayerNorm, GELU and Swish patterns) or a constant folded into the next layer. Any node without a
// layer makes the whole import fail: the Diagnostic summarises and `nodeProblems`, when given,
// receives one Diagnostic per such node, located at "OpType 'node name'". Never throws.
Result<ImportedModel> importOnnxModel(std::string_view bytes,
                                      std::vector<Diagnostic>* nodeProblems = nullptr);

// The same for a file.
Result<ImportedModel> importOnnxFile(const std::filesystem::path& path,
                                     std::vector<Diagnostic>* nodeProblems = nullptr);

// The ONNX operators that can become layers or be folded into constants, sorted.
std::vector<std::string> onnxImportOperators();

} // namespace nw
