#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/train/probes.h"

#include <QImage>

namespace nw::gui {

// The plane coloured by the network's output, one pixel per grid cell (resolution × resolution):
// two classes on the Playground's orange–blue scale, more classes as their colours mixed by
// probability, one output (sigmoid or regression) on the diverging scale.
QImage decisionImage(const DecisionGrid& grid);

// One unit's output over the plane, one pixel per cell, on the diverging scale scaled to the
// unit's largest magnitude.
QImage unitImage(const DecisionGrid& grid, const DecisionGrid::NodeMap& map, int unit);

// Every unit's map of `map` as small tiles, `perRow` to a row, `tile` pixels each with a 2-pixel gap.
QImage unitMapsImage(const DecisionGrid& grid, const DecisionGrid::NodeMap& map, int perRow, int tile);

} // namespace nw::gui
