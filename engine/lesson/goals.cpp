#include "engine/lesson/goals.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"
#include "engine/train/session.h"
#include "engine/train/setting_fields.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace nw {
namespace {

bool isAccuracy(const std::string& metric) { return metric.find("Accuracy") != std::string::npos; }

std::string formatValue(double value, bool percent) {
    char text[32];
    if (percent)
        std::snprintf(text, sizeof text, "%.1f%%", 100 * value);
    else
        std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

std::string metricWords(const std::string& metric) {
    if (metric == "validationAccuracy") return "Validation accuracy";
    if (metric == "validationLoss") return "Validation loss";
    if (metric == "trainAccuracy") return "Training accuracy";
    if (metric == "trainLoss") return "Training loss";
    return metric;
}

// "at least 90%", "at most 500", "between 2 and 3"
std::string boundsWords(const LessonGoal& goal, bool percent) {
    if (goal.atLeast && goal.atMost) {
        if (*goal.atLeast == *goal.atMost) return formatValue(*goal.atLeast, percent);
        return "between " + formatValue(*goal.atLeast, percent) + " and " +
               formatValue(*goal.atMost, percent);
    }
    if (goal.atLeast) return "at least " + formatValue(*goal.atLeast, percent);
    if (goal.atMost) return "at most " + formatValue(*goal.atMost, percent);
    return "any";
}

bool withinBounds(const LessonGoal& goal, double value) {
    if (std::isnan(value)) return false;
    return (!goal.atLeast || value >= *goal.atLeast) && (!goal.atMost || value <= *goal.atMost);
}

std::optional<double> metricOf(const EpochMetrics& e, const std::string& metric) {
    if (metric == "validationAccuracy") return e.validationAccuracy;
    if (metric == "validationLoss") return e.validationLoss;
    if (metric == "trainAccuracy") return e.trainAccuracy;
    if (metric == "trainLoss") return e.trainLoss;
    return std::nullopt;
}

std::optional<double> numberOf(const std::string& text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

int64_t enabledLayers(const Graph& graph, LayerKind kind) {
    int64_t count = 0;
    for (const Node& node : graph.nodes())
        if (node.kind == kind && node.enabled) ++count;
    return count;
}

const RunRecord* currentRun(const Project& project) {
    for (const RunRecord& run : project.runs)
        if (project.currentRun == run.id) return &run;
    return nullptr;
}

std::string plural(int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string describeGoal(const LessonGoal& goal) {
    switch (goal.kind) {
    case GoalKind::Metric: return metricWords(goal.name) + " " + boundsWords(goal, isAccuracy(goal.name));
    case GoalKind::Parameters: return "Trainable parameters: " + boundsWords(goal, false);
    case GoalKind::HiddenLayers: return "Hidden layers: " + boundsWords(goal, false);
    case GoalKind::Uses: {
        const std::string& kind = layerRegistry().info(goal.layer).name;
        if (goal.atMost && *goal.atMost == 0) return "No " + kind + " layer";
        if (!goal.atMost && (!goal.atLeast || *goal.atLeast <= 1)) return "Uses a " + kind + " layer";
        return kind + " layers: " + boundsWords(goal, false);
    }
    case GoalKind::Valid: return "The network has no problems";
    case GoalKind::LossBelow:
        return "The loss goes below " + formatValue(goal.atMost.value_or(0), false) +
               (goal.withinSteps > 0 ? " within " + plural(goal.withinSteps, "step", "steps")
                                     : std::string());
    case GoalKind::Setting:
        return goal.name + " " + (goal.equals.empty() ? boundsWords(goal, false) : "is " + goal.equals);
    case GoalKind::Trained:
        return "Trained for " + boundsWords(goal, false) +
               (goal.atLeast == 1.0 && !goal.atMost ? " epoch" : " epochs");
    case GoalKind::Steps:
        return "Trained for " + boundsWords(goal, false) +
               (goal.atLeast == 1.0 && !goal.atMost ? " step" : " steps");
    case GoalKind::Outcome: return "The run ends " + std::string(toString(goal.outcome));
    case GoalKind::Runs:
        return goal.name.empty() ? "Runs: " + boundsWords(goal, false)
                                 : "Runs with different " + goal.name + ": " + boundsWords(goal, false);
    }
    return {};
}

namespace {

// Goals on the training's results count only for the network as it is: after an edit the results
// belong to another network, and a student must train the changed one.
bool looksAtResults(GoalKind kind) {
    switch (kind) {
    case GoalKind::Metric:
    case GoalKind::LossBelow:
    case GoalKind::Trained:
    case GoalKind::Steps:
    case GoalKind::Outcome: return true;
    default: return false;
    }
}

// Goals on the network's structure count only for a network without problems: a layer left
// unconnected is not a hidden layer, and a broken network has no parameter count yet.
bool looksAtStructure(GoalKind kind) {
    return kind == GoalKind::Parameters || kind == GoalKind::HiddenLayers || kind == GoalKind::Uses;
}

} // namespace

GoalResult evaluateGoal(const LessonGoal& goal, const GoalState& state) {
    const Project& project = state.project;
    const MetricHistory& history = state.history;
    if (looksAtResults(goal.kind) && TrainingSession::networkChangedSinceTraining(project))
        return {false, "the network changed since it was trained"};
    if (looksAtStructure(goal.kind)) {
        const GraphAnalysis analysis = analyzeGraph(project.graph);
        if (!analysis.valid())
            return {false, "the network has " + plural(static_cast<int64_t>(analysis.diagnostics.size()),
                                                       "problem", "problems")};
    }
    switch (goal.kind) {
    case GoalKind::Metric: {
        if (history.epochs.empty()) return {false, "not trained yet"};
        const std::optional<double> value = metricOf(history.epochs.back(), goal.name);
        if (!value || std::isnan(*value)) return {false, "not measured"};
        return {withinBounds(goal, *value), formatValue(*value, isAccuracy(goal.name))};
    }
    case GoalKind::Parameters: {
        const GraphAnalysis analysis = analyzeGraph(project.graph);
        return {withinBounds(goal, static_cast<double>(analysis.totalParams)),
                plural(analysis.totalParams, "parameter", "parameters")};
    }
    case GoalKind::HiddenLayers: {
        const int64_t weighted =
            enabledLayers(project.graph, LayerKind::Dense) + enabledLayers(project.graph, LayerKind::Conv2D);
        const int64_t hidden = std::max<int64_t>(0, weighted - 1);
        return {withinBounds(goal, static_cast<double>(hidden)),
                plural(hidden, "hidden layer", "hidden layers")};
    }
    case GoalKind::Uses: {
        const int64_t count = enabledLayers(project.graph, goal.layer);
        LessonGoal bounds = goal;
        if (!bounds.atLeast && !bounds.atMost) bounds.atLeast = 1;
        return {withinBounds(bounds, static_cast<double>(count)),
                plural(count, (layerRegistry().info(goal.layer).name + " layer").c_str(),
                       (layerRegistry().info(goal.layer).name + " layers").c_str())};
    }
    case GoalKind::Valid: {
        if (project.graph.nodes().empty()) return {false, "no layers"};
        const GraphAnalysis analysis = analyzeGraph(project.graph);
        return {analysis.valid(), analysis.valid() ? "no problems"
                                                   : plural(static_cast<int64_t>(analysis.diagnostics.size()),
                                                            "problem", "problems")};
    }
    case GoalKind::LossBelow: {
        const size_t steps = goal.withinSteps > 0
                                 ? std::min(history.batchLosses.size(), static_cast<size_t>(goal.withinSteps))
                                 : history.batchLosses.size();
        if (steps == 0) return {false, "not trained yet"};
        float lowest = history.batchLosses.front();
        for (size_t i = 0; i < steps; ++i)
            if (!std::isnan(history.batchLosses[i])) lowest = std::min(lowest, history.batchLosses[i]);
        return {static_cast<double>(lowest) < goal.atMost.value_or(0),
                "lowest " + formatValue(lowest, false)};
    }
    case GoalKind::Setting: {
        const SettingField* field = findSettingField(goal.name);
        if (!field) return {false, "no setting " + goal.name};
        const std::string value = field->get(project.training);
        if (!goal.equals.empty()) return {value == goal.equals, value};
        const std::optional<double> number = numberOf(value);
        return {number && withinBounds(goal, *number), value};
    }
    case GoalKind::Trained: {
        const auto epochs = static_cast<int64_t>(history.epochs.size());
        return {withinBounds(goal, static_cast<double>(epochs)), plural(epochs, "epoch", "epochs")};
    }
    case GoalKind::Steps: {
        const auto steps = static_cast<int64_t>(history.batchLosses.size());
        return {withinBounds(goal, static_cast<double>(steps)), plural(steps, "step", "steps")};
    }
    case GoalKind::Outcome: {
        const RunRecord* run = currentRun(project);
        if (!run) return {false, "no run yet"};
        return {run->outcome == goal.outcome, std::string(toString(run->outcome))};
    }
    case GoalKind::Runs: {
        int64_t count = static_cast<int64_t>(project.runs.size());
        if (!goal.name.empty()) {
            const SettingField* field = findSettingField(goal.name);
            if (!field) return {false, "no setting " + goal.name};
            std::set<std::string> values;
            for (const RunRecord& run : project.runs) values.insert(field->get(run.training));
            count = static_cast<int64_t>(values.size());
        }
        return {withinBounds(goal, static_cast<double>(count)), plural(count, "run", "runs")};
    }
    }
    return {};
}

} // namespace nw
