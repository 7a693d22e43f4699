#pragma once

// Does the network fit its data? The checks training makes before it starts, made ahead of time so the
// designer can list them with the network's own problems while the user edits, each with a fix.

#include "engine/core/diagnostic.h"
#include "engine/core/shape.h"
#include "engine/data/dataset.h"
#include "engine/data/dataset_spec.h"
#include "engine/data/preprocessing.h"
#include "engine/graph/shape_inference.h"
#include "engine/losses/loss_kind.h"

#include <optional>
#include <string>
#include <vector>

namespace nw {

struct Project;

// What the checks need to know about a data set: small, kept once the data has been read.
struct DataFacts {
    std::string name;
    Shape sampleShape;
    TaskKind task = TaskKind::Classification;
    int64_t numClasses = 0;     // classification only
    int64_t targetWidth = 0;    // values per target row
    bool imageLike = false;     // (C, H, W) samples
    float largestMagnitude = 0; // the largest |value| among the features as stored, before scaling
};
DataFacts describeData(const Dataset& data);

// A change that makes the network fit: one undoable edit of a layer, or one training setting.
struct DataFitFix {
    enum class Kind { SetInputShape, SetUnits, SetLoss, SetScaling };
    Kind kind{};
    NodeId node{};     // SetInputShape: the Input; SetUnits: the Dense that makes the outputs
    Shape shape;       // SetInputShape
    int64_t units = 0; // SetUnits
    LossKind loss{};   // SetLoss
    Scaling scaling{}; // SetScaling
};

struct DataFitProblem {
    Diagnostic diagnostic; // "<what does not fit>: <what to do>", on the node concerned
    std::optional<DataFitFix> fix;
    // Training would run, but probably not as meant (inputs in the hundreds, unscaled).
    bool warning = false;
};

// What suits a newly chosen data source: images scaled to the unit range, CSV columns standardised,
// and no more than a few epochs for a set as large as Fashion-MNIST (a hundred epochs there take an
// hour on a laptop). The designer applies it when the user picks another source.
struct DataDefaults {
    Scaling scaling = Scaling::None;
    std::optional<int> maxEpochs;
};
DataDefaults defaultsFor(const DatasetSpec& spec);

// Unscaled features larger than this make the first steps' activations and gradients huge.
inline constexpr float kLargeUnscaledInput = 10.0f;

// The problems of `project`'s network (analysed as `analysis`) with data described by `facts`, errors
// first. Nothing is checked against a part of the network that does not analyse: its own diagnostics
// come first. The scaling warning concerns the project's dataset settings, so it is given even then.
std::vector<DataFitProblem> checkDataFit(const Project& project, const GraphAnalysis& analysis,
                                         const DataFacts& facts);

} // namespace nw
