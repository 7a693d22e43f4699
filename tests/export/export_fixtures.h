#pragma once

// Projects for the export tests: the bundled examples after a short training, and one network that
// uses every layer kind with non-trivial weights.

#include "engine/io/project.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nw::test {

// Every bundled example (resources/examples/*.nwproj), sorted by name.
std::vector<std::filesystem::path> exampleProjects();

// `file` loaded and trained for a moment: two epochs on a small training split, so the exported
// weights and scaling are real ones. Fails the calling test when something does not work.
Project brieflyTrained(const std::filesystem::path& file);

// A valid network that uses every layer kind of the registry, with "same" padding that is
// asymmetric, a dilated convolution, a disabled layer and random weights and running statistics.
// Its data (spirals) does not fit its image input, so verifications run on random inputs.
Project everyLayerKindProject(uint64_t seed = 7);

// Runs /usr/bin/python3 with `script` and `args`; returns its exit code and puts stdout + stderr in
// `output`.
int runPython(const std::string& script, const std::vector<std::string>& args, std::string& output);

// onnx.checker.check_model(onnx.load(path), full_check=True) for each path, in one Python process.
// Empty when every model passed, otherwise what Python said.
std::string pythonOnnxCheck(const std::vector<std::filesystem::path>& models);

} // namespace nw::test
