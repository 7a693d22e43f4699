#include "engine/data/idx_reader.h"

#include "engine/data/gzip.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

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

template <class Decode>
void decodeAll(const unsigned char* p, int width, size_t count, float* values, Decode decode) {
    for (size_t i = 0; i < count; ++i) values[i] = decode(p + i * static_cast<size_t>(width));
}

// Big-endian values of one IDX type into floats. One loop per type, so the byte loop (the
// common case: 47 million pixels for Fashion-MNIST) compiles to vector instructions.
void decodeValues(const unsigned char* p, const IdxType& type, size_t count, float* out) {
    switch (type.code) {
    case 0x08:
        decodeAll(p, 1, count, out, [](const unsigned char* v) { return static_cast<float>(v[0]); });
        break;
    case 0x09:
        decodeAll(p, 1, count, out,
                  [](const unsigned char* v) { return static_cast<float>(static_cast<signed char>(v[0])); });
        break;
    case 0x0B:
        decodeAll(p, 2, count, out, [](const unsigned char* v) {
            return static_cast<float>(static_cast<int16_t>((v[0] << 8) | v[1]));
        });
        break;
    case 0x0C:
        decodeAll(p, 4, count, out, [](const unsigned char* v) {
            return static_cast<float>(static_cast<int32_t>(bigEndian32(v)));
        });
        break;
    case 0x0D:
        decodeAll(p, 4, count, out,
                  [](const unsigned char* v) { return std::bit_cast<float>(bigEndian32(v)); });
        break;
    case 0x0E:
        decodeAll(p, 8, count, out, [](const unsigned char* v) {
            return static_cast<float>(
                std::bit_cast<double>((uint64_t{bigEndian32(v)} << 32) | bigEndian32(v + 4)));
        });
        break;
    }
}

Diagnostic idxError(const std::string& name, size_t offset, Text message) {
    return Diagnostic{DiagCode::FileRead, std::move(message)}.locatedAt(
        Text(NW_TEXT("%1: byte %2"), {name, offset}));
}

} // namespace

namespace {

// A checked IDX header and the values it describes, still encoded.
struct IdxView {
    std::vector<int64_t> dims;
    const IdxType* type = nullptr;
    const unsigned char* payload = nullptr;

    size_t count() const {
        size_t n = 1;
        for (int64_t d : dims) n *= static_cast<size_t>(d);
        return n;
    }
    // Values [first, first + n) as floats into `out`.
    void decode(size_t first, size_t n, float* out) const {
        decodeValues(payload + first * static_cast<size_t>(type->bytes), *type, n, out);
    }
};

Result<IdxView> parseIdxHeader(std::string_view bytes, const std::string& name) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() < 4)
        return idxError(
            name, 0,
            Text(NW_TEXT("The file is %1 bytes long; an IDX file starts with a 4-byte magic number"),
                 {bytes.size()}));
    if (p[0] != 0 || p[1] != 0)
        return idxError(name, 0,
                        Text(NW_TEXT("Not an IDX file: the magic number must start with 00 00, got %1 %2"),
                             {int{p[0]}, int{p[1]}}));
    const IdxType* type = nullptr;
    for (const IdxType& t : kTypes)
        if (t.code == p[2]) type = &t;
    if (!type)
        return idxError(
            name, 2,
            Text(NW_TEXT("Unknown IDX value type code %1; expected 8, 9, 11, 12, 13 or 14"), {int{p[2]}}));
    const int rank = p[3];
    if (rank < 1 || rank > 4) return idxError(name, 3, Text(NW_TEXT("IDX rank %1 is not 1 to 4"), {rank}));
    const size_t header = 4 + 4 * static_cast<size_t>(rank);
    if (bytes.size() < header)
        return idxError(name, bytes.size(),
                        Text(NW_TEXT("The header needs %1 bytes, the file has %2"), {header, bytes.size()}));
    IdxView array;
    array.type = type;
    array.payload = p + header;
    uint64_t count = 1;
    for (int i = 0; i < rank; ++i) {
        const uint32_t d = bigEndian32(p + 4 + 4 * i);
        array.dims.push_back(d);
        count *= d;
        if (count * static_cast<uint64_t>(type->bytes) > kMaxIdxBytes)
            return idxError(
                name, 4 + 4 * static_cast<size_t>(i),
                Text(NW_TEXT("The dimensions describe more than %1 bytes of data"), {kMaxIdxBytes}));
    }
    const uint64_t expected = header + count * static_cast<uint64_t>(type->bytes);
    if (bytes.size() != expected)
        return idxError(name, std::min<uint64_t>(bytes.size(), expected),
                        Text(NW_TEXT("The header promises %1 %2 values (%3 bytes in all) but the file has %4 "
                                     "bytes"),
                             {size_t{count}, type->name, size_t{expected}, bytes.size()}));
    return array;
}

} // namespace

Result<IdxArray> parseIdx(std::string_view bytes, const std::string& name) {
    Result<IdxView> view = parseIdxHeader(bytes, name);
    if (!view.ok()) return view.error();
    IdxArray array;
    array.dims = view->dims;
    array.values.resize(view->count());
    view->decode(0, array.values.size(), array.values.data());
    return array;
}

Result<IdxArray> readIdx(const std::filesystem::path& path) {
    Result<std::string> bytes = readMaybeGzipped(path, kMaxIdxBytes);
    if (!bytes.ok()) return bytes.error();
    return parseIdx(bytes.value(), path.string());
}

namespace {

// Images still to be converted: their dimensions and how to decode a run of their values. Reading
// a file's values straight into the data set's tensor saves a pass over 200 MB for Fashion-MNIST.
struct ImageSource {
    std::vector<int64_t> dims;
    std::function<void(size_t first, size_t count, float* out)> decode;
};

// A part of a data set (the training or the test files): its images and their labels.
struct PartView {
    ImageSource images;
    const IdxArray& labels;
};

// Checks one part's images against its labels; the number of classes its labels need, or why not.
Result<int64_t> checkPart(const ImageSource& images, const IdxArray& labels, const std::string& name) {
    if (images.dims.size() < 2 || images.dims.size() > 4)
        return Diagnostic{DiagCode::DataMismatch,
                          Text(NW_TEXT("IDX images need 2 to 4 dimensions (count, height, width), got %1"),
                               {images.dims.size()}),
                          {},
                          name};
    if (labels.dims.size() != 1 || labels.dims[0] != images.dims[0])
        return Diagnostic{
            DiagCode::DataMismatch,
            labels.dims.size() == 1
                ? Text(NW_TEXT("There are %1 images but %2 labels"), {images.dims[0], labels.dims[0]})
                : Text(NW_TEXT("There are %1 images but no list of labels"), {images.dims[0]}),
            {},
            name};
    int64_t numClasses = 0;
    for (size_t i = 0; i < labels.values.size(); ++i) {
        const float label = labels.values[i];
        if (label < 0 || label > 9999 || label != static_cast<float>(static_cast<int64_t>(label)))
            return Diagnostic{DiagCode::DataMismatch,
                              Text(NW_TEXT("Label %1 is %2; labels must be whole numbers from 0"),
                                   {i, std::to_string(label)}),
                              {},
                              name};
        numClasses = std::max(numClasses, static_cast<int64_t>(label) + 1);
    }
    return numClasses;
}

// (N, H, W) is one grey channel; (N, H, W, C) is channels-last on disk and moves channels first.
Shape imageShape(const ImageSource& images) {
    const int64_t h = images.dims[1];
    const int64_t w = images.dims.size() > 2 ? images.dims[2] : 1;
    const int64_t c = images.dims.size() > 3 ? images.dims[3] : 1;
    return Shape{c, h, w};
}

// Copies a part's images and labels into the rows from `firstRow` on.
void copyPart(const PartView& part, Dataset& d, int64_t firstRow) {
    const Shape shape = imageShape(part.images);
    const int64_t c = shape[0], h = shape[1], w = shape[2];
    const int64_t n = part.images.dims[0];
    const auto sampleSize = static_cast<size_t>(c * h * w);
    if (c == 1) {
        // Halves of the rows on the two cores: decoding is bound by first touches of fresh memory.
#pragma omp parallel for schedule(static)
        for (int64_t s = 0; s < n; ++s)
            part.images.decode(static_cast<size_t>(s) * sampleSize, sampleSize, d.features.row(firstRow + s));
    } else {
        std::vector<float> in(sampleSize);
        for (int64_t s = 0; s < n; ++s) {
            part.images.decode(static_cast<size_t>(s) * sampleSize, sampleSize, in.data());
            float* out = d.features.row(firstRow + s);
            for (int64_t y = 0; y < h; ++y)
                for (int64_t x = 0; x < w; ++x)
                    for (int64_t ch = 0; ch < c; ++ch)
                        out[(ch * h + y) * w + x] = in[static_cast<size_t>((y * w + x) * c + ch)];
        }
    }
    std::copy_n(part.labels.values.data(), n, d.targets.row(firstRow));
}

// One classification Dataset from parts of the same image size, allocated once, in order.
Result<Dataset> partsDataset(std::span<const PartView> parts, const std::vector<std::string>& partNames,
                             const std::string& name, std::vector<std::string> classNames) {
    int64_t numClasses = 0;
    int64_t total = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        Result<int64_t> classes = checkPart(parts[i].images, parts[i].labels, partNames[i]);
        if (!classes.ok()) return classes.error();
        if (imageShape(parts[i].images) != imageShape(parts[0].images))
            return Diagnostic{DiagCode::DataMismatch,
                              Text(NW_TEXT("The images are %1 but those of %2 are %3"),
                                   {imageShape(parts[i].images).toString(), partNames[0],
                                    imageShape(parts[0].images).toString()}),
                              {},
                              partNames[i]};
        numClasses = std::max(numClasses, *classes);
        total += parts[i].images.dims[0];
    }
    const Shape shape = imageShape(parts[0].images);
    Dataset d;
    d.name = name;
    d.task = TaskKind::Classification;
    d.features = Tensor(Shape{total, shape[0], shape[1], shape[2]});
    d.targets = Tensor(Shape{total, 1});
    int64_t row = 0;
    for (const PartView& part : parts) {
        copyPart(part, d, row);
        row += part.images.dims[0];
    }
    d.numClasses = numClasses;
    if (classNames.size() == static_cast<size_t>(numClasses))
        d.classNames = std::move(classNames);
    else
        for (int64_t k = 0; k < numClasses; ++k) d.classNames.push_back(std::to_string(k));
    return d;
}

} // namespace

Result<Dataset> idxDataset(const IdxArray& images, const IdxArray& labels, const std::string& name,
                           std::vector<std::string> classNames) {
    const auto copy = [&images](size_t first, size_t count, float* out) {
        std::copy_n(images.values.data() + first, count, out);
    };
    const PartView parts[] = {{ImageSource{images.dims, copy}, labels}};
    return partsDataset(parts, {name}, name, std::move(classNames));
}

namespace {

// The file of a part in an MNIST folder, plain or gzip-compressed; nullopt when neither exists.
std::optional<std::filesystem::path> findPart(const std::filesystem::path& folder, const std::string& stem) {
    for (const char* suffix : {"", ".gz"}) {
        const auto candidate = folder / (stem + suffix);
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error)) return candidate;
    }
    return std::nullopt;
}

// A part as read: the images' bytes (decoded later, into the data set) and the decoded labels.
struct MnistPart {
    std::string imageBytes;
    IdxView images;
    IdxArray labels;

    PartView view() const {
        const IdxView* v = &images;
        return PartView{ImageSource{images.dims, [v](size_t first, size_t count,
                                                     float* out) { v->decode(first, count, out); }},
                        labels};
    }
};

// Heap-allocated so the view's pointer into the bytes stays valid wherever the part goes.
Result<std::unique_ptr<MnistPart>> readPart(const std::filesystem::path& images,
                                            const std::filesystem::path& labels) {
    auto part = std::make_unique<MnistPart>();
    Result<std::string> bytes = readMaybeGzipped(images, kMaxIdxBytes);
    if (!bytes.ok()) return bytes.error();
    part->imageBytes = std::move(bytes.value());
    Result<IdxView> view = parseIdxHeader(part->imageBytes, images.string());
    if (!view.ok()) return view.error();
    part->images = std::move(view.value());
    Result<IdxArray> classes = readIdx(labels);
    if (!classes.ok()) return classes.error();
    part->labels = std::move(classes.value());
    return part;
}

} // namespace

bool isMnistFolder(const std::filesystem::path& folder) {
    return findPart(folder, "train-images-idx3-ubyte").has_value();
}

Result<Dataset> readMnistFolder(const std::filesystem::path& folder, std::vector<std::string> classNames) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        return Diagnostic{DiagCode::FileNotFound,
                          Text(NW_TEXT("The folder %1 does not exist"), {folder.string()}),
                          {},
                          folder.string()};
    const auto trainImages = findPart(folder, "train-images-idx3-ubyte");
    const auto trainLabels = findPart(folder, "train-labels-idx1-ubyte");
    if (!trainImages || !trainLabels)
        return Diagnostic{DiagCode::FileNotFound,
                          trainImages
                              ? Text(NW_TEXT("An MNIST-format folder needs train-images-idx3-ubyte and "
                                             "train-labels-idx1-ubyte (each may end in .gz); %1 lacks "
                                             "the labels"),
                                     {folder.string()})
                              : Text(NW_TEXT("An MNIST-format folder needs train-images-idx3-ubyte and "
                                             "train-labels-idx1-ubyte (each may end in .gz); %1 lacks "
                                             "the images"),
                                     {folder.string()}),
                          {},
                          folder.string()};
    auto train = readPart(*trainImages, *trainLabels);
    if (!train.ok()) return train.error();
    const auto testImages = findPart(folder, "t10k-images-idx3-ubyte");
    const auto testLabels = findPart(folder, "t10k-labels-idx1-ubyte");
    if (!testImages || !testLabels) {
        const PartView parts[] = {(*train)->view()};
        return partsDataset(parts, {trainImages->string()}, folder.filename().string(),
                            std::move(classNames));
    }
    auto test = readPart(*testImages, *testLabels);
    if (!test.ok()) return test.error();
    const PartView parts[] = {(*train)->view(), (*test)->view()};
    Result<Dataset> data = partsDataset(parts, {trainImages->string(), testImages->string()},
                                        folder.filename().string(), std::move(classNames));
    if (data.ok()) data->ownTestBegin = (*train)->images.dims[0];
    return data;
}

} // namespace nw
