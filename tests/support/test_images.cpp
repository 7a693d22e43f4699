// Image files made in memory for the tests, with stb_image_write (the engine only reads images).
#include "test_images.h"

#include <stdexcept>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

namespace nw::test {
namespace {

void append(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

} // namespace

std::string encodeImage(ImageFormat format, int width, int height, int channels,
                        const std::vector<unsigned char>& pixels) {
    if (pixels.size() != static_cast<size_t>(width * height * channels))
        throw std::invalid_argument("encodeImage: pixel count does not match the size");
    std::string out;
    int ok = 0;
    switch (format) {
    case ImageFormat::Png:
        ok = stbi_write_png_to_func(append, &out, width, height, channels, pixels.data(), width * channels);
        break;
    case ImageFormat::Bmp:
        ok = stbi_write_bmp_to_func(append, &out, width, height, channels, pixels.data());
        break;
    case ImageFormat::Jpeg:
        ok = stbi_write_jpg_to_func(append, &out, width, height, channels, pixels.data(), 95);
        break;
    }
    if (!ok) throw std::runtime_error("encodeImage: stb_image_write failed");
    return out;
}

std::string solidImage(ImageFormat format, int width, int height, int channels, unsigned char r,
                       unsigned char g, unsigned char b) {
    std::vector<unsigned char> pixels;
    for (int i = 0; i < width * height; ++i) {
        pixels.push_back(r);
        if (channels == 3) {
            pixels.push_back(g);
            pixels.push_back(b);
        }
    }
    return encodeImage(format, width, height, channels, pixels);
}

} // namespace nw::test
