#include "engine/data/gzip.h"
#include "engine/data/idx_reader.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <zlib.h>

using namespace nw;

namespace {

std::string idxHeader(unsigned char type, std::vector<uint32_t> dims) {
    std::string s{'\0', '\0', static_cast<char>(type), static_cast<char>(dims.size())};
    for (uint32_t d : dims)
        for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>((d >> shift) & 0xff));
    return s;
}

std::string gzipped(const std::string& data) {
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(compressBound(static_cast<uLong>(data.size())) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace

TEST(Idx, ParsesUnsignedBytesWithDimensions) {
    const std::string bytes =
        idxHeader(0x08, {2, 2, 3}) + std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\xff", 12);
    const Result<IdxArray> a = parseIdx(bytes, "t.idx");
    ASSERT_TRUE(a.ok()) << a.error().describe();
    EXPECT_EQ(a.value().dims, (std::vector<int64_t>{2, 2, 3}));
    EXPECT_EQ(a.value().values.back(), 255.0f);
}

TEST(Idx, RefusesAWrongMagicNumber) {
    const Result<IdxArray> a = parseIdx("PK\x03\x04zzzz", "archive.zip");
    ASSERT_FALSE(a.ok());
    EXPECT_NE(a.error().message.find("magic number"), std::string::npos);
    EXPECT_EQ(a.error().location, "archive.zip: byte 0");
}

TEST(Idx, RefusesDimensionsThatDoNotMatchTheSize) {
    const std::string bytes = idxHeader(0x08, {10, 28, 28}) + std::string(100, '\0');
    const Result<IdxArray> a = parseIdx(bytes, "short.idx");
    ASSERT_FALSE(a.ok());
    EXPECT_NE(a.error().message.find("7840 unsigned byte values"), std::string::npos) << a.error().message;
}

TEST(Idx, RefusesDimensionsThatWouldOverflowBeforeAllocating) {
    const std::string bytes = idxHeader(0x0E, {0xffffffff, 0xffffffff, 0xffffffff}) + "x";
    const Result<IdxArray> a = parseIdx(bytes, "huge.idx");
    ASSERT_FALSE(a.ok());
    EXPECT_NE(a.error().message.find("more than"), std::string::npos) << a.error().message;
}

TEST(Idx, RefusesATruncatedHeader) {
    ASSERT_FALSE(parseIdx(std::string("\0\0\x08\x03\0\0", 6), "cut.idx").ok());
    ASSERT_FALSE(parseIdx("", "empty.idx").ok());
}

TEST(Gzip, InflatesAndRefusesTruncatedStreams) {
    const std::string data(5000, 'a');
    const std::string packed = gzipped(data);
    ASSERT_TRUE(isGzip(packed));
    EXPECT_EQ(gunzip(packed, "ok.gz", 1 << 20).value(), data);
    const Result<std::string> cut = gunzip(packed.substr(0, packed.size() / 2), "cut.gz", 1 << 20);
    ASSERT_FALSE(cut.ok());
    EXPECT_NE(cut.error().message.find("truncated"), std::string::npos) << cut.error().message;
    EXPECT_FALSE(gunzip(packed, "bomb.gz", 100).ok());
}

TEST(Idx, BuildsAnImageDatasetFromImagesAndLabels) {
    IdxArray images{{2, 2, 2}, {1, 2, 3, 4, 5, 6, 7, 8}};
    IdxArray labels{{2}, {0, 2}};
    const Result<Dataset> d = idxDataset(images, labels, "tiny");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.value().sampleShape(), (Shape{1, 2, 2}));
    EXPECT_EQ(d.value().numClasses, 3);
    labels.dims = {3};
    EXPECT_FALSE(idxDataset(images, labels, "tiny").ok());
}

TEST(Idx, ReadsFashionMnistWhenInstalled) {
    const std::filesystem::path folder = "/usr/share/datasets/fashion-mnist";
    if (!std::filesystem::exists(folder)) GTEST_SKIP() << "dataset-fashion-mnist is not installed";
    const Result<Dataset> d = readMnistFolder(folder, true);
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_EQ(d.value().size(), 10000);
    EXPECT_EQ(d.value().sampleShape(), (Shape{1, 28, 28}));
    EXPECT_EQ(d.value().numClasses, 10);
}
