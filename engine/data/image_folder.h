#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

enum class ColorMode { Grey, Rgb };

// "grey", "rgb": the keys of the project file.
std::string_view toString(ColorMode mode);
std::optional<ColorMode> colorModeFromString(std::string_view key);

struct ImageFolderOptions {
    int width = 28; // every image is resized to width x height, 1 to 4096
    int height = 28;
    ColorMode color = ColorMode::Grey;

    int64_t channels() const { return color == ColorMode::Rgb ? 3 : 1; }
    bool operator==(const ImageFolderOptions&) const = default;
};

struct ImageFolderReport {
    int64_t images = 0;
    int64_t ignoredFiles = 0;         // entries that are not images of a class folder, all listed below
    std::vector<std::string> ignored; // paths relative to the folder
};

struct ImageFolderData {
    Dataset data; // features (N, C, H, W) raw 0..255; targets (N, 1) class indices
    ImageFolderReport report;
};

// One sub-folder per class (class names = sub-folder names, sorted; hidden ones left out and listed);
// PNG, JPEG and BMP files by extension, in any case, sorted by name within a class. Every image is
// decoded, resized and converted to grey or RGB; one that cannot be read stops the whole read with a
// Diagnostic naming it, so no image is silently dropped. A class folder without images is refused.
Result<ImageFolderData> readImageFolder(const std::filesystem::path& folder,
                                        const ImageFolderOptions& options);

// Decodes one PNG, JPEG or BMP image held in `bytes` into `pixels` (C*H*W floats, channels first,
// 0..255), resized to options.width x options.height. Dimensions are read from the header and checked
// before any pixel memory is allocated. `name` locates Diagnostics.
Status decodeImageInto(std::string_view bytes, const ImageFolderOptions& options, const std::string& name,
                       std::span<float> pixels);
// The same into a new vector.
Result<std::vector<float>> decodeImage(std::string_view bytes, const ImageFolderOptions& options,
                                       const std::string& name);

// Whether `path` has a PNG, JPEG or BMP extension, in any case.
bool isImageFileName(const std::filesystem::path& path);

// options.width, height in range, or a Diagnostic.
Status checkImageOptions(const ImageFolderOptions& options, const std::string& name);

} // namespace nw
