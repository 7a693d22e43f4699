#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/lesson/goals.h"

#include <vector>

namespace nw::gui {

// The lesson being played: which step is shown, how many of its hints are revealed, and its goals
// evaluated on the state the dock passes in.
struct LessonSession {
    Lesson lesson;
    int step = 0;
    int hintsShown = 0;

    const LessonStep& current() const { return lesson.steps[static_cast<size_t>(step)]; }
    int stepCount() const { return static_cast<int>(lesson.steps.size()); }
    std::vector<GoalResult> evaluate(const GoalState& state) const {
        std::vector<GoalResult> results;
        for (const LessonGoal& goal : current().goals) results.push_back(evaluateGoal(goal, state));
        return results;
    }
};

} // namespace nw::gui
