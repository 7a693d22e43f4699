#include "engine/data/dataset_spec.h"
#include "engine/io/file_io.h"
#include "engine/io/json_writer.h"
#include "engine/io/project_json.h"
#include "engine/layers/registry.h"
#include "engine/lesson/lesson.h"

namespace nw {
namespace {

using io::Json;

// Markdown ending in a line break is written as its lines (as lessons are written by hand).
Json writeText(const std::string& text) {
    if (text.empty() || text.back() != '\n') return text;
    Json lines = Json::array();
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

Json writeGoal(const LessonGoal& goal) {
    Json out = Json::object();
    out["kind"] = std::string(toString(goal.kind));
    if (!goal.text.empty()) out["text"] = goal.text;
    switch (goal.kind) {
    case GoalKind::Metric: out["metric"] = goal.name; break;
    case GoalKind::Uses: out["layer"] = layerRegistry().info(goal.layer).name; break;
    case GoalKind::Setting:
    case GoalKind::Runs:
        if (!goal.name.empty()) out["setting"] = goal.name;
        if (!goal.equals.empty()) out["equals"] = goal.equals;
        break;
    case GoalKind::Outcome: out["outcome"] = std::string(toString(goal.outcome)); break;
    case GoalKind::LossBelow:
        out["below"] = goal.atMost.value_or(0);
        if (goal.withinSteps > 0) out["withinSteps"] = goal.withinSteps;
        return out;
    default: break;
    }
    if (goal.atLeast) out["atLeast"] = *goal.atLeast;
    if (goal.atMost) out["atMost"] = *goal.atMost;
    return out;
}

Json writeSolution(const LessonSolution& solution) {
    Json out = Json::object();
    if (solution.graph) out["graph"] = io::writeGraph(*solution.graph);
    if (!solution.settings.empty()) out["set"] = solution.settings;
    if (!solution.enable.empty()) out["enable"] = solution.enable;
    if (!solution.disable.empty()) out["disable"] = solution.disable;
    out["train"] = solution.train == LessonSolution::Train::Fresh      ? "fresh"
                   : solution.train == LessonSolution::Train::Continue ? "continue"
                                                                       : "no";
    return out;
}

} // namespace

std::string serializeLesson(const Lesson& lesson) {
    Json doc = Json::object();
    doc["format"] = "neuroweave-lesson";
    doc["version"] = 1;
    doc["id"] = lesson.id;
    doc["title"] = lesson.title;
    if (!lesson.summary.empty()) doc["summary"] = lesson.summary;
    doc["minutes"] = lesson.minutes;
    if (lesson.assignment) {
        Json assignment = Json::object();
        assignment["locked"] = lesson.assignment->locked;
        if (lesson.assignment->layers) {
            Json layers = Json::array();
            for (const LayerKind kind : *lesson.assignment->layers)
                layers.push_back(layerRegistry().info(kind).name);
            assignment["layers"] = std::move(layers);
        }
        doc["assignment"] = std::move(assignment);
    }
    doc["project"] = io::writeProject(lesson.project);
    Json steps = Json::array();
    for (const LessonStep& step : lesson.steps) {
        Json out = Json::object();
        out["title"] = step.title;
        out["text"] = writeText(step.text);
        if (!step.hints.empty()) out["hints"] = step.hints;
        Json goals = Json::array();
        for (const LessonGoal& goal : step.goals) goals.push_back(writeGoal(goal));
        out["goals"] = std::move(goals);
        if (step.solution) out["solution"] = writeSolution(*step.solution);
        steps.push_back(std::move(out));
    }
    doc["steps"] = std::move(steps);
    return io::formatJson(doc);
}

Status saveLesson(const Lesson& lesson, const std::filesystem::path& path) {
    Lesson stored = lesson;
    DatasetSpec& data = stored.project.dataset;
    if (!data.path.empty())
        data.path =
            portableDataPath(data.path, std::filesystem::absolute(path).lexically_normal().parent_path());
    return io::writeFileAtomically(path, serializeLesson(stored));
}

} // namespace nw
