#include "gui/views/plane_images.h"

#include "gui/views/colour_maps.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nw::gui {

namespace {

// The regions a shade lighter than the class colours, so that the data points drawn over them in the
// full colours stand out.
QRgb tint(QRgb colour) {
    constexpr double kTowardsWhite = 0.4;
    const auto lighter = [](int v) { return static_cast<int>(std::lround(v + (255 - v) * kTowardsWhite)); };
    return qRgb(lighter(qRed(colour)), lighter(qGreen(colour)), lighter(qBlue(colour)));
}

} // namespace

QImage decisionImage(const DecisionGrid& grid) {
    const int n = grid.resolution;
    QImage image(std::max(n, 1), std::max(n, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (n <= 0 || grid.outputs <= 0) return image;
    float lo = 0, hi = 1;
    if (grid.outputs == 1) { // a sigmoid's probability, or a regression value of any range
        const auto [mn, mx] = std::minmax_element(grid.output.begin(), grid.output.end());
        if (*mn < 0 || *mx > 1) lo = *mn, hi = *mx;
    }
    for (int cell = 0; cell < n * n; ++cell) {
        const float* out = grid.output.data() + static_cast<size_t>(cell) * static_cast<size_t>(grid.outputs);
        QRgb colour;
        if (grid.outputs == 1) {
            const float t = hi > lo ? (out[0] - lo) / (hi - lo) : 0.5f;
            colour = divergingColour(1 - 2 * t); // class 1 (high) blue, class 0 orange
        } else if (grid.outputs == 2) {
            colour = divergingColour(out[0] - out[1]);
        } else {
            // Mix the class colours by probability, paler where the network is unsure.
            double r = 0, g = 0, b = 0, top = 0;
            for (int k = 0; k < grid.outputs; ++k) {
                const QColor c = classColour(k);
                r += out[k] * c.red();
                g += out[k] * c.green();
                b += out[k] * c.blue();
                top = std::max(top, static_cast<double>(out[k]));
            }
            const double pale =
                1 - std::clamp((top - 1.0 / grid.outputs) / (1 - 1.0 / grid.outputs), 0.0, 1.0);
            const auto mix = [pale](double v) {
                return static_cast<int>(std::lround(v + (235 - v) * pale * 0.8));
            };
            colour = qRgb(mix(r), mix(g), mix(b));
        }
        image.setPixel(cell % n, cell / n, tint(colour));
    }
    return image;
}

QImage unitImage(const DecisionGrid& grid, const DecisionGrid::NodeMap& map, int unit) {
    const int n = grid.resolution;
    QImage image(std::max(n, 1), std::max(n, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (n <= 0 || unit < 0 || unit >= map.units) return image;
    float top = 0;
    for (int cell = 0; cell < n * n; ++cell)
        top = std::max(top, std::abs(map.values[static_cast<size_t>(cell * map.units + unit)]));
    for (int cell = 0; cell < n * n; ++cell) {
        const float v = map.values[static_cast<size_t>(cell * map.units + unit)];
        // Positive orange as in the Playground's neurons.
        image.setPixel(cell % n, cell / n, divergingColour(top > 0 ? v / top : 0));
    }
    return image;
}

QImage unitMapsImage(const DecisionGrid& grid, const DecisionGrid::NodeMap& map, int perRow, int tile) {
    constexpr int gap = 2;
    const int rows = (map.units + perRow - 1) / perRow;
    const int columns = std::min(map.units, perRow);
    QImage image(std::max(1, columns * (tile + gap) - gap), std::max(1, rows * (tile + gap) - gap),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int u = 0; u < map.units; ++u) {
        const QRect r((u % perRow) * (tile + gap), (u / perRow) * (tile + gap), tile, tile);
        p.drawImage(r, unitImage(grid, map, u));
    }
    return image;
}

} // namespace nw::gui
