#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/core/tensor.h"

#include <QImage>

#include <vector>

namespace nw::gui {

// A tensor shown as images on the diverging scale, one pixel per value, all tiles sharing one
// symmetric scale [-limit, limit] so that they can be compared:
//   (C, H, W)        -> C tiles of W×H (a convolution's feature maps, or its kernels per channel)
//   (Cout, Cin, k, k) -> Cout·Cin tiles of k×k (convolution kernels)
//   (rows, columns)  -> one tile of columns×rows (a Dense weight matrix: inputs down, units across)
//   (n)              -> one strip of n×1 (a Dense layer's neurons)
struct Heatmap {
    std::vector<QImage> tiles;
    float limit = 0; // the largest magnitude shown
};
Heatmap heatmapOf(const Tensor& values, int maxTiles = 256);

} // namespace nw::gui
