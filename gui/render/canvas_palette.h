#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace nw::gui {

// Every colour the canvas paints with, derived from the application palette so the designer follows
// the system's light or dark theme.
struct CanvasPalette {
    bool dark = false;
    QColor background;
    QColor minorLine;
    QColor majorLine;
    QColor cardFill;
    QColor cardBorder;
    QColor text;
    QColor dimText;
    QColor selection; // outline of selected cards and wires
    QColor wire;
    QColor wireLabelFill;
    QColor error;
    QColor legal; // ports that accept the wire being dragged

    static CanvasPalette from(const QPalette& palette);
    // For a projector, which washes out pale greys: black text on white, dark wires and borders, a
    // faint grid. Always light, whatever the system theme.
    static CanvasPalette highContrast(const QPalette& palette);
    // A calm accent per palette category (its index in the registry's category enum), so cards of one
    // family share a colour. No list of kinds or categories: a new category gets the next hue.
    QColor accent(int category) const;
};

} // namespace nw::gui
