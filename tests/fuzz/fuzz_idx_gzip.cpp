// IDX files as they ship, gzip-compressed: the inflater with its size limit, then the IDX reader.

#include "fuzz_input.h"

#include "engine/data/gzip.h"
#include "engine/data/idx_reader.h"

namespace {

// Small enough that a compression bomb is refused quickly, large enough for real label files.
constexpr size_t kMaxInflated = size_t{16} << 20;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const nw::Result<std::string> inflated = nw::gunzip(nw::fuzz::bytesOf(data, size), "fuzz.gz", kMaxInflated);
    if (inflated.ok()) (void)nw::parseIdx(*inflated, "fuzz-idx1-ubyte");
    return 0;
}
