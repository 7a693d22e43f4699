#include "gui/app/language.h"

#include <QSettings>

namespace nw::gui {

QList<InterfaceLanguage> interfaceLanguages() {
    // Names as each language writes itself, so a person finds theirs whatever is shown now.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}};
}

bool isInterfaceLanguage(const QString& code) {
    for (const InterfaceLanguage& language : interfaceLanguages())
        if (language.code == code) return true;
    return false;
}

QLocale interfaceLocale(const QString& requested, const QSettings& settings) {
    const QString code =
        requested.isEmpty() ? settings.value(QLatin1String(kLanguageKey)).toString() : requested;
    return isInterfaceLanguage(code) ? QLocale(code) : QLocale::system();
}

QString requestedLanguage(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--lang="))) return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace nw::gui
