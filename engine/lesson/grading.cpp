#include "engine/lesson/grading.h"

#include <algorithm>

namespace nw {

int Grade::met() const {
    return static_cast<int>(
        std::count_if(goals.begin(), goals.end(), [](const GoalResult& g) { return g.met; }));
}

std::vector<const LessonGoal*> gradedGoals(const Lesson& lesson, std::optional<size_t> step) {
    std::vector<const LessonGoal*> goals;
    const size_t index = step.value_or(lesson.steps.size() - 1);
    if (index < lesson.steps.size())
        for (const LessonGoal& goal : lesson.steps[index].goals) goals.push_back(&goal);
    return goals;
}

std::vector<std::filesystem::path> submissionFiles(std::span<const std::filesystem::path> paths) {
    std::vector<std::filesystem::path> files;
    for (const std::filesystem::path& path : paths) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::filesystem::path> inFolder;
        for (const auto& entry : std::filesystem::directory_iterator(path, error))
            if (entry.is_regular_file() && entry.path().extension() == ".nwproj")
                inFolder.push_back(entry.path());
        std::sort(inFolder.begin(), inFolder.end());
        files.insert(files.end(), inFolder.begin(), inFolder.end());
    }
    return files;
}

std::vector<Grade> gradeSubmissions(std::span<const LessonGoal* const> goals,
                                    std::span<const std::filesystem::path> files) {
    std::vector<Grade> grades;
    for (const std::filesystem::path& file : files) {
        Grade& grade = grades.emplace_back();
        grade.submission = file;
        const Result<Project> project = loadProject(file);
        if (!project.ok()) {
            grade.error = project.error().describe();
            continue;
        }
        for (const LessonGoal* goal : goals)
            grade.goals.push_back(evaluateGoal(*goal, {*project, project->history}));
    }
    return grades;
}

} // namespace nw
