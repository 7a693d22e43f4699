#include "commands.h"
#include "format.h"
#include "report.h"

#include "engine/io/csv_writer.h"
#include "engine/lesson/grading.h"
#include "engine/lesson/lesson.h"

#include <iostream>

namespace nw::cli {
namespace {

CommandSpec lessonSpec() {
    return CommandSpec{
        .name = "lesson",
        .positionals = "list | show LESSON | check LESSON SUBMISSION...",
        .minPositionals = 1,
        .maxPositionals = 1'000'000,
        .summary = "Lists the built-in lessons, shows one, or grades handed-in projects against a\n"
                   "lesson's goals.",
        .options = {{"csv", 0, "", "check: print the table as CSV instead"},
                    {"step", 0, "N",
                     "check: grade the goals of step N (1 is the first); default: the last step"},
                    {"output", 'o', "FILE", "show: also write the lesson's starting project to FILE"}},
        .details = "LESSON is a built-in lesson's id (see 'lesson list') or a .nwlesson file, such as an\n"
                   "assignment a teacher saved. SUBMISSION is a .nwproj file or a folder: every .nwproj\n"
                   "in it is graded. 'check' evaluates the goals of the lesson's last step (what the\n"
                   "finished lesson asks for; --step N for another) on each project as it was handed in\n"
                   "(its network, settings, runs and stored history) and prints one row per submission,\n"
                   "a column per goal (+ met, - not met) and the number met; the goals and the files that\n"
                   "could not be read are listed under the table.\n",
    };
}

Result<Lesson> findLesson(const std::string& name) {
    if (name.ends_with(".nwlesson") || std::filesystem::exists(name)) return loadLesson(name);
    if (const Lesson* lesson = findBuiltinLesson(name)) return *lesson;
    std::string known;
    for (const Lesson& lesson : builtinLessons()) known += (known.empty() ? "" : ", ") + lesson.id;
    return Diagnostic{DiagCode::FileNotFound, "No lesson '" + name +
                                                  "': give a .nwlesson file or one of the "
                                                  "built-in lessons: " +
                                                  known};
}

int listLessons() {
    Table table({{"lesson"}, {"minutes", Align::Right}, {"steps", Align::Right}, {"title"}});
    for (const Lesson& lesson : builtinLessons())
        table.addRow(
            {lesson.id, std::to_string(lesson.minutes), std::to_string(lesson.steps.size()), lesson.title});
    std::cout << table.render();
    return kExitOk;
}

int showLesson(const Lesson& lesson, const std::optional<std::string>& output) {
    std::cout << lesson.title << " (" << lesson.id << ", about " << lesson.minutes << " minutes)\n"
              << lesson.summary << "\n";
    int number = 0;
    for (const LessonStep& step : lesson.steps) {
        std::cout << "\n" << ++number << ". " << step.title << "\n";
        for (const LessonGoal& goal : step.goals) std::cout << "   goal: " << goalText(goal) << "\n";
    }
    if (output) {
        if (Status saved = saveProject(lesson.project, *output); !saved.ok()) {
            reportError(*output, saved.error());
            return kExitInvalid;
        }
        std::cout << "\nWrote the starting project to " << *output << "\n";
    }
    return kExitOk;
}

int checkSubmissions(const Lesson& lesson, size_t step, std::span<const std::string> names, bool csv) {
    std::vector<std::filesystem::path> paths(names.begin(), names.end());
    const std::vector<std::filesystem::path> files = submissionFiles(paths);
    const std::vector<const LessonGoal*> goals = gradedGoals(lesson, step);
    const std::vector<Grade> grades = gradeSubmissions(goals, files);
    if (csv) {
        std::vector<std::string> header = {"submission"};
        for (const LessonGoal* goal : goals) header.push_back(goalText(*goal));
        header.insert(header.end(), {"met", "error"});
        std::cout << io::csvLine(header);
        for (const Grade& grade : grades) {
            std::vector<std::string> row = {grade.submission.string()};
            for (size_t i = 0; i < goals.size(); ++i)
                row.push_back(
                    grade.error ? "" : (grade.goals[i].met ? "met: " : "not met: ") + grade.goals[i].now);
            row.push_back(grade.error ? "" : std::to_string(grade.met()));
            row.push_back(grade.error.value_or(""));
            std::cout << io::csvLine(row);
        }
        return kExitOk;
    }
    std::vector<Table::Column> columns = {{"submission"}};
    for (size_t i = 0; i < goals.size(); ++i) columns.push_back({std::to_string(i + 1), Align::Right});
    columns.push_back({"met", Align::Right});
    Table table(std::move(columns));
    for (const Grade& grade : grades) {
        std::vector<std::string> row = {grade.submission.filename().string()};
        for (size_t i = 0; i < goals.size(); ++i)
            row.push_back(grade.error ? "" : grade.goals[i].met ? "+" : "-");
        row.push_back(grade.error ? "unreadable"
                                  : std::to_string(grade.met()) + "/" + std::to_string(goals.size()));
        table.addRow(std::move(row));
    }
    std::cout << table.render() << "\nGoals of " << lesson.title << ", step " << step + 1 << " ("
              << lesson.steps[step].title << "):\n";
    for (size_t i = 0; i < goals.size(); ++i)
        std::cout << "  " << i + 1 << "  " << goalText(*goals[i]) << "\n";
    for (const Grade& grade : grades)
        if (grade.error)
            std::cout << "Unreadable: " << grade.submission.string() << ": " << *grade.error << "\n";
    if (files.empty()) std::cout << "No .nwproj files among the submissions given.\n";
    return kExitOk;
}

} // namespace

int runLesson(std::span<const std::string> args) {
    const CommandSpec spec = lessonSpec();
    int exitCode = kExitOk;
    std::optional<ParsedArgs> parsed = parseOrReport(spec, args, exitCode);
    if (!parsed) return exitCode;
    const std::vector<std::string>& words = parsed->positionals;
    const std::string& action = words.front();
    const auto usage = [&](const std::string& message) { return reportUsage(spec, UsageError{message}); };
    if (action == "list")
        return words.size() == 1 ? listLessons() : usage("'lesson list' takes no arguments");
    if (action != "show" && action != "check")
        return usage("unknown lesson action '" + action + "': list, show or check");
    if (words.size() < 2) return usage("'lesson " + action + "' needs a LESSON");
    Result<Lesson> lesson = findLesson(words[1]);
    if (!lesson.ok()) {
        reportError(words[1], lesson.error());
        return kExitInvalid;
    }
    if (action == "show")
        return words.size() == 2 ? showLesson(*lesson, parsed->value("output"))
                                 : usage("'lesson show' takes one LESSON");
    if (words.size() < 3)
        return usage("'lesson check' needs at least one SUBMISSION (a .nwproj file or a folder)");
    size_t step = lesson->steps.size() - 1;
    if (const auto text = parsed->value("step")) {
        const auto n = parseInteger("step", *text, 1, static_cast<int64_t>(lesson->steps.size()));
        if (const auto* e = std::get_if<UsageError>(&n)) return reportUsage(spec, *e);
        step = static_cast<size_t>(std::get<int64_t>(n) - 1);
    }
    return checkSubmissions(*lesson, step, std::span(words).subspan(2), parsed->has("csv"));
}

} // namespace nw::cli
