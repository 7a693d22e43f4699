#pragma once

#include <QString>

#include <string>

namespace nw::gui {

// A text of a lesson (title, summary, step text, hint, goal text) in the designer's language. The
// built-in lessons' texts are in the .ts files under context "Lesson" (cmake/lesson_strings.cmake);
// a teacher's own lesson is shown as written.
QString lessonText(const std::string& text);

} // namespace nw::gui
