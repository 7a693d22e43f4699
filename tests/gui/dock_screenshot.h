#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QRect>
#include <QWidget>

#include <algorithm>
#include <cstdlib>

namespace nw::gui::test {

// `widget` as it is drawn now, for the tests to check what they see. Also saved as
// NW_SCREENSHOT_DIR/<name>.png when that variable is set, so the docks can be looked at as the tests
// build them.
inline QImage saveScreenshot(QWidget& widget, const QString& name) {
    // Let pending layout requests run first, as the event loop would before painting.
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QString dir = qEnvironmentVariable("NW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    return image;
}

// Where `rect` of `widget` is in a grab of its ancestor `grabbed`, in the image's pixels (a grab has
// the screen's device pixel ratio), clipped to the image.
inline QRect areaOf(const QWidget& widget, const QRect& rect, const QWidget& grabbed, const QImage& image) {
    const qreal ratio = image.devicePixelRatio();
    const QPoint topLeft = widget.mapTo(&grabbed, rect.topLeft());
    const QRect pixels(QPoint(qRound(topLeft.x() * ratio), qRound(topLeft.y() * ratio)),
                       QSize(qRound(rect.width() * ratio), qRound(rect.height() * ratio)));
    return pixels & image.rect();
}

// Where all of `widget` is in a grab of `grabbed`.
inline QRect areaOf(const QWidget& widget, const QWidget& grabbed, const QImage& image) {
    return areaOf(widget, widget.rect(), grabbed, image);
}

// How many colours distinctColours() finds at least in a dock that drew its contents: a blank or
// flatly filled one has a handful, anti-aliased text, icons and frames give hundreds.
inline constexpr int kManyColours = 64;

// How many different colours `area` of `image` (all of it by default) has.
inline int distinctColours(const QImage& image, QRect area = {}) {
    area = area.isNull() ? image.rect() : area & image.rect();
    QHash<QRgb, bool> seen;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) seen.insert(image.pixel(x, y) & 0xffffff, true);
    return static_cast<int>(seen.size());
}

// The most common colour of `area`: the background of whatever is drawn on it.
inline QRgb backgroundOf(const QImage& image, const QRect& area) {
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) ++counts[image.pixel(x, y) & 0xffffff];
    QRgb most = 0;
    int mostCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > mostCount) {
            most = it.key();
            mostCount = it.value();
        }
    return most;
}

// The threshold of inkPixels() for hints: the disabled text colour is only a little darker than the
// background.
inline constexpr int kPaleInk = 16;

// The pixels of `area` that stand out from its background by more than `threshold` in a channel:
// the ink of the text, icons and lines drawn there. Nothing drawn gives 0.
inline int inkPixels(const QImage& image, QRect area, int threshold = 48) {
    area &= image.rect();
    if (area.isEmpty()) return 0;
    const QRgb background = backgroundOf(image, area);
    int ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) > threshold ||
                std::abs(qGreen(p) - qGreen(background)) > threshold ||
                std::abs(qBlue(p) - qBlue(background)) > threshold)
                ++ink;
        }
    return ink;
}

// The share of the pixels of `area` (all of `image` by default) whose grey level, from 0 (black)
// to 255 (white), passes `test`.
template <class Test>
double shareOf(const QImage& image, Test test, QRect area = {}) {
    area = area.isNull() ? image.rect() : area & image.rect();
    if (area.isEmpty()) return 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (test(qGray(image.pixel(x, y)))) ++count;
    return static_cast<double>(count) / (static_cast<double>(area.width()) * area.height());
}

// Whether a pixel is coloured rather than grey: text, frames and backgrounds are grey, the lines of
// the layer icons are not.
inline bool isColoured(QRgb p) {
    return std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}) > 60;
}

// The smallest rectangle around the coloured pixels of `area` (see isColoured); empty without any.
inline QRect colouredBounds(const QImage& image, QRect area) {
    area &= image.rect();
    QRect bounds;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (isColoured(image.pixel(x, y))) bounds |= QRect(x, y, 1, 1);
    return bounds;
}

// Pixels of `image` near `colour`: each channel within `tolerance` (anti-aliased edges blend it with
// the background, so only the solid parts count).
inline int pixelsNear(const QImage& image, const QColor& colour, int tolerance = 40) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - colour.red()) <= tolerance &&
                std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace nw::gui::test
