#pragma once

// How the layer kinds of nw::layerRegistry() are presented: icons, names, hover cards, search.
// Shared by the palette, its popup search, the inspector and the template gallery, so a kind
// added to the registry shows up everywhere with the same face. Not read by moc.

#include "engine/layers/registry.h"

#include <QIcon>
#include <QString>

#include <vector>

namespace nw::gui {

// The kind's own icon (:/icons/layers/<name in lower case>.svg), else its category's
// (:/icons/categories/<category in lower case>.svg), else a neutral layer icon.
QIcon layerIcon(const nw::LayerInfo& info);
QIcon categoryIcon(nw::PaletteCategory category);

// The category's name as shown in the palette.
QString categoryTitle(nw::PaletteCategory category);

// Rich text for a tooltip: name, category, description, formula, inputs and attributes.
QString layerHoverCard(const nw::LayerInfo& info);

// Whether every word of `query` occurs (case-insensitively) in the kind's name, description or
// category. An empty query matches everything.
bool layerMatches(const nw::LayerInfo& info, const QString& query);

// The registered kinds in palette order: by category (in the enum's order), then registration order.
std::vector<const nw::LayerInfo*> layersInPaletteOrder();

} // namespace nw::gui
