#pragma once

// The Python text of a PyTorch export. Internal to engine/io/pytorch_*.cpp.

#include "engine/io/export_model.h"

#include <map>
#include <string>
#include <vector>

namespace nw::pytorch_export {

// One tensor of the exported state_dict: its key ("dense_1.weight") and its values in PyTorch's
// layout (a Linear's weight is (out, in), the engine's (in, out)).
struct StateTensor {
    std::string key;
    std::vector<int64_t> shape;
    std::vector<float> values;
};

// A Python identifier for every node, made from its designer name: other characters become '_',
// a leading digit, a keyword or a name nn.Module already uses gets a suffix, and the result is unique.
std::map<NodeId, std::string> pythonNames(const Graph& graph);

// The module's state_dict from the trained weights (BatchNorm's num_batches_tracked excepted).
std::vector<StateTensor> stateDict(const ExportModel& model, const std::map<NodeId, std::string>& names);

// model.py: the nn.Module mirroring the graph and load_weights().
std::string modelPy(const ExportModel& model, const std::map<NodeId, std::string>& names);

// train.py: continues training with the project's optimizer and settings, on one process or under
// torchrun with DistributedDataParallel. `noDecay` lists the state_dict keys weight decay skips.
std::string trainPy(const Project& project, const ExportModel& model,
                    const std::vector<std::string>& noDecay);

// check.py: runs the exported module on the inputs the engine ran and prints the largest difference.
std::string checkPy();

// A Python literal for `value`: 0.001 -> "0.001", shortest round-trip form.
std::string pyFloat(double value);

} // namespace nw::pytorch_export
