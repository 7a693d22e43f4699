// Image decoding for image-folder data sets (PNG, JPEG, BMP through stb_image), resized to a small
// grey or RGB size that the first byte picks.

#include "fuzz_input.h"

#include "engine/data/image_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    nw::ImageFolderOptions options;
    options.width = 1 + (data[0] & 0x0f);
    options.height = 1 + ((data[0] >> 4) & 0x07);
    options.color = (data[0] & 0x80) ? nw::ColorMode::Rgb : nw::ColorMode::Grey;
    (void)nw::decodeImage(nw::fuzz::bytesOf(data + 1, size - 1), options, "fuzz.png");
    return 0;
}
