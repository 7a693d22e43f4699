#include "engine/io/pytorch_export.h"

#include "engine/data/builtin_datasets.h"
#include "engine/data/dataset_spec.h"
#include "engine/io/export_model.h"
#include "engine/io/file_io.h"
#include "engine/io/pytorch_code.h"

#include <nlohmann/json.hpp>

#include <system_error>

namespace nw {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

template <class T>
std::string bytesOf(const T* values, size_t count) {
    return std::string(reinterpret_cast<const char*>(values), count * sizeof(T));
}

// Collects the files of one export; the first failure stops it.
class Folder {
public:
    Folder(fs::path dir, PytorchExportResult& result) : m_dir(std::move(dir)), m_result(result) {}

    Status write(const std::string& name, const std::string& bytes) {
        const fs::path path = m_dir / name;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            return Diagnostic{DiagCode::FileWrite,
                              Text(NW_TEXT("Cannot create the folder: %1"), {ec.message()}), std::nullopt,
                              path.parent_path().string()};
        if (Status s = io::writeFileAtomically(path, bytes); !s.ok()) return s;
        m_result.files.push_back(name);
        m_result.bytes += bytes.size();
        return {};
    }
    Status write(const std::string& name, const Tensor& t) {
        return write(name, bytesOf(t.data(), static_cast<size_t>(t.size())));
    }
    Status write(const std::string& name, const std::vector<int64_t>& rows) {
        return write(name, bytesOf(rows.data(), rows.size()));
    }

private:
    fs::path m_dir;
    PytorchExportResult& m_result;
};

#define NW_TRY(expr)                                                                                         \
    if (Status status_ = (expr); !status_.ok()) return status_.error()

Json tensorFile(const std::string& file, const Shape& shape) {
    return Json{{"file", file}, {"shape", shape.dims()}};
}

// dataset.json and data/: the samples train.py reads, with the project's split and scaling. MNIST-style
// folders are read where they are; other data (generated, CSV, images) is written as it was read.
Status writeData(Folder& folder, const Project& project, const fs::path& projectDir, const Dataset& data,
                 Json& spec) {
    const DataSplit split = splitFor(data, project.dataset);
    const DatasetSource source = project.dataset.source;
    if (source == DatasetSource::Idx || source == DatasetSource::Builtin) {
        spec["kind"] = "idx";
        const fs::path folderPath =
            source == DatasetSource::Builtin
                ? fs::path(kSystemDatasetRoot) / std::string(toString(project.dataset.builtin))
                : resolvedDataPath(project.dataset, projectDir);
        spec["folder"] = folderPath.string();
        spec["has_test_part"] = data.ownTestBegin.has_value();
    } else {
        spec["kind"] = "tensors";
        NW_TRY(folder.write("data/features.f32", data.features));
        NW_TRY(folder.write("data/targets.f32", data.targets));
        spec["features"] = tensorFile("data/features.f32", data.features.shape());
        spec["targets"] = tensorFile("data/targets.f32", data.targets.shape());
    }
    spec["task"] = data.task == TaskKind::Classification ? "classification" : "regression";
    spec["classes"] = data.numClasses;
    spec["class_names"] = data.classNames;
    const FittedScaling scaling = project.fittedScaling
                                      ? *project.fittedScaling
                                      : fitScaling(data, split.train, project.dataset.scaling);
    spec["scaling"] = Json::parse(scalingJson(scaling));
    NW_TRY(folder.write("data/train.i64", split.train));
    NW_TRY(folder.write("data/validation.i64", split.validation));
    NW_TRY(folder.write("data/test.i64", split.test));
    spec["split"] = {
        {"train", "data/train.i64"}, {"validation", "data/validation.i64"}, {"test", "data/test.i64"}};
    return {};
}

} // namespace

Result<PytorchExportResult> exportPytorch(const Project& project, const fs::path& directory,
                                          const ExportOptions& options) {
    reportStep(options, ExportStep::Writing);
    Result<ExportModel> prepared = prepareExport(project);
    if (!prepared.ok()) return prepared.error();
    const ExportModel& model = *prepared;
    using namespace pytorch_export;

    PytorchExportResult result;
    result.directory = directory;
    result.trained = model.trained;
    Folder folder(directory, result);

    const std::map<NodeId, std::string> names = pythonNames(project.graph);
    std::string blob;
    Json tensors = Json::array();
    std::vector<std::string> noDecay;
    for (const StateTensor& t : stateDict(model, names)) {
        tensors.push_back({{"key", t.key}, {"shape", t.shape}, {"offset", blob.size()}});
        blob += bytesOf(t.values.data(), t.values.size());
        if (t.key.ends_with(".bias")) {
            // Dense and Conv2D biases; BatchNorm's and LayerNorm's shifts are decayed like the engine's.
            for (const auto& [id, name] : names)
                if (t.key == name + ".bias" && (project.graph.node(id)->kind == LayerKind::Dense ||
                                                project.graph.node(id)->kind == LayerKind::Conv2D))
                    noDecay.push_back(t.key);
        }
    }
    NW_TRY(folder.write("model.py", modelPy(model, names)));
    NW_TRY(folder.write("weights.bin", blob));
    NW_TRY(folder.write("weights.json", Json{{"format", "neuroweave-weights"},
                                             {"byte_order", "little"},
                                             {"dtype", "float32"},
                                             {"tensors", tensors}}
                                                .dump(2) +
                                            "\n"));
    NW_TRY(folder.write("train.py", trainPy(project, model, noDecay)));

    Result<Dataset> data = loadDataset(project.dataset, options.projectDir);
    if (data.ok()) {
        Json spec = Json::object();
        NW_TRY(writeData(folder, project, options.projectDir, *data, spec));
        NW_TRY(folder.write("dataset.json", spec.dump(2) + "\n"));
    } else {
        result.notes.push_back("train.py has no data: " + data.error().describe());
    }

    if (options.verifySamples > 0) {
        reportStep(options, ExportStep::PreparingSamples);
        Result<VerificationCase> check = verificationCase(project, options.projectDir, options.verifySamples);
        if (!check.ok()) return check.error();
        NW_TRY(folder.write("check_inputs.f32", check->inputs));
        NW_TRY(folder.write("check_outputs.f32", check->expected));
        NW_TRY(folder.write("check.json",
                            Json{{"description", check->description},
                                 {"inputs", tensorFile("check_inputs.f32", check->inputs.shape())},
                                 {"outputs", tensorFile("check_outputs.f32", check->expected.shape())}}
                                    .dump(2) +
                                "\n"));
        NW_TRY(folder.write("check.py", checkPy()));
        result.checkInputs = check->description;
        reportStep(options, ExportStep::VerifyingPytorch);
        result.verification = verifyPytorchExport(directory, options);
    }
    return result;
}

} // namespace nw
