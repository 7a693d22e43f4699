#include "gui/app/engine_text.h"

#include "engine/core/diagnostic.h"
#include "engine/core/text.h"

#include <QCoreApplication>
#include <QLocale>

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

// %1 … %9 filled in one pass, like the engine's fillPattern.
QString fill(const QString& pattern, const QStringList& values) {
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1] >= QLatin1Char('1') &&
            pattern[i + 1] <= QLatin1Char('9')) {
            const qsizetype index = pattern[i + 1].unicode() - '1';
            if (index < values.size()) {
                out += values[index];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace

QString engineText(const nw::Text& text) {
    if (text.empty()) return {};
    const QString english = QString::fromUtf8(text.pattern());
    const QString translated = QCoreApplication::translate("Engine", text.pattern());
    if (translated == english) return QString::fromStdString(text.english());
    const QLocale locale;
    QStringList values;
    for (const nw::TextArg& arg : text.args()) values << argumentText(arg, locale);
    return fill(translated, values);
}

QString enginePhrase(const std::string& phrase) {
    if (phrase.empty()) return {};
    return QCoreApplication::translate("Engine", phrase.c_str());
}

QString diagnosticMessage(const nw::Diagnostic& diagnostic) {
    if (diagnostic.text.empty()) return QString::fromStdString(diagnostic.message);
    return engineText(diagnostic.text);
}

QString diagnosticDescription(const nw::Diagnostic& diagnostic) {
    const QString message = diagnosticMessage(diagnostic);
    if (diagnostic.location.empty()) return message;
    return QStringLiteral("%1: %2").arg(QString::fromStdString(diagnostic.location), message);
}

} // namespace nw::gui
