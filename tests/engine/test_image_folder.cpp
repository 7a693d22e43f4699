// The image-folder reader on folders each test builds: formats, resizing, colour modes, and every
// bad input it must explain.
#include "engine/data/image_folder.h"
#include "tests/io/temp_dir.h"
#include "tests/support/test_images.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace nw;
using test::ImageFormat;
using test::solidImage;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class ImageFolder : public ::testing::Test {
protected:
    void put(const std::string& relative, const std::string& bytes) {
        const std::filesystem::path p = m_dir / relative;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
    }
    const std::filesystem::path& root() const { return m_dir.path(); }
    Diagnostic failure(const ImageFolderOptions& options = {}) {
        Result<ImageFolderData> r = readImageFolder(root(), options);
        if (r.ok()) {
            ADD_FAILURE() << "the read succeeded";
            return {};
        }
        return r.error();
    }

private:
    test::TempDir m_dir;
};

// A PNG's first bytes: the signature and an IHDR chunk declaring width x height, 8-bit RGB. stb_image
// does not check chunk CRCs, so zeros do.
std::string pngHeader(uint32_t width, uint32_t height) {
    std::string s("\x89PNG\r\n\x1a\n", 8);
    const auto be32 = [&](uint32_t v) {
        for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>((v >> shift) & 0xff));
    };
    be32(13);
    s += "IHDR";
    be32(width);
    be32(height);
    s += std::string("\x08\x02\x00\x00\x00", 5);
    be32(0); // CRC
    return s;
}

} // namespace

TEST_F(ImageFolder, ReadsClassesInSortedOrderWithEveryFormat) {
    put("dog/b.png", solidImage(ImageFormat::Png, 4, 4, 1, 10));
    put("dog/a.BMP", solidImage(ImageFormat::Bmp, 4, 4, 1, 20));
    put("cat/x.jpg", solidImage(ImageFormat::Jpeg, 4, 4, 1, 200));
    put("cat/y.JPEG", solidImage(ImageFormat::Jpeg, 4, 4, 1, 100));
    put("cat/notes.txt", "not an image");
    put("readme.md", "about the data");
    const Result<ImageFolderData> r = readImageFolder(root(), {4, 4, ColorMode::Grey});
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const Dataset& d = r.value().data;
    EXPECT_EQ(d.classNames, (std::vector<std::string>{"cat", "dog"}));
    EXPECT_EQ(d.numClasses, 2);
    EXPECT_EQ(d.features.shape(), (Shape{4, 1, 4, 4}));
    // cat/x.jpg, cat/y.JPEG, dog/a.BMP, dog/b.png: sorted by name within a class
    EXPECT_EQ(std::vector<float>(d.targets.data(), d.targets.data() + 4), (std::vector<float>{0, 0, 1, 1}));
    EXPECT_NEAR(d.features.row(0)[5], 200.0f, 2.0f); // JPEG is lossy
    EXPECT_NEAR(d.features.row(1)[5], 100.0f, 2.0f);
    EXPECT_EQ(d.features.row(2)[5], 20.0f);
    EXPECT_EQ(d.features.row(3)[5], 10.0f);
    EXPECT_EQ(r.value().report.images, 4);
    EXPECT_EQ(r.value().report.ignored, (std::vector<std::string>{"cat/notes.txt", "readme.md"}));
    EXPECT_EQ(r.value().report.ignoredFiles, 2);
}

TEST_F(ImageFolder, ResizesMixedSizesAndConvertsToGrey) {
    put("a/wide.png", solidImage(ImageFormat::Png, 16, 12, 3, 200, 100, 50));
    put("b/small.png", solidImage(ImageFormat::Png, 3, 5, 3, 0, 255, 0));
    const Result<ImageFolderData> r = readImageFolder(root(), {8, 8, ColorMode::Grey});
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const Tensor& x = r.value().data.features;
    ASSERT_EQ(x.shape(), (Shape{2, 1, 8, 8}));
    // stb_image's grey is (77 R + 150 G + 29 B) >> 8; resizing a solid colour keeps it.
    const float grey = static_cast<float>((77 * 200 + 150 * 100 + 29 * 50) >> 8);
    const float green = static_cast<float>((150 * 255) >> 8);
    for (int i = 0; i < 64; ++i) {
        EXPECT_NEAR(x.row(0)[i], grey, 0.01f) << i;
        EXPECT_NEAR(x.row(1)[i], green, 0.01f) << i;
    }
}

TEST_F(ImageFolder, RgbKeepsChannelsFirst) {
    put("a/one.bmp", solidImage(ImageFormat::Bmp, 10, 6, 3, 200, 100, 50));
    put("b/two.png", solidImage(ImageFormat::Png, 5, 5, 1, 77));
    const Result<ImageFolderData> r = readImageFolder(root(), {7, 3, ColorMode::Rgb});
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const Tensor& x = r.value().data.features;
    ASSERT_EQ(x.shape(), (Shape{2, 3, 3, 7}));
    const int plane = 3 * 7;
    const int pixel = 1 * 7 + 4; // (y 1, x 4)
    EXPECT_NEAR(x.row(0)[0 * plane + pixel], 200.0f, 0.01f);
    EXPECT_NEAR(x.row(0)[1 * plane + pixel], 100.0f, 0.01f);
    EXPECT_NEAR(x.row(0)[2 * plane + pixel], 50.0f, 0.01f);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(x.row(1)[c * plane + pixel], 77.0f, 0.01f); // grey to RGB
}

TEST_F(ImageFolder, RefusesAFolderWithoutClassFolders) {
    put("loose.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    const Diagnostic d = failure();
    EXPECT_TRUE(contains(d.message, "has no class sub-folders (1 image lies directly in the folder)"))
        << d.message;
    EXPECT_EQ(d.location, root().string());
}

TEST_F(ImageFolder, RefusesAClassFolderWithoutImages) {
    put("cat/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    put("dog/readme.txt", "no pictures here");
    const Diagnostic d = failure();
    EXPECT_TRUE(contains(d.message, "dog has no PNG, JPEG or BMP images")) << d.message;
    EXPECT_TRUE(contains(d.location, "dog")) << d.location;
    std::filesystem::remove(root() / "dog/readme.txt");
    EXPECT_TRUE(contains(failure().message, "(it is empty)"));
}

TEST_F(ImageFolder, RefusesASingleClass) {
    put("cat/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    EXPECT_TRUE(contains(failure().message, "only one class sub-folder (cat)"));
}

TEST_F(ImageFolder, RefusesACorruptImageNamingIt) {
    put("cat/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    put("dog/broken.jpg", "this is not a JPEG at all");
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, DiagCode::FileRead);
    EXPECT_TRUE(contains(d.location, "dog/broken.jpg")) << d.location;
    EXPECT_TRUE(contains(d.message, "PNG, JPEG or BMP")) << d.message;
}

TEST_F(ImageFolder, RefusesATruncatedPngWithTheOffset) {
    const std::string png = solidImage(ImageFormat::Png, 20, 20, 3, 1, 2, 3);
    put("cat/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    put("dog/cut.png", png.substr(0, png.size() - 20));
    const Diagnostic d = failure();
    EXPECT_TRUE(contains(d.location, "dog/cut.png: byte 33")) << d.location; // the IDAT chunk after IHDR
    EXPECT_TRUE(contains(d.message, "truncated")) << d.message;
}

TEST_F(ImageFolder, RefusesAMissingPathAndAFile) {
    const Result<ImageFolderData> none = readImageFolder(root() / "absent", {});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, DiagCode::FileNotFound);
    EXPECT_TRUE(contains(none.error().location, "absent"));
    put("file.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    const Result<ImageFolderData> file = readImageFolder(root() / "file.png", {});
    ASSERT_FALSE(file.ok());
    EXPECT_TRUE(contains(file.error().message, "is a file, not a folder")) << file.error().message;
}

TEST_F(ImageFolder, RefusesASizeOutOfRange) {
    put("cat/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    put("dog/a.png", solidImage(ImageFormat::Png, 2, 2, 1, 1));
    EXPECT_EQ(failure({0, 28, ColorMode::Grey}).code, DiagCode::InvalidAttribute);
    EXPECT_EQ(failure({28, 5000, ColorMode::Grey}).code, DiagCode::InvalidAttribute);
}

TEST(DecodeImage, RefusesHugeDimensionsBeforeDecoding) {
    const Result<std::vector<float>> huge =
        decodeImage(pngHeader(16000, 16000) + std::string("\0\0\0\0IEND\0\0\0\0", 12), {}, "huge.png");
    ASSERT_FALSE(huge.ok());
    EXPECT_TRUE(contains(huge.error().message, "16000x16000")) << huge.error().message;
    EXPECT_EQ(huge.error().location, "huge.png");
    // Past stb_image's own limit the header itself is refused.
    EXPECT_FALSE(decodeImage(pngHeader(1u << 30, 2), {}, "wide.png").ok());
}

TEST(DecodeImage, RefusesAChunkLongerThanTheFile) {
    std::string png = pngHeader(4, 4);
    png += std::string("\x7f\xff\xff\xff", 4) + "IDAT" + std::string(16, '\0');
    const Result<std::vector<float>> r = decodeImage(png, {}, "lying.png");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().location, "lying.png: byte 33");
    EXPECT_TRUE(contains(r.error().message, "declares 2147483647 bytes")) << r.error().message;
}

TEST(DecodeImage, RefusesEmptyBytes) {
    const Result<std::vector<float>> r = decodeImage("", {}, "empty.png");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(contains(r.error().message, "empty"));
}

// stb_image 2.27 writes past its tables for such a file, even when only reading its header (the table
// is moved before the frame header here); the reader refuses it before stb sees it.
TEST(DecodeImage, RefusesAJpegHuffmanTableWithTooManyCodes) {
    std::string jpeg = solidImage(ImageFormat::Jpeg, 8, 8, 1, 128);
    const auto segment = [&](const char* marker) {
        const size_t at = jpeg.find(marker);
        const auto length = static_cast<size_t>(static_cast<unsigned char>(jpeg[at + 2]) << 8 |
                                                static_cast<unsigned char>(jpeg[at + 3]));
        return std::pair{at, 2 + length};
    };
    const auto [sof, sofLength] = segment("\xFF\xC0");
    const auto [dht, dhtLength] = segment("\xFF\xC4");
    ASSERT_LT(sof, dht);
    const std::string table = jpeg.substr(dht, dhtLength);
    jpeg.erase(dht, dhtLength);
    jpeg.insert(sof, table);
    ASSERT_TRUE(decodeImage(jpeg, {}, "moved.jpg").ok());       // still a valid JPEG
    for (size_t i = 0; i < 16; ++i) jpeg[sof + 5 + i] = '\xFF'; // after marker, length and class/id
    const Result<std::vector<float>> r = decodeImage(jpeg, {}, "codes.jpg");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().location, "codes.jpg: byte " + std::to_string(sof + 4));
    EXPECT_TRUE(contains(r.error().message, "declares 4080 codes")) << r.error().message;
}

// Found by fuzz_image: stb_image also reads a JPEG whose start-of-image marker follows 0xFF fill
// bytes, so the Huffman check must not wait for the file to start with "\xFF\xD8".
TEST(DecodeImage, RefusesAnOversizedHuffmanTableAfterFillBytes) {
    const unsigned char found[] = {
        0xff, 0xff, 0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00,
        0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x55, 0x00, 0x00, 0x00,
        0x00, 0x40, 0xfd, 0x07, 0xff, 0xc4, 0x2f, 0x1b, 0x11, 0x00, 0x00, 0x07, 0x01, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49,
        0x46, 0x00, 0x01, 0x01, 0x00, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x55, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xd5, 0x00, 0x01, 0xff, 0xda, 0xe0, 0x0c, 0x03,
        0x01, 0x00, 0x02, 0xe6, 0x12, 0x32, 0x11, 0xc2, 0xaa, 0x66, 0xc7, 0x83, 0xff, 0xd9};
    const std::string bytes(reinterpret_cast<const char*>(found), sizeof found);
    const Result<std::vector<float>> r = decodeImage(bytes, {}, "found.jpg");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(contains(r.error().message, "Huffman table")) << r.error().message;
}
