#include "engine/lesson/builtin_lessons.h"
#include "engine/lesson/lesson.h"

namespace nw {

const std::vector<Lesson>& builtinLessons() {
    // Parsed once. The tests parse every embedded file and fail on a broken one, so none is skipped
    // here in a build that passed them.
    static const std::vector<Lesson> lessons = [] {
        std::vector<Lesson> parsed;
        for (const EmbeddedLesson& file : embeddedLessons())
            if (Result<Lesson> lesson = parseLesson(file.text); lesson.ok())
                parsed.push_back(std::move(*lesson));
        return parsed;
    }();
    return lessons;
}

const Lesson* findBuiltinLesson(std::string_view id) {
    for (const Lesson& lesson : builtinLessons())
        if (lesson.id == id) return &lesson;
    return nullptr;
}

} // namespace nw
