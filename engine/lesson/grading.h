#pragma once

// Grading hand-ins against a lesson's goals: `neuroweave-cli lesson check` prints this table.

#include "engine/lesson/goals.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nw {

struct Grade {
    std::filesystem::path submission;
    std::optional<std::string> error; // the file could not be read: why
    std::vector<GoalResult> goals;    // one per goal graded, in order
    int met() const;
};

// The goals a hand-in is graded on: those of step `step` (0-based), by default the last step's, which
// is what the finished lesson (or an assignment, usually of one step) asks for.
std::vector<const LessonGoal*> gradedGoals(const Lesson& lesson, std::optional<size_t> step = std::nullopt);

// The .nwproj files `paths` name: files as given, folders by the projects directly in them (sorted).
std::vector<std::filesystem::path> submissionFiles(std::span<const std::filesystem::path> paths);

// Reads each submission and evaluates `goals` on it (its network, settings, runs and stored history).
std::vector<Grade> gradeSubmissions(std::span<const LessonGoal* const> goals,
                                    std::span<const std::filesystem::path> files);

} // namespace nw
