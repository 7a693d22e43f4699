// Properties of the data readers: whatever bytes the IDX parser, the gzip inflater, the CSV reader or
// the image decoder are given (random, or a valid file damaged the way disks, downloads and hand edits
// damage files), each returns a Diagnostic that names the input, or a dataset that is whole: shapes
// that agree, finite values, class indices in range. Never a crash, an exception or a sanitizer report.

#include "engine/data/csv_reader.h"
#include "engine/data/gzip.h"
#include "engine/data/idx_reader.h"
#include "engine/data/image_folder.h"
#include "tests/support/test_gzip.h"
#include "tests/support/test_images.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cmath>

namespace nw {
namespace {

// ---- damage -------------------------------------------------------------------------------------

// One random change: a bit flipped, bytes inserted, a range deleted, the end cut off, or a 4-byte word
// overwritten with a value that size fields get wrong (0, the largest, a sign bit).
void mutateBytes(std::string& s) {
    const int kind = *rc::gen::inRange(0, 5);
    const size_t at = s.empty() ? 0 : *rc::gen::inRange<size_t>(0, s.size());
    switch (kind) {
    case 0:
        if (!s.empty()) s[at] = static_cast<char>(s[at] ^ (1 << *rc::gen::inRange(0, 8)));
        break;
    case 1:
        s.insert(at, *rc::gen::container<std::string>(*rc::gen::inRange<size_t>(1, 9),
                                                      rc::gen::arbitrary<char>()));
        break;
    case 2: s.erase(at, *rc::gen::inRange<size_t>(1, 17)); break;
    case 3: s.resize(at); break;
    case 4: {
        const uint32_t word =
            *rc::gen::element<uint32_t>(0u, 0xffffffffu, 0x7fffffffu, 0x80000000u, 0x00010000u);
        for (int i = 0; i < 4 && at + static_cast<size_t>(i) < s.size(); ++i)
            s[at + static_cast<size_t>(i)] = static_cast<char>((word >> (24 - 8 * i)) & 0xff);
        break;
    }
    }
}

std::string damaged(std::string valid) {
    for (int i = *rc::gen::inRange(1, 5); i > 0; --i) mutateBytes(valid);
    return valid;
}

// ---- valid files --------------------------------------------------------------------------------

std::string genValidIdx() {
    const auto type = *rc::gen::element<unsigned char>(0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E);
    const int bytesPer = type == 0x0B ? 2 : type == 0x0C || type == 0x0D ? 4 : type == 0x0E ? 8 : 1;
    const auto dims = *rc::gen::container<std::vector<uint32_t>>(*rc::gen::inRange<size_t>(1, 4),
                                                                 rc::gen::inRange<uint32_t>(0, 6));
    std::string s{'\0', '\0', static_cast<char>(type), static_cast<char>(dims.size())};
    size_t count = 1;
    for (const uint32_t d : dims) {
        for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>((d >> shift) & 0xff));
        count *= d;
    }
    return s + *rc::gen::container<std::string>(count * static_cast<size_t>(bytesPer),
                                                rc::gen::arbitrary<char>());
}

// A field as a CSV writer would put it: numbers plain, text sometimes quoted, with the delimiter,
// quotes or line breaks inside when quoted.
std::string genCsvField(bool numeric, char delimiter) {
    if (numeric) {
        if (*rc::gen::inRange(0, 60) == 0) return *rc::gen::element<std::string>("", "NA", "?");
        return std::to_string(*rc::gen::inRange(-1000, 1000)) +
               (*rc::gen::arbitrary<bool>() ? "." + std::to_string(*rc::gen::inRange(0, 100)) : "");
    }
    std::string word =
        *rc::gen::element<std::string>("red", "green", "blue", "a b", "x\"y", "1,5", "line\nbreak");
    if (word.find_first_of(std::string("\"\n,;\t") + delimiter) == std::string::npos &&
        *rc::gen::arbitrary<bool>())
        return word;
    std::string quoted = "\"";
    for (const char c : word) quoted += c == '"' ? "\"\"" : std::string(1, c);
    return quoted + "\"";
}

std::string genValidCsv() {
    const char delimiter = *rc::gen::element(',', ';', '\t');
    const std::string eol = *rc::gen::element<std::string>("\n", "\r\n");
    const auto columns = *rc::gen::inRange<size_t>(2, 6);
    std::vector<bool> numeric;
    for (size_t c = 0; c < columns; ++c) numeric.push_back(*rc::gen::inRange(0, 4) > 0);
    std::string text = *rc::gen::arbitrary<bool>() ? "\xEF\xBB\xBF" : "";
    if (*rc::gen::arbitrary<bool>())
        for (size_t c = 0; c < columns; ++c)
            text += (c ? std::string(1, delimiter) : "") + "col" + std::to_string(c);
    if (!text.empty() && text != "\xEF\xBB\xBF") text += eol;
    for (int r = *rc::gen::inRange(1, 16); r > 0; --r) {
        for (size_t c = 0; c < columns; ++c)
            text += (c ? std::string(1, delimiter) : "") + genCsvField(numeric[c], delimiter);
        text += eol;
    }
    return text;
}

CsvOptions genCsvOptions() {
    CsvOptions o;
    o.missing = *rc::gen::element(MissingValuePolicy::Refuse, MissingValuePolicy::SkipRows,
                                  MissingValuePolicy::FillMean);
    if (*rc::gen::arbitrary<bool>())
        o.task = *rc::gen::element(TaskKind::Classification, TaskKind::Regression);
    return o;
}

std::string genValidImage() {
    const auto format =
        *rc::gen::element(test::ImageFormat::Png, test::ImageFormat::Bmp, test::ImageFormat::Jpeg);
    const int w = *rc::gen::inRange(1, 9), h = *rc::gen::inRange(1, 9);
    const int channels = *rc::gen::element(1, 3, 4);
    const auto pixels = *rc::gen::container<std::vector<unsigned char>>(static_cast<size_t>(w * h * channels),
                                                                        rc::gen::arbitrary<unsigned char>());
    return test::encodeImage(format, w, h, channels, pixels);
}

ImageFolderOptions genImageOptions() {
    return {*rc::gen::inRange(1, 12), *rc::gen::inRange(1, 12),
            *rc::gen::element(ColorMode::Grey, ColorMode::Rgb)};
}

// ---- what every answer must look like -----------------------------------------------------------

void checkDiagnostic(const Diagnostic& d, const std::string& name) {
    RC_TAG(std::string(toString(d.code)));
    RC_ASSERT(!d.message.empty());
    RC_ASSERT(d.location.find(name) != std::string::npos);
}

bool allFinite(const Tensor& t) {
    for (int64_t i = 0; i < t.size(); ++i)
        if (!std::isfinite(t[i])) return false;
    return true;
}

void checkIdx(const std::string& bytes) {
    const Result<IdxArray> r = parseIdx(bytes, "data.idx");
    if (!r.ok()) return checkDiagnostic(r.error(), "data.idx");
    RC_TAG("accepted");
    size_t count = 1;
    for (const int64_t d : r.value().dims) count *= static_cast<size_t>(d);
    RC_ASSERT(r.value().values.size() == count);
}

void checkGzip(const std::string& bytes) {
    const Result<std::string> inflated = gunzip(bytes, "data.gz", size_t{1} << 20);
    if (!inflated.ok()) return checkDiagnostic(inflated.error(), "data.gz");
    RC_TAG("inflated");
    checkIdx(inflated.value());
}

void checkCsvData(const CsvData& d) {
    const int64_t n = d.data.size();
    RC_ASSERT(n > 0);
    RC_ASSERT(d.data.features.shape() == (Shape{n, d.encoding.featureCount()}));
    RC_ASSERT(d.data.targets.shape() == (Shape{n, 1}));
    RC_ASSERT(static_cast<int64_t>(d.lines.size()) == n);
    RC_ASSERT(d.report.records == n + d.report.skippedRows);
    RC_ASSERT(allFinite(d.data.features) && allFinite(d.data.targets));
    if (d.data.task == TaskKind::Classification) {
        RC_ASSERT(d.data.numClasses >= 2);
        for (int64_t i = 0; i < n; ++i) {
            const float t = d.data.targets[i];
            RC_ASSERT(t >= 0 && t < static_cast<float>(d.data.numClasses) && t == std::floor(t));
        }
    }
}

void checkCsv(const std::string& text, const CsvOptions& options) {
    const Result<CsvData> r = parseCsvDataset(text, options, "data.csv");
    if (!r.ok()) return checkDiagnostic(r.error(), "data.csv");
    RC_TAG("accepted");
    checkCsvData(r.value());
    // The encoding a file produced reads that file again to the same numbers, as prediction relies on.
    const Result<CsvData> again = parseCsvWithEncoding(text, r.value().encoding, "data.csv");
    if (!again.ok()) RC_FAIL("the file does not read with its own encoding: " + again.error().describe());
    RC_ASSERT(again.value().data.features == r.value().data.features);
    RC_ASSERT(again.value().data.targets == r.value().data.targets);
}

void checkImage(const std::string& bytes, const ImageFolderOptions& options) {
    const Result<std::vector<float>> r = decodeImage(bytes, options, "image.png");
    if (!r.ok()) return checkDiagnostic(r.error(), "image.png");
    RC_TAG("decoded");
    RC_ASSERT(static_cast<int64_t>(r.value().size()) == options.channels() * options.width * options.height);
    for (const float v : r.value()) RC_ASSERT(v >= 0.0f && v <= 255.0f);
}

// ---- the properties -----------------------------------------------------------------------------

RC_GTEST_PROP(DataReaderProperties, RandomBytesGiveADiagnosticOrAValidResult, (const std::string& bytes)) {
    checkIdx(bytes);
    checkGzip(bytes);
    checkCsv(bytes, genCsvOptions());
    checkImage(bytes, genImageOptions());
}

RC_GTEST_PROP(DataReaderProperties, ValidIdxReadsAndDamagedIdxIsExplained, ()) {
    const std::string valid = genValidIdx();
    RC_ASSERT(parseIdx(valid, "data.idx").ok());
    checkIdx(damaged(valid));
}

RC_GTEST_PROP(DataReaderProperties, DamagedGzipIsExplained, ()) {
    const std::string packed = test::gzipBytes(genValidIdx());
    RC_ASSERT(gunzip(packed, "data.gz", size_t{1} << 20).ok());
    checkGzip(damaged(packed));
}

RC_GTEST_PROP(DataReaderProperties, ValidCsvReadsWithItsOwnEncoding, ()) {
    checkCsv(genValidCsv(), genCsvOptions());
}

RC_GTEST_PROP(DataReaderProperties, DamagedCsvIsExplained, ()) {
    checkCsv(damaged(genValidCsv()), genCsvOptions());
}

// New rows for prediction come from anywhere: damaged ones read with a good encoding are refused with a
// Diagnostic or encoded whole.
RC_GTEST_PROP(DataReaderProperties, DamagedRowsWithAnEncodingAreExplained, ()) {
    const std::string valid = genValidCsv();
    const Result<CsvData> original = parseCsvDataset(valid, genCsvOptions(), "data.csv");
    RC_PRE(original.ok());
    const Result<CsvData> r = parseCsvWithEncoding(damaged(valid), original.value().encoding, "new.csv");
    if (!r.ok()) return checkDiagnostic(r.error(), "new.csv");
    RC_TAG("accepted");
    const CsvData& d = r.value();
    RC_ASSERT(d.data.features.shape() == (Shape{d.data.size(), original.value().encoding.featureCount()}));
    RC_ASSERT(static_cast<int64_t>(d.lines.size()) == d.data.size());
    RC_ASSERT(allFinite(d.data.features));
    if (d.hasTargets) {
        RC_ASSERT(d.data.targets.shape() == (Shape{d.data.size(), 1}));
        RC_ASSERT(allFinite(d.data.targets));
    }
}

RC_GTEST_PROP(DataReaderProperties, ValidImagesDecodeAndDamagedImagesAreExplained, ()) {
    const std::string valid = genValidImage();
    const ImageFolderOptions options = genImageOptions();
    const Result<std::vector<float>> decoded = decodeImage(valid, options, "image.png");
    if (!decoded.ok()) RC_FAIL("a valid image does not decode: " + decoded.error().describe());
    checkImage(damaged(valid), options);
}

} // namespace
} // namespace nw
