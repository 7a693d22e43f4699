#pragma once

// The designer in another language for a test's scope: its translations installed on construction,
// every translator removed again on destruction.

#include "gui/app/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace nw::gui::test {

struct Speaking {
    explicit Speaking(const QLocale& locale) : ok(installTranslations(*qApp, locale)) {}
    ~Speaking() {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    Speaking(const Speaking&) = delete;
    Speaking& operator=(const Speaking&) = delete;

    // Whether an installed translation has a non-empty entry for `text` in `context`.
    static bool hasEntry(const char* context, const char* text) {
        for (const QTranslator* translator : qApp->findChildren<QTranslator*>())
            if (!translator->translate(context, text).isEmpty()) return true;
        return false;
    }

    const bool ok; // whether the designer's own translation for the locale was found
};

} // namespace nw::gui::test
