// The ONNX importer: any bytes give a project or a Diagnostic. A model it accepts must compile into a
// network, since the import promises a project that trains and predicts like any other.

#include "fuzz_input.h"

#include "engine/io/onnx_import.h"
#include "engine/runtime/network.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const nw::Result<nw::ImportedModel> imported = nw::importOnnxModel(nw::fuzz::bytesOf(data, size));
    if (!imported.ok()) return 0;
    const nw::Result<std::unique_ptr<nw::Network>> network = nw::compile(imported->project.graph, 2);
    if (!network.ok() || !(*network)->importWeights(*imported->project.weights).ok()) std::abort();
    return 0;
}
