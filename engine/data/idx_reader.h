#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

// An IDX array (the MNIST format): its dimensions and its values converted to float.
struct IdxArray {
    std::vector<int64_t> dims;
    std::vector<float> values;
};

// Parses IDX bytes: magic 00 00 <type> <rank>, `rank` big-endian uint32 sizes, then the values
// big-endian. Sizes are checked against the bytes present before anything is allocated.
Result<IdxArray> parseIdx(std::string_view bytes, const std::string& name);

// Reads an IDX file, plain or gzip-compressed.
Result<IdxArray> readIdx(const std::filesystem::path& path);

// Images (N, H, W) and labels (N) as a classification Dataset of (N, 1, H, W) pixels (raw 0..255;
// scaling belongs to preprocessing).
Result<Dataset> idxDataset(const IdxArray& images, const IdxArray& labels, const std::string& name,
                           std::vector<std::string> classNames = {});

// Whether `folder` is in MNIST layout: it holds train-images-idx3-ubyte, plain or .gz. How the CLI and
// prediction tell such a folder from an image folder.
bool isMnistFolder(const std::filesystem::path& folder);

// A folder in MNIST layout: train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz], and when
// present the test part t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz], which becomes
// the rows from Dataset::ownTestBegin on. Both parts must have the same image size.
Result<Dataset> readMnistFolder(const std::filesystem::path& folder,
                                std::vector<std::string> classNames = {});

} // namespace nw
