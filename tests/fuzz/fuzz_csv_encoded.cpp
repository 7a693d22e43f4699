// The CSV reader of prediction: new rows encoded with the encoding a trained project keeps. The
// encoding is the bundled fruit example's (text columns, missing values filled, four classes).

#include "fuzz_input.h"

#include "engine/data/csv_reader.h"

#include <cstdio>
#include <cstdlib>

namespace {

nw::CsvEncoding g_encoding;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    nw::CsvOptions options;
    options.targetColumn = "fruit";
    options.ignoredColumns = {"note"};
    options.missing = nw::MissingValuePolicy::FillMean;
    nw::Result<nw::CsvData> fruit = nw::readCsvDataset(NW_FRUIT_CSV, options);
    if (!fruit.ok()) {
        std::fprintf(stderr, "fuzz_csv_encoded: %s\n", fruit.error().describe().c_str());
        std::abort();
    }
    g_encoding = fruit->encoding;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)nw::parseCsvWithEncoding(nw::fuzz::bytesOf(data, size), g_encoding, "fuzz.csv");
    return 0;
}
