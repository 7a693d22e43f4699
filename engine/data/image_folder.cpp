#include "engine/data/image_folder.h"

#include "engine/io/file_io.h"

#include <algorithm>
#include <optional>

namespace nw {
namespace {

namespace fs = std::filesystem;

// Feature values in memory, 4 GiB of floats: beyond what a laptop's training loop can hold.
constexpr int64_t kMaxValues = int64_t{1} << 30;
// A single image file past this size is not a training image.
constexpr uintmax_t kMaxImageFileBytes = uintmax_t{1} << 28;

Diagnostic folderError(DiagCode code, const fs::path& where, Text message) {
    return Diagnostic{code, std::move(message), {}, where.string()};
}

bool hidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

// The entries of `dir`, sorted by name so the sample order does not depend on the file system.
Result<std::vector<fs::directory_entry>> listFolder(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec)
        return folderError(DiagCode::FileRead, dir,
                           Text(NW_TEXT("Could not list the folder %1 (%2)"), {dir.string(), ec.message()}));
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    return entries;
}

bool isFolder(const fs::directory_entry& e) {
    std::error_code ec;
    return e.is_directory(ec);
}

struct ClassFolder {
    std::string name;
    std::vector<fs::path> images;
};

Status readImage(const fs::path& file, const ImageFolderOptions& options, std::span<float> pixels) {
    std::error_code ec;
    const uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > kMaxImageFileBytes)
        return folderError(DiagCode::FileRead, file,
                           Text(NW_TEXT("The image file is %1 bytes; at most %2 are accepted"),
                                {size_t{size}, size_t{kMaxImageFileBytes}}));
    Result<std::string> bytes = io::readFile(file);
    if (!bytes.ok()) return bytes.error();
    return decodeImageInto(bytes.value(), options, file.string(), pixels);
}

} // namespace

std::string_view toString(ColorMode mode) { return mode == ColorMode::Rgb ? "rgb" : "grey"; }

std::optional<ColorMode> colorModeFromString(std::string_view key) {
    for (ColorMode m : {ColorMode::Grey, ColorMode::Rgb})
        if (toString(m) == key) return m;
    return std::nullopt;
}

bool isImageFileName(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp";
}

Result<ImageFolderData> readImageFolder(const fs::path& folder, const ImageFolderOptions& options) {
    if (Status s = checkImageOptions(options, folder.string()); !s) return s.error();
    std::error_code ec;
    const fs::file_status status = fs::status(folder, ec);
    if (!fs::exists(status))
        return folderError(DiagCode::FileNotFound, folder,
                           Text(NW_TEXT("There is no folder %1"), {folder.string()}));
    if (!fs::is_directory(status))
        return folderError(
            DiagCode::FileRead, folder,
            Text(NW_TEXT("%1 is a file, not a folder; expected a folder with one sub-folder of "
                         "images per class"),
                 {folder.string()}));
    Result<std::vector<fs::directory_entry>> top = listFolder(folder);
    if (!top.ok()) return top.error();

    ImageFolderData out;
    std::vector<std::string>& ignored = out.report.ignored;
    std::vector<ClassFolder> classes;
    int64_t looseImages = 0;
    for (const fs::directory_entry& e : top.value()) {
        const std::string rel = e.path().filename().string();
        if (!isFolder(e) || hidden(e.path())) {
            looseImages += isImageFileName(e.path()) ? 1 : 0;
            ignored.push_back(rel);
            continue;
        }
        ClassFolder c{rel, {}};
        Result<std::vector<fs::directory_entry>> files = listFolder(e.path());
        if (!files.ok()) return files.error();
        for (const fs::directory_entry& f : files.value()) {
            const std::string frel = rel + "/" + f.path().filename().string();
            if (isFolder(f) || hidden(f.path()) || !isImageFileName(f.path()))
                ignored.push_back(isFolder(f) ? frel + "/" : frel);
            else
                c.images.push_back(f.path());
        }
        if (c.images.empty())
            return folderError(
                DiagCode::DataMismatch, e.path(),
                files.value().empty()
                    ? Text(NW_TEXT("The class folder %1 has no PNG, JPEG or BMP images (it is "
                                   "empty); put the class's images in it or remove it"),
                           {e.path().string()})
                    : Text(NW_TEXT("The class folder %1 has no PNG, JPEG or BMP images (its %2 "
                                   "entries are other files or folders); put the class's images "
                                   "in it or remove it"),
                           {e.path().string(), files.value().size()}));
        classes.push_back(std::move(c));
    }
    if (classes.size() < 2) {
        Text found = classes.empty() ? Text(NW_TEXT("%1 has no class sub-folders"), {folder.string()})
                                     : Text(NW_TEXT("%1 has only one class sub-folder (%2)"),
                                            {folder.string(), classes.front().name});
        if (looseImages > 0)
            found = looseImages == 1
                        ? Text(NW_TEXT("%1 (%2 image lies directly in the folder)"), {found, looseImages})
                        : Text(NW_TEXT("%1 (%2 images lie directly in the folder)"), {found, looseImages});
        return folderError(DiagCode::DataMismatch, folder,
                           Text(NW_TEXT("%1; expected one sub-folder of images per class, at least two, such "
                                        "as %2 and %3"),
                                {found, (folder / "cat").string(), (folder / "dog").string()}));
    }
    out.report.ignoredFiles = static_cast<int64_t>(ignored.size());

    std::vector<std::pair<const fs::path*, int64_t>> samples; // file and class index
    for (size_t k = 0; k < classes.size(); ++k)
        for (const fs::path& p : classes[k].images) samples.emplace_back(&p, static_cast<int64_t>(k));
    const auto n = static_cast<int64_t>(samples.size());
    const int64_t c = options.channels(), h = options.height, w = options.width;
    if (n > kMaxValues / (c * h * w))
        return folderError(DiagCode::DataMismatch, folder,
                           Text(NW_TEXT("%1 images of %2 values are more than %3 values, too many to hold in "
                                        "memory; choose a smaller size"),
                                {n, c * h * w, kMaxValues}));
    Dataset& d = out.data;
    d.name =
        folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();
    d.task = TaskKind::Classification;
    d.numClasses = static_cast<int64_t>(classes.size());
    for (const ClassFolder& cf : classes) d.classNames.push_back(cf.name);
    d.features = Tensor(Shape{n, c, h, w});
    d.targets = Tensor(Shape{n, 1});
    // Images decode independently into their own rows; the first failure in file order is reported,
    // whatever the thread count, so the outcome is the same on every run.
    std::vector<std::optional<Diagnostic>> errors(static_cast<size_t>(n));
#pragma omp parallel for schedule(dynamic, 8)
    for (int64_t i = 0; i < n; ++i) {
        const auto& [file, label] = samples[static_cast<size_t>(i)];
        Status s =
            readImage(*file, options, std::span<float>(d.features.row(i), static_cast<size_t>(c * h * w)));
        if (!s) errors[static_cast<size_t>(i)] = s.error();
        d.targets[i] = static_cast<float>(label);
    }
    for (const std::optional<Diagnostic>& e : errors)
        if (e) return *e;
    out.report.images = n;
    return out;
}

} // namespace nw
