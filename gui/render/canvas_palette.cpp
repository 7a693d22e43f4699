#include "gui/render/canvas_palette.h"

#include <array>

namespace nw::gui {

CanvasPalette CanvasPalette::from(const QPalette& palette) {
    CanvasPalette p;
    p.dark = palette.color(QPalette::Window).lightness() < 128;
    p.selection = palette.color(QPalette::Highlight);
    if (p.dark) {
        p.background = QColor(0x1f, 0x22, 0x27);
        p.minorLine = QColor(0x27, 0x2b, 0x31);
        p.majorLine = QColor(0x30, 0x35, 0x3d);
        p.cardFill = QColor(0x2c, 0x31, 0x38);
        p.cardBorder = QColor(0x4a, 0x51, 0x5b);
        p.text = QColor(0xe8, 0xea, 0xed);
        p.dimText = QColor(0xa3, 0xa9, 0xb2);
        p.wire = QColor(0x8d, 0x96, 0xa3);
        p.wireLabelFill = QColor(0x26, 0x2a, 0x30);
        p.error = QColor(0xf2, 0x6d, 0x6d);
        p.legal = QColor(0x4c, 0xc3, 0x7a);
    } else {
        p.background = QColor(0xf7, 0xf8, 0xfa);
        p.minorLine = QColor(0xeb, 0xed, 0xf1);
        p.majorLine = QColor(0xdc, 0xe0, 0xe6);
        p.cardFill = QColor(0xff, 0xff, 0xff);
        p.cardBorder = QColor(0xc5, 0xcb, 0xd3);
        p.text = QColor(0x1d, 0x21, 0x27);
        p.dimText = QColor(0x5f, 0x67, 0x72);
        p.wire = QColor(0x7a, 0x84, 0x91);
        p.wireLabelFill = QColor(0xff, 0xff, 0xff);
        p.error = QColor(0xd1, 0x3b, 0x3b);
        p.legal = QColor(0x1f, 0x9d, 0x55);
    }
    return p;
}

CanvasPalette CanvasPalette::highContrast(const QPalette& palette) {
    CanvasPalette p;
    p.dark = false;
    p.selection = QColor(0x00, 0x5f, 0xcc);
    p.background = QColor(0xff, 0xff, 0xff);
    p.minorLine = QColor(0xf2, 0xf2, 0xf2);
    p.majorLine = QColor(0xe0, 0xe0, 0xe0);
    p.cardFill = QColor(0xff, 0xff, 0xff);
    p.cardBorder = QColor(0x20, 0x20, 0x20);
    p.text = QColor(0x00, 0x00, 0x00);
    p.dimText = QColor(0x20, 0x20, 0x20);
    p.wire = QColor(0x30, 0x30, 0x30);
    p.wireLabelFill = QColor(0xff, 0xff, 0xff);
    p.error = QColor(0xc0, 0x00, 0x00);
    p.legal = QColor(0x00, 0x80, 0x30);
    (void)palette;
    return p;
}

QColor CanvasPalette::accent(int category) const {
    // Hues far apart around the wheel, avoiding the error red.
    static constexpr std::array<int, 8> kHues{210, 35, 275, 145, 185, 320, 95, 250};
    const size_t index = size_t(category < 0 ? 0 : category) % kHues.size();
    return QColor::fromHsl(kHues[index], dark ? 130 : 150, dark ? 150 : 120);
}

} // namespace nw::gui
