#include "engine/data/idx_reader.h"

#include "engine/data/gzip.h"

#include <bit>
#include <cstring>

namespace nw {
namespace {

// 2 GiB: far above any data set that fits a laptop's training loop, far below an overflow.
constexpr size_t kMaxIdxBytes = size_t{1} << 31;

uint32_t bigEndian32(const unsigned char* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

struct IdxType {
    unsigned char code;
    int bytes;
    const char* name;
};
constexpr IdxType kTypes[] = {{0x08, 1, "unsigned byte"}, {0x09, 1, "signed byte"}, {0x0B, 2, "short"},
                              {0x0C, 4, "int"},           {0x0D, 4, "float"},       {0x0E, 8, "double"}};

float decodeValue(const unsigned char* p, unsigned char type) {
    switch (type) {
    case 0x08: return static_cast<float>(p[0]);
    case 0x09: return static_cast<float>(static_cast<signed char>(p[0]));
    case 0x0B: return static_cast<float>(static_cast<int16_t>((p[0] << 8) | p[1]));
    case 0x0C: return static_cast<float>(static_cast<int32_t>(bigEndian32(p)));
    case 0x0D: return std::bit_cast<float>(bigEndian32(p));
    case 0x0E: {
        const uint64_t bits = (uint64_t{bigEndian32(p)} << 32) | bigEndian32(p + 4);
        return static_cast<float>(std::bit_cast<double>(bits));
    }
    }
    return 0.0f;
}

Diagnostic idxError(const std::string& name, size_t offset, std::string message) {
    return Diagnostic{DiagCode::FileRead, std::move(message), {}, name + ": byte " + std::to_string(offset)};
}

} // namespace

Result<IdxArray> parseIdx(std::string_view bytes, const std::string& name) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() < 4)
        return idxError(name, 0, "The file is " + std::to_string(bytes.size()) +
                                     " bytes long; an IDX file starts with a 4-byte magic number");
    if (p[0] != 0 || p[1] != 0)
        return idxError(name, 0, "Not an IDX file: the magic number must start with 00 00, got " +
                                     std::to_string(p[0]) + " " + std::to_string(p[1]));
    const IdxType* type = nullptr;
    for (const IdxType& t : kTypes)
        if (t.code == p[2]) type = &t;
    if (!type) return idxError(name, 2, "Unknown IDX value type code " + std::to_string(p[2]) + "; expected 8, 9, 11, 12, 13 or 14");
    const int rank = p[3];
    if (rank < 1 || rank > 4) return idxError(name, 3, "IDX rank " + std::to_string(rank) + " is not 1 to 4");
    const size_t header = 4 + 4 * static_cast<size_t>(rank);
    if (bytes.size() < header)
        return idxError(name, bytes.size(), "The header needs " + std::to_string(header) + " bytes, the file has " +
                                                std::to_string(bytes.size()));
    IdxArray array;
    uint64_t count = 1;
    for (int i = 0; i < rank; ++i) {
        const uint32_t d = bigEndian32(p + 4 + 4 * i);
        array.dims.push_back(d);
        count *= d;
        if (count * static_cast<uint64_t>(type->bytes) > kMaxIdxBytes)
            return idxError(name, 4 + 4 * static_cast<size_t>(i),
                            "The dimensions describe more than " + std::to_string(kMaxIdxBytes) + " bytes of data");
    }
    const uint64_t expected = header + count * static_cast<uint64_t>(type->bytes);
    if (bytes.size() != expected)
        return idxError(name, std::min<uint64_t>(bytes.size(), expected),
                        "The header promises " + std::to_string(count) + " " + type->name + " values (" +
                            std::to_string(expected) + " bytes in all) but the file has " +
                            std::to_string(bytes.size()) + " bytes");
    array.values.resize(static_cast<size_t>(count));
    for (uint64_t i = 0; i < count; ++i)
        array.values[static_cast<size_t>(i)] = decodeValue(p + header + i * static_cast<uint64_t>(type->bytes), type->code);
    return array;
}

Result<IdxArray> readIdx(const std::filesystem::path& path) {
    Result<std::string> bytes = readMaybeGzipped(path, kMaxIdxBytes);
    if (!bytes.ok()) return bytes.error();
    return parseIdx(bytes.value(), path.string());
}

Result<Dataset> idxDataset(const IdxArray& images, const IdxArray& labels, const std::string& name,
                           std::vector<std::string> classNames) {
    if (images.dims.size() < 2 || images.dims.size() > 4)
        return Diagnostic{DiagCode::DataMismatch, "IDX images need 2 to 4 dimensions (count, height, width), got " +
                                                      std::to_string(images.dims.size()), {}, name};
    if (labels.dims.size() != 1 || labels.dims[0] != images.dims[0])
        return Diagnostic{DiagCode::DataMismatch,
                          "There are " + std::to_string(images.dims[0]) + " images but " +
                              (labels.dims.empty() ? std::string("no") : std::to_string(labels.dims[0])) +
                              " labels",
                          {}, name};
    int64_t numClasses = 0;
    for (size_t i = 0; i < labels.values.size(); ++i) {
        const float label = labels.values[i];
        if (label < 0 || label > 9999 || label != static_cast<float>(static_cast<int64_t>(label)))
            return Diagnostic{DiagCode::DataMismatch,
                              "Label " + std::to_string(i) + " is " + std::to_string(label) +
                                  "; labels must be whole numbers from 0",
                              {}, name};
        numClasses = std::max(numClasses, static_cast<int64_t>(label) + 1);
    }
    // (N, H, W) is one grey channel; (N, H, W, C) is channels-last on disk and moves channels first.
    const int64_t n = images.dims[0];
    const int64_t h = images.dims[1];
    const int64_t w = images.dims.size() > 2 ? images.dims[2] : 1;
    const int64_t c = images.dims.size() > 3 ? images.dims[3] : 1;
    Dataset d;
    d.name = name;
    d.task = TaskKind::Classification;
    d.features = Tensor(Shape{n, c, h, w});
    d.targets = Tensor(Shape{n, 1});
    for (int64_t s = 0; s < n; ++s) {
        float* out = d.features.row(s);
        const float* in = images.values.data() + s * h * w * c;
        for (int64_t y = 0; y < h; ++y)
            for (int64_t x = 0; x < w; ++x)
                for (int64_t ch = 0; ch < c; ++ch) out[(ch * h + y) * w + x] = in[(y * w + x) * c + ch];
        d.targets[s] = labels.values[static_cast<size_t>(s)];
    }
    d.numClasses = numClasses;
    if (classNames.size() == static_cast<size_t>(numClasses))
        d.classNames = std::move(classNames);
    else
        for (int64_t k = 0; k < numClasses; ++k) d.classNames.push_back(std::to_string(k));
    return d;
}

Result<Dataset> readMnistFolder(const std::filesystem::path& folder, bool testSet) {
    const std::string prefix = testSet ? "t10k" : "train";
    const auto find = [&](const std::string& stem) -> std::filesystem::path {
        for (const char* suffix : {"", ".gz"}) {
            const auto candidate = folder / (stem + suffix);
            if (std::filesystem::exists(candidate)) return candidate;
        }
        return folder / (stem + ".gz");
    };
    Result<IdxArray> images = readIdx(find(prefix + "-images-idx3-ubyte"));
    if (!images.ok()) return images.error();
    Result<IdxArray> labels = readIdx(find(prefix + "-labels-idx1-ubyte"));
    if (!labels.ok()) return labels.error();
    return idxDataset(images.value(), labels.value(), folder.filename().string());
}

} // namespace nw
