#include "gui/views/sample_images.h"

#include <algorithm>

namespace nw::gui {

bool isImageData(const Dataset& data) {
    const Shape shape = data.sampleShape();
    return shape.rank() == 3 && (shape[0] == 1 || shape[0] == 3);
}

QImage sampleImage(const Dataset& data, int64_t row) {
    const Shape shape = data.sampleShape();
    if (!isImageData(data) || row < 0 || row >= data.size()) return {};
    const int64_t channels = shape[0], height = shape[1], width = shape[2];
    const float* x = data.features.row(row);
    const auto [lo, hi] = std::minmax_element(x, x + data.features.rowSize());
    const float span = *hi > *lo ? *hi - *lo : 1.0f;
    QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_RGB32);
    for (int64_t y = 0; y < height; ++y)
        for (int64_t xx = 0; xx < width; ++xx) {
            int c[3];
            for (int k = 0; k < 3; ++k) {
                const int64_t ch = channels == 3 ? k : 0;
                c[k] = static_cast<int>(255 * (x[(ch * height + y) * width + xx] - *lo) / span);
            }
            image.setPixel(static_cast<int>(xx), static_cast<int>(y), qRgb(c[0], c[1], c[2]));
        }
    return image;
}

} // namespace nw::gui
