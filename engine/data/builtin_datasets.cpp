#include "engine/data/builtin_datasets.h"

#include "engine/data/idx_reader.h"

namespace nw {
namespace {

struct BuiltinInfo {
    BuiltinDataset dataset;
    std::string_view key;
    std::string_view title;
    std::string_view folder;
    std::string_view package;
    std::vector<std::string> classNames;
};

const std::vector<BuiltinInfo>& builtins() {
    static const std::vector<BuiltinInfo> all = {
        {BuiltinDataset::FashionMnist,
         "fashion-mnist",
         "Fashion-MNIST",
         "fashion-mnist",
         "dataset-fashion-mnist",
         {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
          "Ankle boot"}},
    };
    return all;
}

const BuiltinInfo& infoOf(BuiltinDataset dataset) {
    for (const BuiltinInfo& info : builtins())
        if (info.dataset == dataset) return info;
    return builtins().front();
}

} // namespace

std::string_view toString(BuiltinDataset dataset) { return infoOf(dataset).key; }

const std::vector<std::string>& builtinClassNames(BuiltinDataset dataset) {
    return infoOf(dataset).classNames;
}

std::optional<BuiltinDataset> builtinDatasetFromString(std::string_view name) {
    for (const BuiltinInfo& info : builtins())
        if (info.key == name) return info.dataset;
    return std::nullopt;
}

std::filesystem::path builtinDatasetFolder(BuiltinDataset dataset, const std::filesystem::path& root) {
    return root / std::string(infoOf(dataset).folder);
}

Result<Dataset> loadBuiltinDataset(BuiltinDataset dataset, const std::filesystem::path& root) {
    const BuiltinInfo& info = infoOf(dataset);
    const std::filesystem::path folder = builtinDatasetFolder(dataset, root);
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        return Diagnostic{DiagCode::FileNotFound,
                          Text(NW_TEXT("%1 is not installed: the folder %2 does not exist. Install it with "
                                       "`sudo apt-get install %3` (or `make deps` in the source tree)"),
                               {std::string(info.title), folder.string(), std::string(info.package)}),
                          {},
                          folder.string()};
    Result<Dataset> data = readMnistFolder(folder, info.classNames);
    if (!data.ok()) return data.error();
    data->name = std::string(info.title);
    return data;
}

} // namespace nw
