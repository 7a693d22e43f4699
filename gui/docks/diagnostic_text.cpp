#include "gui/docks/diagnostic_text.h"

#include <QStringList>

namespace nw::gui {

namespace {

// The verbs the engine starts its fix hints with. A clause after the last ": " that starts
// otherwise ("got 784: …" in the middle) is part of the problem, not a fix.
bool startsWithFixVerb(const QString& clause) {
    static const QStringList verbs{
        QStringLiteral("insert"), QStringLiteral("connect"), QStringLiteral("add"),
        QStringLiteral("remove"), QStringLiteral("use"),     QStringLiteral("set"),
        QStringLiteral("change"), QStringLiteral("reduce"),  QStringLiteral("increase"),
        QStringLiteral("choose"), QStringLiteral("rename"),  QStringLiteral("delete")};
    const QString first = clause.section(QLatin1Char(' '), 0, 0).toLower();
    return verbs.contains(first);
}

} // namespace

DiagnosticText splitDiagnostic(const QString& message, const QString& kind, const QString& nodeName) {
    QString text = message;
    if (!kind.isEmpty() && !nodeName.isEmpty()) {
        const QString prefix = QStringLiteral("%1 '%2': ").arg(kind, nodeName);
        if (text.startsWith(prefix)) text.remove(0, prefix.size());
    }
    const qsizetype colon = text.lastIndexOf(QStringLiteral(": "));
    if (colon > 0) {
        const QString tail = text.mid(colon + 2).trimmed();
        if (startsWithFixVerb(tail)) {
            QString fix = tail;
            fix[0] = fix[0].toUpper();
            return {text.left(colon), fix};
        }
    }
    return {text, {}};
}

} // namespace nw::gui
