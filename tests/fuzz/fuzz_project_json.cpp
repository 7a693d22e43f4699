// The .nwproj reader: any text gives a Project or a Diagnostic. A project it accepts must save and
// read back to the same project, as the round-trip property holds for the projects the tests make.

#include "fuzz_input.h"

#include "engine/io/project.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const nw::Result<nw::Project> project = nw::parseProject(nw::fuzz::bytesOf(data, size));
    if (!project.ok()) return 0;
    const std::string saved = nw::serializeProject(*project);
    const nw::Result<nw::Project> again = nw::parseProject(saved);
    if (!again.ok() || nw::serializeProject(*again) != saved) std::abort();
    return 0;
}
