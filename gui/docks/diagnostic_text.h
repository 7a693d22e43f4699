#pragma once

// Splits the engine's diagnostic sentences for display. Not read by moc.

#include <QString>

namespace nw::gui {

struct DiagnosticText {
    QString problem; // what is wrong
    QString fix;     // what to do about it; empty when the message does not say
};

// The engine writes "<what is wrong>: <what to do>" when it knows a fix ("… got 28×28×1: insert
// Flatten before it"), and prefixes node diagnostics with "<Kind> '<name>': ". This drops that
// prefix (`kind` and `nodeName`, when given) and separates the fix from the problem.
DiagnosticText splitDiagnostic(const QString& message, const QString& kind = {},
                               const QString& nodeName = {});

} // namespace nw::gui
