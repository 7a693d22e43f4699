#include "gui/lessons/lesson_text.h"

#include <QCoreApplication>

namespace nw::gui {

QString lessonText(const std::string& text) {
    if (text.empty()) return {};
    return QCoreApplication::translate("Lesson", text.c_str());
}

} // namespace nw::gui
