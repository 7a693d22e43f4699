#pragma once

#include <QColor>
#include <QImage>
#include <QRgb>

namespace nw::gui {

// The colours every training view shares, so a class or a value looks the same everywhere.
// Classes 0 and 1 are the TensorFlow Playground's orange and blue.
QColor classColour(int classIndex);

// A diverging scale for signed values: t in [-1, 1] from blue (negative) through white to orange
// (positive), as the Playground colours neurons.
QRgb divergingColour(float t);

// A sequential scale for magnitudes: t in [0, 1] from white to dark blue.
QRgb sequentialColour(float t);

// A horizontal legend: the diverging scale from `minimum` to `maximum` with both ends labelled.
QImage divergingLegend(int width, int height);

} // namespace nw::gui
