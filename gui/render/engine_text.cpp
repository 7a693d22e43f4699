#include "gui/render/engine_text.h"

#include "engine/core/diagnostic.h"
#include "engine/core/text.h"
#include "engine/layers/registry.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <iterator>

namespace nw::gui {
namespace {

QString argumentText(const nw::TextArg& arg, const QLocale& locale) {
    switch (arg.kind()) {
    case nw::TextArg::Kind::Integer: return locale.toString(static_cast<qlonglong>(arg.integer()));
    case nw::TextArg::Kind::Real: return locale.toString(arg.real(), 'g', QLocale::FloatingPointShortest);
    case nw::TextArg::Kind::Sentence: return engineText(*arg.sentence());
    case nw::TextArg::Kind::Verbatim: break;
    }
    return QString::fromStdString(arg.english());
}

} // namespace

QString engineText(const nw::Text& text) {
    if (text.empty()) return {};
    const QString english = QString::fromUtf8(text.pattern());
    const QString translated = QCoreApplication::translate("Engine", text.pattern());
    if (translated == english) return QString::fromStdString(text.english());
    const QLocale locale;
    std::vector<std::string> values;
    for (const nw::TextArg& arg : text.args()) values.push_back(argumentText(arg, locale).toStdString());
    return QString::fromStdString(nw::fillPattern(translated.toStdString(), values));
}

QString enginePhrase(const std::string& phrase) {
    if (phrase.empty()) return {};
    return QCoreApplication::translate("Engine", phrase.c_str());
}

QString engineUnit(const std::string& unit, qint64 count) {
    // Each unit the layers use, marked for lupdate with its plural forms (the engine's are English).
    static const char* const kUnits[] = {QT_TRANSLATE_N_NOOP("Engine", "neurons"),
                                         QT_TRANSLATE_N_NOOP("Engine", "channels"),
                                         QT_TRANSLATE_N_NOOP("Engine", "pixels")};
    const QString english = QString::fromStdString(unit);
    const bool known =
        std::any_of(std::begin(kUnits), std::end(kUnits), [&](const char* u) { return unit == u; });
    const QString translated =
        known ? QCoreApplication::translate("Engine", unit.c_str(), nullptr,
                                            int(std::clamp<qint64>(count, INT_MIN, INT_MAX)))
              : english;
    if (translated != english) return translated;
    // Untranslated (English): the units are plurals, one of a thing drops the s.
    return count == 1 && english.endsWith(QLatin1Char('s')) ? english.chopped(1) : english;
}

QString diagnosticMessage(const nw::Diagnostic& diagnostic) {
    if (diagnostic.text.empty()) return QString::fromStdString(diagnostic.message);
    return engineText(diagnostic.text);
}

QString diagnosticDescription(const nw::Diagnostic& diagnostic) {
    const QString message = diagnosticMessage(diagnostic);
    if (diagnostic.location.empty()) return message;
    const QString location =
        diagnostic.place.empty() ? QString::fromStdString(diagnostic.location) : engineText(diagnostic.place);
    return QStringLiteral("%1: %2").arg(location, message);
}

QString paletteCategoryTitle(nw::PaletteCategory category) {
    // The engine's names are keys (icon files use them too); the headings are listed here for lupdate.
    const char* title = "";
    switch (category) {
    case nw::PaletteCategory::Input: title = QT_TRANSLATE_NOOP("LayerCategory", "Input"); break;
    case nw::PaletteCategory::Core: title = QT_TRANSLATE_NOOP("LayerCategory", "Core"); break;
    case nw::PaletteCategory::Convolution: title = QT_TRANSLATE_NOOP("LayerCategory", "Convolution"); break;
    case nw::PaletteCategory::Pooling: title = QT_TRANSLATE_NOOP("LayerCategory", "Pooling"); break;
    case nw::PaletteCategory::Normalization:
        title = QT_TRANSLATE_NOOP("LayerCategory", "Normalization");
        break;
    case nw::PaletteCategory::Activation: title = QT_TRANSLATE_NOOP("LayerCategory", "Activation"); break;
    case nw::PaletteCategory::Merge: title = QT_TRANSLATE_NOOP("LayerCategory", "Merge"); break;
    case nw::PaletteCategory::Reshape: title = QT_TRANSLATE_NOOP("LayerCategory", "Reshape"); break;
    }
    return QCoreApplication::translate("LayerCategory", title);
}

} // namespace nw::gui
