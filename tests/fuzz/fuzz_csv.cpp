// The CSV reader that chooses an encoding. The first byte picks the options (delimiter, header,
// missing-value policy, task), so the fuzzer explores them along with the text.

#include "fuzz_input.h"

#include "engine/data/csv_reader.h"

namespace {

nw::CsvOptions optionsFrom(uint8_t b) {
    nw::CsvOptions options;
    constexpr char kDelimiters[] = {',', ';', '\t'};
    if (b & 0x03) options.delimiter = kDelimiters[(b & 0x03) - 1];
    if (b & 0x04) options.hasHeader = (b & 0x08) != 0;
    options.missing = static_cast<nw::MissingValuePolicy>((b >> 4) % 3);
    if (b & 0x40) options.task = (b & 0x80) ? nw::TaskKind::Regression : nw::TaskKind::Classification;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    (void)nw::parseCsvDataset(nw::fuzz::bytesOf(data + 1, size - 1), optionsFrom(data[0]), "fuzz.csv");
    return 0;
}
