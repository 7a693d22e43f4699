#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QSettings;

namespace nw::gui {

// A language the designer speaks: its code ("de", "zh_CN") and its name in itself ("Deutsch").
struct InterfaceLanguage {
    QString code;
    QString name;
};

// English first, then every language with a translation.
QList<InterfaceLanguage> interfaceLanguages();

// Whether `code` is one of interfaceLanguages().
bool isInterfaceLanguage(const QString& code);

// The settings key of the chosen language's code; absent or empty: the system's language.
inline constexpr const char* kLanguageKey = "interface/language";

// The locale to speak: `requested` (from --lang) when given, else the one chosen in `settings`, else
// the system's. An unknown code falls back to the system's too.
QLocale interfaceLocale(const QString& requested, const QSettings& settings);

// The value of --lang in argv, read before the application parses its command line (its help text is
// already in the chosen language).
QString requestedLanguage(int argc, char* argv[]);

} // namespace nw::gui
