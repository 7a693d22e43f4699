#include "gui/views/colour_maps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nw::gui {
namespace {

QRgb mix(QRgb a, QRgb b, float t) {
    const auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return qRgb(lerp(qRed(a), qRed(b)), lerp(qGreen(a), qGreen(b)), lerp(qBlue(a), qBlue(b)));
}

constexpr QRgb kNegative = 0xff0877bd; // Playground blue
constexpr QRgb kZero = 0xffe8eaeb;
constexpr QRgb kPositive = 0xfff59322; // Playground orange

} // namespace

QColor classColour(int classIndex) {
    static const std::array<QRgb, 10> colours = {0xfff59322, 0xff0877bd, 0xff2ca02c, 0xffd62728, 0xff9467bd,
                                                 0xff8c564b, 0xffe377c2, 0xff7f7f7f, 0xffbcbd22, 0xff17becf};
    return QColor::fromRgb(colours[static_cast<size_t>(std::abs(classIndex)) % colours.size()]);
}

QRgb divergingColour(float t) {
    if (std::isnan(t)) return qRgb(255, 0, 255);
    t = std::clamp(t, -1.0f, 1.0f);
    return t < 0 ? mix(kZero, kNegative, -t) : mix(kZero, kPositive, t);
}

QRgb sequentialColour(float t) {
    if (std::isnan(t)) return qRgb(255, 0, 255);
    return mix(qRgb(250, 250, 250), qRgb(8, 48, 107), std::clamp(t, 0.0f, 1.0f));
}

QImage divergingLegend(int width, int height) {
    QImage image(std::max(width, 1), std::max(height, 1), QImage::Format_RGB32);
    for (int x = 0; x < image.width(); ++x) {
        const float t = image.width() > 1
                            ? 2.0f * static_cast<float>(x) / static_cast<float>(image.width() - 1) - 1
                            : 0.0f;
        const QRgb c = divergingColour(t);
        for (int y = 0; y < image.height(); ++y) image.setPixel(x, y, c);
    }
    return image;
}

} // namespace nw::gui
