#pragma once

// What every exporter (ONNX, PyTorch) reads from a project: the analysed graph in execution order and
// the trained values of each node's parameters and state, by name.

#include "engine/core/diagnostic.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/spatial.h"
#include "engine/runtime/network.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nw {

struct ExportModel {
    const Graph* graph = nullptr;
    GraphAnalysis analysis;
    std::vector<NodeId> order; // every node, each after the nodes it reads
    // Per node, its parameters and state by Layer::params()/state() name ("weight", "running_mean").
    std::map<NodeId, std::map<std::string, Tensor>> weights;
    // False when the project holds no weights: the export then carries the initial weights drawn
    // from the project's seed, exactly what training would start from.
    bool trained = false;
    // The class each output stands for (projectClassNames); empty when not known.
    std::vector<std::string> classNames;

    const Shape& shapeOf(NodeId id) const { return *analysis.node(id)->output; }
    const Tensor& weight(NodeId id, const std::string& name) const { return weights.at(id).at(name); }
    bool hasWeight(NodeId id, const std::string& name) const;
};

// The zeros a sliding window adds around a (C, H, W) input to give the (C, H', W') output: "same"
// padding puts the odd one after (bottom, right), which ONNX writes explicitly and PyTorch pads by hand.
struct Pads {
    int64_t top = 0, left = 0, bottom = 0, right = 0;
    bool any() const { return top || left || bottom || right; }
    bool symmetric() const { return top == bottom && left == right; }
};
Pads windowPads(const Window& window, const Shape& input, const Shape& output);

// The scaling as JSON for programs outside Neuroweave, numbers written out:
// {"kind": "standardize", "groupSize": 1, "offset": [...], "scale": [...]}; y = (x - offset[g]) * scale[g].
std::string scalingJson(const FittedScaling& scaling);

// The names of the classes the project's data has, in label order, without reading the data: a
// built-in data set's, a CSV file's (from the stored encoding), a synthetic set's. Empty when they
// are not known (image folders, a CSV file before training).
std::vector<std::string> projectClassNames(const Project& project);

// The network of `project` compiled for `maxBatch` samples with its trained weights (or, without
// any, the initial ones from the seed). An invalid graph or weights that do not fit give a Diagnostic.
Result<std::unique_ptr<Network>> trainedNetwork(const Project& project, int64_t maxBatch);

// Analyses and compiles `project` (it must outlive the result) and collects its weights.
Result<ExportModel> prepareExport(const Project& project);

// Up to `count` samples to compare an export with the engine: the first samples of the project's
// data, scaled as in training (unless `scaled` is false) and arranged as the Input layer takes them.
// When the data cannot be read, seeded normal random values taken as raw data, and `description` says
// why. (N, inputShape).
Tensor verificationInputs(const Project& project, const std::filesystem::path& projectDir, int64_t count,
                          std::string& description, bool scaled = true);

// The engine's inference outputs for `inputs`: (N, outputShape).
Result<Tensor> engineOutputs(const Project& project, const Tensor& inputs);

// What a verification compares an export on: verificationInputs() and the engine's outputs for them.
struct VerificationCase {
    Tensor rawInputs;        // (N, inputShape) as the data holds them, before the project's scaling
    Tensor inputs;           // (N, inputShape), scaled as in training
    Tensor expected;         // (N, outputShape)
    std::string description; // "100 samples of spirals"
};
Result<VerificationCase> verificationCase(const Project& project, const std::filesystem::path& projectDir,
                                          int64_t count);

} // namespace nw
