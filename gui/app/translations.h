#pragma once

#include <QLocale>

class QCoreApplication;

namespace nw::gui {

// Installs the designer's translation for `locale` (built into the binary under :/i18n) and, where
// the system has them, Qt's own for its standard dialogs. Returns whether the designer's was found;
// English needs none.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale::system());

} // namespace nw::gui
