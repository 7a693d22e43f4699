#pragma once

// The engine's side of the training workloads of ../shared/bench/ref_torch.py: the same networks,
// data, optimizer, batch size and length, so that samples per second compare like for like.

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/graph/graph.h"
#include "engine/train/trainer.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nw::bench {

struct Workload {
    std::string name; // mlp, cnn, tiny, residual or vgg
    Graph graph;
    Dataset data;
    DataSplit split;            // train and test; no validation (the reference has none)
    TrainingSettings settings;  // loss, optimizer, batch, epochs, seed, threads
    int64_t warmupSteps = 0;    // steps before the clock starts
    int64_t flopsPerSample = 0; // as ref_torch.py counts them: forward + weight grad + input grad
    // The reference's tiny loss is 0.5·mean((y−t)²); the engine's MSE is mean((y−t)²). SGD with
    // half the learning rate on the engine's loss makes exactly the same updates, and the reported
    // loss is halved, so the figures stay comparable.
    double reportedLossScale = 1.0;
    int64_t trainImages = 0;   // > 0: train on the first this many training images only
    bool signAccuracy = false; // tiny: correct when sign(output) equals the ±1 target
};

const std::vector<std::string>& workloadNames();

// Builds a workload; Fashion-MNIST is read from `dataDir`.
Result<Workload> makeWorkload(const std::string& name, const std::filesystem::path& dataDir);

// Sets every weight to U(-0.5, 0.5) and every bias to 0.1, as TensorFlow Playground (and the
// reference's tiny workload) initialise.
void playgroundInitialize(Network& network, uint64_t seed);

} // namespace nw::bench
