// The one translation unit that holds stb_image and stb_image_resize, restricted to the formats
// image folders accept.
#include "engine/data/image_folder.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_ONLY_BMP
#define STBI_NO_STDIO
#define STBI_FAILURE_USERMSG
#define STBI_MAX_DIMENSIONS (1 << 14)
#include <stb/stb_image.h>

#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_STATIC
#include <stb/stb_image_resize.h>

namespace nw {
namespace {

// 64 megapixels (8192 x 8192): more than any photo a data set needs, and its decoded bytes fit easily.
constexpr int64_t kMaxPixels = int64_t{1} << 26;
constexpr int kMaxSide = 4096;

Diagnostic imageError(const std::string& name, Text message) {
    return Diagnostic{DiagCode::FileRead, std::move(message), {}, name};
}

// An error at byte `at` of the file `name`. Sizes written WxH below stay verbatim, like shapes.
Diagnostic imageError(const std::string& name, size_t at, Text message) {
    return Diagnostic{DiagCode::FileRead, std::move(message)}.locatedAt(
        Text(NW_TEXT("%1: byte %2"), {name, at}));
}

uint32_t bigEndian32(const unsigned char* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

// stb_image grows its buffer to a PNG chunk's declared length before it reads the chunk, so a lying
// length would allocate gigabytes; every chunk must fit in the bytes present, and the image must end
// with IEND.
Status checkPngChunks(std::string_view bytes, const std::string& name) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t at = 8; // the signature
    for (;;) {
        if (bytes.size() < at + 12)
            return imageError(name, at,
                              Text(NW_TEXT("The PNG image is truncated: it ends at byte %1 inside a chunk "
                                           "header, before the IEND chunk that closes a PNG file"),
                                   {bytes.size()}));
        const uint32_t length = bigEndian32(p + at);
        if (length > bytes.size() - at - 12)
            return imageError(
                name, at,
                Text(NW_TEXT("The PNG image is truncated: the chunk at byte %1 declares %2 bytes "
                             "of data but only %3 follow"),
                     {at, int64_t{length}, bytes.size() - at - 12}));
        if (std::string_view(bytes.data() + at + 4, 4) == "IEND") return Status::success();
        at += 12 + length;
    }
}

// stb_image 2.27 (Debian bookworm's) trusts the code counts of a JPEG Huffman table: a DHT segment
// whose sixteen counts add up to more than 256 writes past its tables (stb_image 2.28 refuses it).
// The marker segments are walked the way stb_image reads them and every table is checked first,
// from the first byte: stb_image takes 0xFF fill bytes before the start-of-image marker too.
Status checkJpegHuffmanTables(std::string_view bytes, const std::string& name) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    const auto byteAt = [&](size_t i) -> size_t { return i < n ? p[i] : 0; }; // stb reads zeros past the end
    size_t at = 0;
    while (at + 1 < n) {
        const unsigned char marker = p[at + 1];
        if (p[at] != 0xFF || marker == 0xFF) { // entropy-coded data, or a fill byte before a marker
            ++at;
            continue;
        }
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2; // a stuffed 0xFF, or a marker without a segment
            continue;
        }
        if (marker == 0xD9) break; // end of image
        const size_t length = byteAt(at + 2) << 8 | byteAt(at + 3);
        if (marker == 0xC4) {
            size_t table = at + 4;
            for (auto left = static_cast<int64_t>(length) - 2; left > 0;) {
                size_t codes = 0;
                for (size_t i = 1; i <= 16; ++i) codes += byteAt(table + i);
                if (codes > 256)
                    return imageError(name, table,
                                      Text(NW_TEXT("The JPEG image is corrupt: the Huffman table at byte %1 "
                                                   "declares %2 codes; at most 256 are possible"),
                                           {table, codes}));
                table += 17 + codes;
                left -= static_cast<int64_t>(17 + codes);
            }
        }
        at += 2 + std::max<size_t>(length, 2);
    }
    return Status::success();
}

} // namespace

Status checkImageOptions(const ImageFolderOptions& options, const std::string& name) {
    if (options.width < 1 || options.width > kMaxSide || options.height < 1 || options.height > kMaxSide)
        return Diagnostic{
            DiagCode::InvalidAttribute,
            Text(NW_TEXT("The image size %1x%2 is out of range; width and height must be 1 to %3"),
                 {std::to_string(options.width), std::to_string(options.height), kMaxSide}),
            {},
            name};
    return Status::success();
}

// pixels:(C, H, W) with C = options.channels(), H, W = options.height, options.width
Status decodeImageInto(std::string_view bytes, const ImageFolderOptions& options, const std::string& name,
                       std::span<float> pixels) {
    if (Status s = checkImageOptions(options, name); !s) return s;
    const int64_t channels = options.channels();
    const int64_t outW = options.width, outH = options.height;
    if (static_cast<int64_t>(pixels.size()) != channels * outH * outW)
        throw std::invalid_argument("decodeImageInto: the pixel buffer does not match the options");
    if (bytes.empty()) return imageError(name, Text(NW_TEXT("The image file is empty")));
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
        return imageError(name,
                          Text(NW_TEXT("The image file is %1 bytes, too large to decode"), {bytes.size()}));
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    // Before stb_image reads anything: reading the header already parses the Huffman tables before a
    // JPEG's frame header.
    if (bytes.starts_with("\x89PNG"))
        if (Status s = checkPngChunks(bytes, name); !s) return s;
    if (bytes.starts_with("\xFF")) // a JPEG, also after fill bytes ("\xFF\xFF\xD8")
        if (Status s = checkJpegHuffmanTables(bytes, name); !s) return s;
    int w = 0, h = 0, comp = 0;
    if (!stbi_info_from_memory(data, length, &w, &h, &comp))
        return imageError(name,
                          Text(NW_TEXT("Not a readable PNG, JPEG or BMP image (%1); expected one of these "
                                       "formats, uncorrupted"),
                               {stbi_failure_reason()}));
    if (w < 1 || h < 1 || int64_t{w} * h > kMaxPixels)
        return imageError(name, Text(NW_TEXT("The image header declares %1x%2 pixels; at most %3 pixels are "
                                             "accepted"),
                                     {std::to_string(w), std::to_string(h), kMaxPixels}));
    int dw = 0, dh = 0;
    stbi_uc* decoded = stbi_load_from_memory(data, length, &dw, &dh, &comp, static_cast<int>(channels));
    if (!decoded)
        return imageError(name, Text(NW_TEXT("The image could not be decoded (%1); the file is corrupt or "
                                             "truncated"),
                                     {stbi_failure_reason()}));
    // decoded:(dh, dw, C) bytes -> resized:(H, W, C) floats -> pixels:(C, H, W)
    const std::vector<float> source(decoded, decoded + int64_t{dw} * dh * channels);
    stbi_image_free(decoded);
    std::vector<float> resized;
    const std::vector<float>* hwc = &source;
    if (dw != outW || dh != outH) {
        resized.resize(static_cast<size_t>(outH * outW * channels));
        if (!stbir_resize_float(source.data(), dw, dh, 0, resized.data(), options.width, options.height, 0,
                                static_cast<int>(channels)))
            return imageError(name, Text(NW_TEXT("The image could not be resized to %1x%2"),
                                         {std::to_string(outW), std::to_string(outH)}));
        hwc = &resized;
    }
    for (int64_t y = 0; y < outH; ++y)
        for (int64_t x = 0; x < outW; ++x)
            for (int64_t c = 0; c < channels; ++c) // the resampling filters overshoot a little at edges
                pixels[static_cast<size_t>((c * outH + y) * outW + x)] =
                    std::clamp((*hwc)[static_cast<size_t>((y * outW + x) * channels + c)], 0.0f, 255.0f);
    return Status::success();
}

Result<std::vector<float>> decodeImage(std::string_view bytes, const ImageFolderOptions& options,
                                       const std::string& name) {
    if (Status s = checkImageOptions(options, name); !s) return s.error();
    std::vector<float> pixels(static_cast<size_t>(options.channels() * options.height * options.width));
    if (Status s = decodeImageInto(bytes, options, name, pixels); !s) return s.error();
    return pixels;
}

} // namespace nw
