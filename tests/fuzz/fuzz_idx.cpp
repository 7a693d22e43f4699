// The IDX reader (MNIST's format), on the bytes of a plain file.

#include "fuzz_input.h"

#include "engine/data/idx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)nw::parseIdx(nw::fuzz::bytesOf(data, size), "fuzz-idx1-ubyte");
    return 0;
}
