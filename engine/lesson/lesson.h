#pragma once

// A lesson: a title, steps of short Markdown text with goals that check themselves on the live
// state, hints, and a starting project. The format is docs/lessons.md; the Lessons panel plays
// lessons, `neuroweave-cli lesson` lists and checks them, and every built-in lesson carries a scripted
// solution that the tests run.

#include "engine/core/diagnostic.h"
#include "engine/io/project.h"
#include "engine/layers/layer_kind.h"
#include "engine/train/run_record.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nw {

enum class GoalKind {
    Metric,       // the latest epoch's metric (validationAccuracy, validationLoss, trainAccuracy, trainLoss)
    Parameters,   // the network's trainable parameters
    HiddenLayers, // Dense and Conv2D layers besides the one that makes the output
    Uses,         // enabled layers of one kind
    Valid,        // the network has no problem (a shape error fixed)
    LossBelow,    // a step's loss went below a value within the run's first steps
    Setting,      // a training setting's value
    Trained,      // epochs trained in the current run
    Steps,        // steps (mini-batches) trained in the current run
    Outcome,      // how the current run ended (diverged, completed, ...)
    Runs,         // runs in the project, optionally with distinct values of a setting
};

std::string_view toString(GoalKind kind);
std::optional<GoalKind> goalKindFromString(std::string_view name);

struct LessonGoal {
    GoalKind kind = GoalKind::Valid;
    std::string text;                           // as the lesson words it; empty: describeGoal
    std::string name;                           // Metric: the metric; Setting and Runs: the setting
    LayerKind layer{};                          // Uses
    std::optional<double> atLeast;              // the value must be ≥ this ...
    std::optional<double> atMost;               // ... and/or ≤ this
    std::string equals;                         // Setting: a value that is not a number ("adam")
    int64_t withinSteps = 0;                    // LossBelow: the steps counted; 0: every step
    RunOutcome outcome = RunOutcome::Completed; // Outcome
    bool operator==(const LessonGoal&) const = default;
};

// How a step's scripted solution reaches its goals: the tests run it, so a lesson whose goals cannot
// be met fails the suite.
struct LessonSolution {
    std::optional<Graph> graph;        // replaces the network
    std::vector<std::string> settings; // "NAME=VALUE", as `train --set` takes them
    std::vector<std::string> enable;   // layers switched on by name
    std::vector<std::string> disable;  // and off
    enum class Train { No, Fresh, Continue } train = Train::No;
    bool operator==(const LessonSolution&) const = default;
};

struct LessonStep {
    std::string title;
    std::string text; // Markdown
    std::vector<std::string> hints;
    std::vector<LessonGoal> goals;
    std::optional<LessonSolution> solution;
    bool operator==(const LessonStep&) const = default;
};

// What an assignment keeps students from changing: the controls a teacher locked and the layer
// kinds they may use (all when not given).
struct AssignmentLocks {
    std::vector<std::string> locked; // training setting names (as `train --set` takes them) and "dataset"
    std::optional<std::vector<LayerKind>> layers;
    bool isLocked(std::string_view control) const {
        for (const std::string& name : locked)
            if (name == control) return true;
        return false;
    }
    bool allows(LayerKind kind) const {
        if (!layers) return true;
        for (const LayerKind allowed : *layers)
            if (allowed == kind) return true;
        return false;
    }
    bool operator==(const AssignmentLocks&) const = default;
};

struct Lesson {
    std::string id; // stable, lower-case: "xor"
    std::string title;
    std::string summary; // one sentence for the list
    int minutes = 45;    // how long the lesson takes in class
    Project project;     // the starting project
    std::vector<LessonStep> steps;
    // Set for an assignment: a lesson handed out with some controls locked.
    std::optional<AssignmentLocks> assignment;
    bool operator==(const Lesson&) const = default;
};

// Reads .nwlesson text. Problems are located by JSON path ("/steps/2/goals/0/atLeast"), as the
// project reader does; the starting project's under "/project".
Result<Lesson> parseLesson(std::string_view text);
// Reads a .nwlesson file; a relative data path of its project resolves against the file's folder.
Result<Lesson> loadLesson(const std::filesystem::path& path);
// The lesson as .nwlesson text, which parseLesson reads back to an equal lesson.
std::string serializeLesson(const Lesson& lesson);
// Writes atomically, as saveProject does (the project's data path stored relative to the file).
Status saveLesson(const Lesson& lesson, const std::filesystem::path& path);

// The lessons that come with Neuroweave (resources/lessons, built into the program), in teaching order.
const std::vector<Lesson>& builtinLessons();
const Lesson* findBuiltinLesson(std::string_view id);

} // namespace nw
