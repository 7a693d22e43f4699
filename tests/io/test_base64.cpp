#include "engine/io/base64.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace nw::io {
namespace {

std::vector<uint8_t> bytesOf(std::string_view s) { return {s.begin(), s.end()}; }

TEST(Base64, MatchesTheRfc4648TestVectors) {
    const std::pair<std::string_view, std::string_view> vectors[] = {
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(encodeBase64(bytesOf(plain)), encoded);
        const auto decoded = decodeBase64(encoded);
        ASSERT_TRUE(decoded.has_value()) << encoded;
        EXPECT_EQ(*decoded, bytesOf(plain));
    }
}

TEST(Base64, RefusesEverythingButOneCanonicalSpelling) {
    for (std::string_view bad :
         {"Zg=", "Zg", "Z===", "Zm9v====", "Zm=v", "Zm9\n", "Zm9!", "=Zm9", "Zh==", "Zm9=Zm9v"})
        EXPECT_FALSE(decodeBase64(bad).has_value()) << bad;
}

TEST(Base64, FloatsAreLittleEndianFloat32) {
    // 1.0f is 0x3f800000: bytes 00 00 80 3f.
    EXPECT_EQ(encodeFloats(std::vector<float>{1.0f}), "AACAPw==");
}

TEST(Base64, FloatsKeepEveryBit) {
    const float nanWithPayload = std::bit_cast<float>(0x7fc01234u);
    const std::vector<float> values{0.0f,
                                    -0.0f,
                                    std::numeric_limits<float>::denorm_min(),
                                    -std::numeric_limits<float>::min(),
                                    std::numeric_limits<float>::infinity(),
                                    -std::numeric_limits<float>::max(),
                                    nanWithPayload,
                                    3.14159f};
    const auto decoded = decodeFloats(encodeFloats(values));
    ASSERT_TRUE(decoded.has_value());
    ASSERT_EQ(decoded->size(), values.size());
    EXPECT_EQ(std::memcmp(decoded->data(), values.data(), values.size() * sizeof(float)), 0);
}

TEST(Base64, FloatsNeedWholeValues) {
    EXPECT_FALSE(decodeFloats("AACA").has_value()); // 3 bytes
    EXPECT_FALSE(decodeFloats("not base64").has_value());
    EXPECT_EQ(decodeFloats("")->size(), 0u);
}

} // namespace
} // namespace nw::io
