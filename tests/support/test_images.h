#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nw::test {

enum class ImageFormat { Png, Bmp, Jpeg };

// Encodes `pixels` (height rows of width x channels bytes, channels 1 to 4) as an image file's bytes.
std::string encodeImage(ImageFormat format, int width, int height, int channels,
                        const std::vector<unsigned char>& pixels);

// An image of one colour: channels 1 (grey = r) or 3.
std::string solidImage(ImageFormat format, int width, int height, int channels, unsigned char r,
                       unsigned char g = 0, unsigned char b = 0);

} // namespace nw::test
