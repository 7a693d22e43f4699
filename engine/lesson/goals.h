#pragma once

// The goal evaluator: whether a lesson's goal holds in a given state. Qt-free, so the designer's
// Lessons panel (on the live state) and `neuroweave-cli lesson check` (on handed-in projects) agree.

#include "engine/lesson/lesson.h"

#include <string>

namespace nw {

// What a goal looks at: the project (network, settings, runs) and the current run's history; the
// designer passes the history of the run under way.
struct GoalState {
    const Project& project;
    const MetricHistory& history;
};

struct GoalResult {
    bool met = false;
    std::string now; // the value measured, in words: "87.5%", "3 hidden layers", "not trained yet"
};

GoalResult evaluateGoal(const LessonGoal& goal, const GoalState& state);

// The goal in words, for a goal without its own text: "Validation accuracy at least 90%".
std::string describeGoal(const LessonGoal& goal);

// The goal's own text, or its description.
inline std::string goalText(const LessonGoal& goal) {
    return goal.text.empty() ? describeGoal(goal) : goal.text;
}

} // namespace nw
