#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/lesson/lesson.h"

#include <QString>

namespace nw::gui {

// A goal in the interface's language: the lesson's own text when it has one (a lesson is written in
// one language), otherwise the engine's description (engine/lesson/goals.h describeGoal) through the
// translation system, with numbers as the locale writes them. In English both read the same.
QString goalInWords(const nw::LessonGoal& goal);

} // namespace nw::gui
