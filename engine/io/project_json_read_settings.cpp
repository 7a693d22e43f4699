#include "engine/io/base64.h"
#include "engine/io/project_json.h"

namespace nw::io {
namespace {

// Bounds a file may hold; the engine's own checks (loadDataset, the Trainer) come later and say more.
constexpr int64_t kMaxSamples = 10'000'000;
constexpr int64_t kMaxClasses = 1000;
constexpr int64_t kMaxBatchSize = 1'000'000;
constexpr int64_t kMaxEpochs = 1'000'000;
constexpr int64_t kMaxThreads = 1024;
constexpr double kMaxLearningRate = 10;
constexpr double kMaxClipNorm = 1e6;

// Reads member `key` into `target` when the file has it; otherwise `target` keeps its default.
template <class T, class Read>
void readOptional(const JsonReader& in, std::string_view key, T& target, Read read) {
    if (const auto field = in.find(key)) target = static_cast<T>(read(*field));
}

// An enum stored by its key, e.g. "adam"; `parse` is the engine's fromString for that enum and
// `unknown` the sentence for a key it does not know ("Unknown optimizer '%1'").
template <class Enum, class Parse>
void readKey(const JsonReader& in, std::string_view key, Enum& target, TextPattern unknown, Parse parse) {
    const auto field = in.find(key);
    if (!field) return;
    const std::string text = field->string();
    if (const std::optional<Enum> value = parse(text))
        target = *value;
    else
        field->fail(DiagCode::JsonValue, Text(unknown, {text}));
}

double readFraction(const JsonReader& in) { return in.number(0, 1, Bound::Inclusive, Bound::Exclusive); }

void readOptimizer(const JsonReader& in, OptimizerSettings& o) {
    in.allowOnly(
        {"kind", "learningRate", "momentum", "nesterov", "beta1", "beta2", "rho", "epsilon", "weightDecay"});
    readKey(in, "kind", o.kind, NW_TEXT("Unknown optimizer '%1'"), optimizerKindFromString);
    readOptional(in, "learningRate", o.learningRate,
                 [](const JsonReader& r) { return r.number(0, kMaxLearningRate, Bound::Exclusive); });
    readOptional(in, "momentum", o.momentum, readFraction);
    readOptional(in, "nesterov", o.nesterov, [](const JsonReader& r) { return r.boolean(); });
    readOptional(in, "beta1", o.beta1, readFraction);
    readOptional(in, "beta2", o.beta2, readFraction);
    readOptional(in, "rho", o.rho, readFraction);
    readOptional(in, "epsilon", o.epsilon,
                 [](const JsonReader& r) { return r.number(0, 1, Bound::Exclusive); });
    readOptional(in, "weightDecay", o.weightDecay, [](const JsonReader& r) { return r.number(0, 1); });
}

void readSchedule(const JsonReader& in, ScheduleSettings& s) {
    in.allowOnly({"kind", "warmupEpochs", "stepEpochs", "factor", "gamma", "minFactor", "patience"});
    readKey(in, "kind", s.kind, NW_TEXT("Unknown learning-rate schedule '%1'"), scheduleKindFromString);
    const auto epochs = [](int64_t min) {
        return [min](const JsonReader& r) { return r.integer(min, kMaxEpochs); };
    };
    readOptional(in, "warmupEpochs", s.warmupEpochs, epochs(0));
    readOptional(in, "stepEpochs", s.stepEpochs, epochs(1));
    readOptional(in, "factor", s.factor,
                 [](const JsonReader& r) { return r.number(0, 1, Bound::Exclusive, Bound::Exclusive); });
    readOptional(in, "gamma", s.gamma, [](const JsonReader& r) { return r.number(0, 1, Bound::Exclusive); });
    readOptional(in, "minFactor", s.minFactor, readFraction);
    readOptional(in, "patience", s.patience, epochs(0));
}

void readEarlyStopping(const JsonReader& in, EarlyStoppingSettings& e) {
    in.allowOnly({"metric", "patience", "restoreBest"});
    e.enabled = true;
    readKey(in, "metric", e.metric, NW_TEXT("Unknown early-stopping metric '%1'"), stopMetricFromString);
    readOptional(in, "patience", e.patience, [](const JsonReader& r) { return r.integer(1, kMaxEpochs); });
    readOptional(in, "restoreBest", e.restoreBest, [](const JsonReader& r) { return r.boolean(); });
}

void readSynthetic(const JsonReader& in, SyntheticSpec& s) {
    in.allowOnly({"kind", "samples", "noise", "classes", "seed"});
    readKey(in, "kind", s.kind, NW_TEXT("Unknown synthetic data set '%1'"), syntheticKindFromString);
    readOptional(in, "samples", s.samples, [](const JsonReader& r) { return r.integer(2, kMaxSamples); });
    readOptional(in, "noise", s.noise, [](const JsonReader& r) { return r.number(0, 1); });
    readOptional(in, "classes", s.classes, [](const JsonReader& r) { return r.integer(2, kMaxClasses); });
    readOptional(in, "seed", s.seed, [](const JsonReader& r) { return r.unsignedInteger(); });
}

void readCsvOptions(const JsonReader& in, CsvOptions& csv) {
    in.allowOnly({"target", "delimiter", "header", "missing", "task", "ignore"});
    readOptional(in, "target", csv.targetColumn, [](const JsonReader& r) { return r.string(); });
    if (const auto field = in.find("delimiter")) {
        const std::string text = field->string();
        if (text == "auto")
            csv.delimiter.reset();
        else if (text.size() == 1 && text != "\"" && text != "\n" && text != "\r")
            csv.delimiter = text[0];
        else if (!in.failed())
            field->fail(DiagCode::JsonValue,
                        Text(NW_TEXT("The delimiter is one character (not a quote or a line break) or "
                                     "\"auto\", got \"%1\""),
                             {text}));
    }
    if (const auto field = in.find("header")) {
        const std::string text = field->string();
        if (text == "auto" || text == "yes" || text == "no")
            csv.hasHeader = text == "auto" ? std::nullopt : std::optional<bool>(text == "yes");
        else if (!in.failed())
            field->fail(DiagCode::JsonValue,
                        Text(NW_TEXT("'header' is \"auto\", \"yes\" or \"no\", got \"%1\""), {text}));
    }
    readKey(in, "missing", csv.missing, NW_TEXT("Unknown missing-value policy '%1'"),
            missingValuePolicyFromString);
    if (const auto field = in.find("task")) {
        const std::string text = field->string();
        if (text == "auto")
            csv.task.reset();
        else if (text == "classification" || text == "regression")
            csv.task = text == "classification" ? TaskKind::Classification : TaskKind::Regression;
        else if (!in.failed())
            field->fail(DiagCode::JsonValue,
                        Text(NW_TEXT("'task' is \"auto\", \"classification\" or \"regression\", got \"%1\""),
                             {text}));
    }
    if (const auto ignore = in.find("ignore")) {
        csv.ignoredColumns.clear();
        for (const JsonReader& name : ignore->elements()) csv.ignoredColumns.push_back(name.string());
    }
}

void readImageOptions(const JsonReader& in, ImageFolderOptions& images) {
    in.allowOnly({"width", "height", "color"});
    constexpr int64_t kMaxImageSide = 4096;
    readOptional(in, "width", images.width, [](const JsonReader& r) { return r.integer(1, kMaxImageSide); });
    readOptional(in, "height", images.height,
                 [](const JsonReader& r) { return r.integer(1, kMaxImageSide); });
    readKey(in, "color", images.color, NW_TEXT("Unknown colour mode '%1'"), colorModeFromString);
}

EpochMetrics readEpoch(const JsonReader& in) {
    in.allowOnly({"epoch", "trainLoss", "trainAccuracy", "validationLoss", "validationAccuracy", "seconds",
                  "steps", "learningRate"});
    EpochMetrics m;
    m.epoch = static_cast<int>(in.at("epoch").integer(0, std::numeric_limits<int>::max()));
    const auto metric = [](const JsonReader& r) { return r.metric(); };
    readOptional(in, "trainLoss", m.trainLoss, metric);
    readOptional(in, "trainAccuracy", m.trainAccuracy, metric);
    readOptional(in, "validationLoss", m.validationLoss, metric);
    readOptional(in, "validationAccuracy", m.validationAccuracy, metric);
    readOptional(in, "seconds", m.seconds, metric);
    readOptional(in, "steps", m.steps,
                 [](const JsonReader& r) { return r.integer(0, std::numeric_limits<int64_t>::max()); });
    readOptional(in, "learningRate", m.learningRate, metric);
    return m;
}

} // namespace

void readDataset(const JsonReader& in, DatasetSpec& spec) {
    in.allowOnly({"source", "synthetic", "builtin", "path", "csv", "images", "validationFraction",
                  "testFraction", "splitSeed", "scaling"});
    readKey(in, "source", spec.source, NW_TEXT("Unknown data set source '%1'"), datasetSourceFromString);
    if (const auto synthetic = in.find("synthetic")) readSynthetic(*synthetic, spec.synthetic);
    readKey(in, "builtin", spec.builtin, NW_TEXT("Unknown built-in data set '%1'"), builtinDatasetFromString);
    readOptional(in, "path", spec.path, [](const JsonReader& r) { return r.string(); });
    if (const auto csv = in.find("csv")) readCsvOptions(*csv, spec.csv);
    if (const auto images = in.find("images")) readImageOptions(*images, spec.images);
    if (spec.source != DatasetSource::Synthetic && spec.source != DatasetSource::Builtin &&
        spec.path.empty() && !in.failed())
        in.fail(DiagCode::JsonMissing, Text(NW_TEXT("A data set read from files needs its 'path'")));
    readOptional(in, "validationFraction", spec.validationFraction, readFraction);
    readOptional(in, "testFraction", spec.testFraction, readFraction);
    if (spec.validationFraction + spec.testFraction >= 1 && !in.failed())
        in.fail(DiagCode::JsonValue,
                Text(NW_TEXT("The validation and test fractions leave no training data: together they "
                             "must be less than 1")));
    readOptional(in, "splitSeed", spec.splitSeed, [](const JsonReader& r) { return r.unsignedInteger(); });
    readKey(in, "scaling", spec.scaling, NW_TEXT("Unknown scaling '%1'"), scalingFromString);
}

void readFittedScaling(const JsonReader& in, FittedScaling& fitted) {
    in.allowOnly({"kind", "groupSize", "offset", "scale"});
    readKey(in, "kind", fitted.kind, NW_TEXT("Unknown scaling '%1'"), scalingFromString);
    fitted.groupSize = in.at("groupSize").integer(1, std::numeric_limits<int32_t>::max());
    for (const auto& [key, target] :
         {std::pair{"offset", &fitted.offset}, std::pair{"scale", &fitted.scale}}) {
        const JsonReader field = in.at(key);
        const std::string text = field.string();
        if (auto values = decodeFloats(text))
            *target = std::move(*values);
        else if (!in.failed())
            field.fail(DiagCode::JsonValue, Text(NW_TEXT("Not float32 values in base64")));
    }
    if (fitted.offset.size() != fitted.scale.size() && !in.failed())
        in.fail(DiagCode::JsonValue, Text(NW_TEXT("'offset' has %1 values but 'scale' has %2"),
                                          {fitted.offset.size(), fitted.scale.size()}));
}

void readTraining(const JsonReader& in, TrainingSettings& settings) {
    in.allowOnly({"loss", "optimizer", "batchSize", "epochs", "seed", "threads", "schedule", "earlyStopping",
                  "clipNorm"});
    readKey(in, "loss", settings.loss, NW_TEXT("Unknown loss '%1'"), lossKindFromString);
    if (const auto optimizer = in.find("optimizer")) readOptimizer(*optimizer, settings.optimizer);
    readOptional(in, "batchSize", settings.batchSize,
                 [](const JsonReader& r) { return r.integer(1, kMaxBatchSize); });
    readOptional(in, "epochs", settings.epochs, [](const JsonReader& r) { return r.integer(0, kMaxEpochs); });
    readOptional(in, "seed", settings.seed, [](const JsonReader& r) { return r.unsignedInteger(); });
    readOptional(in, "threads", settings.threads,
                 [](const JsonReader& r) { return r.integer(0, kMaxThreads); });
    if (const auto schedule = in.find("schedule")) readSchedule(*schedule, settings.schedule);
    if (const auto stopping = in.find("earlyStopping")) readEarlyStopping(*stopping, settings.earlyStopping);
    readOptional(in, "clipNorm", settings.clipNorm,
                 [](const JsonReader& r) { return r.number(0, kMaxClipNorm); });
}

void readHistory(const JsonReader& in, MetricHistory& history) {
    in.allowOnly({"epochs", "batchLosses"});
    if (const auto epochs = in.find("epochs"))
        for (const JsonReader& epoch : epochs->elements()) history.epochs.push_back(readEpoch(epoch));
    if (const auto losses = in.find("batchLosses")) {
        const std::string text = losses->string();
        if (auto values = decodeFloats(text))
            history.batchLosses = std::move(*values);
        else if (!in.failed())
            losses->fail(DiagCode::JsonValue, Text(NW_TEXT("Not float32 values in base64")));
    }
}

void readRun(const JsonReader& in, RunRecord& run) {
    in.allowOnly({"id", "startedAt", "outcome", "note", "graph", "dataset", "training", "history"});
    run.id = static_cast<int>(in.at("id").integer(1, std::numeric_limits<int>::max()));
    readOptional(in, "startedAt", run.startedAt, [](const JsonReader& r) { return r.string(); });
    readKey(in, "outcome", run.outcome, NW_TEXT("Unknown run outcome '%1'"), runOutcomeFromString);
    readOptional(in, "note", run.note, [](const JsonReader& r) { return r.string(); });
    readGraph(in.at("graph"), run.graph);
    if (const auto dataset = in.find("dataset")) readDataset(*dataset, run.dataset);
    if (const auto training = in.find("training")) readTraining(*training, run.training);
    if (const auto history = in.find("history")) readHistory(*history, run.history);
}

void readTrainingState(const JsonReader& in, TrainingState& state) {
    in.allowOnly({"optimizer", "optimizerSteps", "moments", "plannedEpochs", "scheduleEpochs", "epochBatches",
                  "epochLossSum", "epochCorrect"});
    readKey(in, "optimizer", state.optimizer.kind, NW_TEXT("Unknown optimizer '%1'"),
            optimizerKindFromString);
    constexpr int64_t kMaxCount = std::numeric_limits<int64_t>::max();
    readOptional(in, "optimizerSteps", state.optimizer.steps,
                 [](const JsonReader& r) { return r.integer(0, kMaxCount); });
    if (const auto moments = in.find("moments"))
        for (const JsonReader& slot : moments->elements()) {
            const std::string text = slot.string();
            if (auto values = decodeFloats(text))
                state.optimizer.moments.push_back(std::move(*values));
            else if (!in.failed())
                slot.fail(DiagCode::JsonValue, Text(NW_TEXT("Not float32 values in base64")));
        }
    const auto epochs = [](const JsonReader& r) { return r.integer(0, kMaxEpochs); };
    readOptional(in, "plannedEpochs", state.plannedEpochs, epochs);
    readOptional(in, "scheduleEpochs", state.scheduleEpochs, epochs);
    readOptional(in, "epochBatches", state.epochBatches,
                 [](const JsonReader& r) { return r.integer(0, kMaxCount); });
    readOptional(in, "epochLossSum", state.epochLossSum, [](const JsonReader& r) { return r.metric(); });
    readOptional(in, "epochCorrect", state.epochCorrect,
                 [](const JsonReader& r) { return r.integer(0, kMaxCount); });
}

} // namespace nw::io
