#pragma once

#include <QCoreApplication>
#include <QString>

namespace nw {
struct Node;
} // namespace nw

namespace nw::gui {

// What F1 shows: help on one layer, read from its registry entry (description, formula, every
// attribute with its current value, range and unit), or how to use the designer when nothing is
// selected. Rich text for a message box.
class LayerHelp {
    Q_DECLARE_TR_FUNCTIONS(LayerHelp)

public:
    static QString title(const nw::Node& node);
    static QString html(const nw::Node& node);

    static QString designerTitle();
    static QString designerHtml();
};

} // namespace nw::gui
