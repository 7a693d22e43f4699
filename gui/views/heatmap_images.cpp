#include "gui/views/heatmap_images.h"

#include "gui/views/colour_maps.h"

#include <algorithm>
#include <cmath>

namespace nw::gui {
namespace {

QImage tile(const float* values, int64_t width, int64_t height, float limit) {
    QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_RGB32);
    for (int64_t y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(static_cast<int>(y)));
        for (int64_t x = 0; x < width; ++x)
            line[x] = divergingColour(limit > 0 ? values[y * width + x] / limit : 0.0f);
    }
    return image;
}

} // namespace

Heatmap heatmapOf(const Tensor& values, int maxTiles) {
    Heatmap map;
    const Shape& shape = values.shape();
    const int64_t n = shape.numel();
    if (n == 0) return map;
    const float* data = values.data();
    for (int64_t i = 0; i < n; ++i)
        if (std::isfinite(data[i])) map.limit = std::max(map.limit, std::abs(data[i]));
    int64_t tiles = 1, width = n, height = 1;
    switch (shape.rank()) {
    case 2: height = shape[0], width = shape[1]; break;
    case 3: tiles = shape[0], height = shape[1], width = shape[2]; break;
    case 4: tiles = shape[0] * shape[1], height = shape[2], width = shape[3]; break;
    default: break;
    }
    tiles = std::min<int64_t>(tiles, maxTiles);
    for (int64_t t = 0; t < tiles; ++t)
        map.tiles.push_back(tile(data + t * width * height, width, height, map.limit));
    return map;
}

} // namespace nw::gui
