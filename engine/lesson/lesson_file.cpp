#include "engine/io/file_io.h"
#include "engine/io/project_json.h"
#include "engine/layers/registry.h"
#include "engine/lesson/lesson.h"
#include "engine/train/setting_fields.h"

#include <algorithm>
#include <limits>

namespace nw {
namespace {

using io::JsonReader;

constexpr std::string_view kLessonFormatName = "neuroweave-lesson";
constexpr int64_t kLessonFormatVersion = 1;

constexpr std::pair<GoalKind, std::string_view> kGoalKinds[] = {
    {GoalKind::Metric, "metric"},
    {GoalKind::Parameters, "parameters"},
    {GoalKind::HiddenLayers, "hiddenLayers"},
    {GoalKind::Uses, "uses"},
    {GoalKind::Valid, "valid"},
    {GoalKind::LossBelow, "lossBelow"},
    {GoalKind::Setting, "setting"},
    {GoalKind::Trained, "trained"},
    {GoalKind::Outcome, "outcome"},
    {GoalKind::Runs, "runs"},
    {GoalKind::Steps, "steps"},
};

constexpr std::string_view kMetrics[] = {"validationAccuracy", "validationLoss", "trainAccuracy",
                                         "trainLoss"};

// Markdown as one string, or as a list of lines (easier to write in JSON), joined with line breaks.
std::string readText(const JsonReader& in) {
    if (!in.isArray()) return in.string();
    std::string text;
    for (const JsonReader& line : in.elements()) text += line.string() + "\n";
    return text;
}

std::vector<std::string> readStrings(const JsonReader& in) {
    std::vector<std::string> values;
    for (const JsonReader& e : in.elements()) values.push_back(e.string());
    return values;
}

void readBounds(const JsonReader& in, LessonGoal& goal) {
    if (const auto v = in.find("atLeast")) goal.atLeast = v->number();
    if (const auto v = in.find("atMost")) goal.atMost = v->number();
}

LessonGoal readGoal(const JsonReader& in) {
    LessonGoal goal;
    const JsonReader kindField = in.at("kind");
    const std::string kind = kindField.string();
    if (in.failed()) return goal;
    const std::optional<GoalKind> parsed = goalKindFromString(kind);
    if (!parsed) {
        std::string known;
        for (const auto& [k, name] : kGoalKinds) known += (known.empty() ? "" : ", ") + std::string(name);
        kindField.fail(DiagCode::JsonValue,
                       Text(NW_TEXT("Unknown goal kind '%1'; the kinds are %2"), {kind, known}));
        return goal;
    }
    goal.kind = *parsed;
    if (const auto text = in.find("text")) goal.text = text->string();
    switch (goal.kind) {
    case GoalKind::Metric: {
        in.allowOnly({"kind", "text", "metric", "atLeast", "atMost"});
        const JsonReader metric = in.at("metric");
        goal.name = metric.string();
        if (!in.failed() &&
            std::find(std::begin(kMetrics), std::end(kMetrics), goal.name) == std::end(kMetrics))
            metric.fail(DiagCode::JsonValue,
                        Text(NW_TEXT("Unknown metric '%1'; a goal can look at validationAccuracy, "
                                     "validationLoss, trainAccuracy or trainLoss"),
                             {goal.name}));
        readBounds(in, goal);
        break;
    }
    case GoalKind::Parameters:
    case GoalKind::HiddenLayers:
    case GoalKind::Trained:
    case GoalKind::Steps:
        in.allowOnly({"kind", "text", "atLeast", "atMost"});
        readBounds(in, goal);
        break;
    case GoalKind::Uses: {
        in.allowOnly({"kind", "text", "layer", "atLeast", "atMost"});
        const JsonReader layer = in.at("layer");
        const std::string name = layer.string();
        if (const LayerInfo* info = layerRegistry().find(name))
            goal.layer = info->kind;
        else if (!in.failed())
            layer.fail(DiagCode::UnknownLayerKind, Text(NW_TEXT("Unknown layer kind '%1'"), {name}));
        readBounds(in, goal);
        break;
    }
    case GoalKind::Valid: in.allowOnly({"kind", "text"}); break;
    case GoalKind::LossBelow:
        in.allowOnly({"kind", "text", "below", "withinSteps"});
        goal.atMost = in.at("below").number();
        if (const auto steps = in.find("withinSteps")) goal.withinSteps = steps->integer(1);
        break;
    case GoalKind::Setting:
    case GoalKind::Runs:
        in.allowOnly({"kind", "text", "setting", "atLeast", "atMost", "equals"});
        // A Runs goal counts every run without one.
        if (const std::optional<JsonReader> setting =
                goal.kind == GoalKind::Setting ? std::optional(in.at("setting")) : in.find("setting")) {
            goal.name = setting->string();
            if (!in.failed() && !findSettingField(goal.name))
                setting->fail(DiagCode::JsonValue, Text(NW_TEXT("Unknown setting '%1'"), {goal.name}));
        }
        if (const auto equals = in.find("equals")) goal.equals = equals->string();
        readBounds(in, goal);
        break;
    case GoalKind::Outcome: {
        in.allowOnly({"kind", "text", "outcome"});
        const JsonReader outcome = in.at("outcome");
        const std::string name = outcome.string();
        if (const auto parsedOutcome = runOutcomeFromString(name))
            goal.outcome = *parsedOutcome;
        else if (!in.failed())
            outcome.fail(DiagCode::JsonValue,
                         Text(NW_TEXT("Unknown outcome '%1'; a run ends completed, stopped, early-stopped or "
                                      "diverged"),
                              {name}));
        break;
    }
    }
    return goal;
}

LessonSolution readSolution(const JsonReader& in) {
    in.allowOnly({"graph", "set", "enable", "disable", "train"});
    LessonSolution solution;
    if (const auto graph = in.find("graph")) io::readGraph(*graph, solution.graph.emplace());
    if (const auto set = in.find("set")) solution.settings = readStrings(*set);
    if (const auto enable = in.find("enable")) solution.enable = readStrings(*enable);
    if (const auto disable = in.find("disable")) solution.disable = readStrings(*disable);
    if (const auto train = in.find("train")) {
        const std::string how = train->string();
        if (how == "fresh")
            solution.train = LessonSolution::Train::Fresh;
        else if (how == "continue")
            solution.train = LessonSolution::Train::Continue;
        else if (how != "no" && !in.failed())
            train->fail(DiagCode::JsonValue,
                        Text(NW_TEXT("'train' is fresh, continue or no, not '%1'"), {how}));
    }
    return solution;
}

AssignmentLocks readAssignment(const JsonReader& in) {
    in.allowOnly({"locked", "layers"});
    AssignmentLocks locks;
    if (const auto locked = in.find("locked"))
        for (const JsonReader& control : locked->elements()) {
            std::string name = control.string();
            if (!in.failed() && name != "dataset" && !findSettingField(name))
                control.fail(DiagCode::JsonValue,
                             Text(NW_TEXT("'%1' is not a control an assignment can lock: a training setting "
                                          "(as train --set names it) or 'dataset'"),
                                  {name}));
            locks.locked.push_back(std::move(name));
        }
    if (const auto layers = in.find("layers")) {
        auto& kinds = locks.layers.emplace();
        for (const JsonReader& layer : layers->elements()) {
            const std::string name = layer.string();
            if (const LayerInfo* info = layerRegistry().find(name))
                kinds.push_back(info->kind);
            else if (!in.failed())
                layer.fail(DiagCode::UnknownLayerKind, Text(NW_TEXT("Unknown layer kind '%1'"), {name}));
        }
    }
    return locks;
}

LessonStep readStep(const JsonReader& in) {
    in.allowOnly({"title", "text", "hints", "goals", "solution"});
    LessonStep step;
    step.title = in.at("title").string();
    step.text = readText(in.at("text"));
    if (const auto hints = in.find("hints")) step.hints = readStrings(*hints);
    if (const auto goals = in.find("goals"))
        for (const JsonReader& goal : goals->elements()) step.goals.push_back(readGoal(goal));
    if (const auto solution = in.find("solution")) step.solution = readSolution(*solution);
    return step;
}

} // namespace

std::string_view toString(GoalKind kind) {
    for (const auto& [k, name] : kGoalKinds)
        if (k == kind) return name;
    return "unknown";
}

std::optional<GoalKind> goalKindFromString(std::string_view name) {
    for (const auto& [kind, n] : kGoalKinds)
        if (n == name) return kind;
    return std::nullopt;
}

Result<Lesson> parseLesson(std::string_view text) {
    Result<io::Json> document = io::parseJson(text);
    if (!document.ok()) return document.error();
    JsonReader::Problem problem;
    const JsonReader root(*document, problem);
    const JsonReader format = root.at("format");
    if (const std::string name = format.string(); !root.failed() && name != kLessonFormatName)
        format.fail(DiagCode::JsonValue,
                    Text(NW_TEXT("This is not a Neuroweave lesson: 'format' is '%1'"), {name}));
    const JsonReader version = root.at("version");
    if (const int64_t v = version.integer(1, std::numeric_limits<int32_t>::max());
        !root.failed() && v > kLessonFormatVersion)
        version.fail(
            DiagCode::UnsupportedVersion,
            Text(NW_TEXT("The lesson is in format version %1, made by a newer Neuroweave; this build "
                         "reads version %2"),
                 {v, kLessonFormatVersion}));
    root.allowOnly(
        {"format", "version", "id", "title", "summary", "minutes", "project", "steps", "assignment"});
    Lesson lesson;
    lesson.id = root.at("id").string();
    lesson.title = root.at("title").string();
    if (const auto summary = root.find("summary")) lesson.summary = summary->string();
    if (const auto minutes = root.find("minutes"))
        lesson.minutes = static_cast<int>(minutes->integer(1, 600));
    lesson.project = io::readProject(root.at("project"));
    const JsonReader steps = root.at("steps");
    for (const JsonReader& step : steps.elements()) lesson.steps.push_back(readStep(step));
    if (!root.failed() && lesson.steps.empty())
        steps.fail(DiagCode::JsonValue, Text(NW_TEXT("A lesson needs at least one step")));
    if (const auto assignment = root.find("assignment")) lesson.assignment = readAssignment(*assignment);
    if (problem.first) return *problem.first;
    return lesson;
}

Result<Lesson> loadLesson(const std::filesystem::path& path) {
    Result<std::string> text = io::readFile(path);
    if (!text.ok()) return text.error();
    Result<Lesson> lesson = parseLesson(*text);
    if (!lesson.ok()) return lesson;
    DatasetSpec& data = lesson->project.dataset;
    if (!data.path.empty())
        data.path = resolvedDataPath(data, std::filesystem::absolute(path).lexically_normal().parent_path())
                        .generic_string();
    return lesson;
}

} // namespace nw
