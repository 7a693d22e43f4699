#include "gui/editor/graph_view.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QVarLengthArray>

#include <cmath>

namespace nw::gui {

namespace {

struct CanvasColors {
    QColor background;
    QColor minorLine;
    QColor majorLine;
};

// Colours a few steps away from the window's own, so the grid reads as paper, not as a pattern,
// in light and dark themes alike.
CanvasColors canvasColors(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (dark) return {QColor(0x1f, 0x22, 0x27), QColor(0x27, 0x2b, 0x31), QColor(0x30, 0x35, 0x3d)};
    return {QColor(0xf7, 0xf8, 0xfa), QColor(0xeb, 0xed, 0xf1), QColor(0xdc, 0xe0, 0xe6)};
}

} // namespace

GraphView::GraphView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_placeholderIcon(QStringLiteral(":/icons/neuroweave.svg")) {
    setFrameShape(QFrame::NoFrame);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    // The hint is pinned to the viewport: a partial update after a scroll would smear it.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void GraphView::setPlaceholder(const QString& title, const QString& detail) {
    m_placeholderTitle = title;
    m_placeholderDetail = detail;
    viewport()->update();
}

bool GraphView::isPlaceholderShown() const {
    return scene() && scene()->items().isEmpty() && !m_placeholderTitle.isEmpty();
}

void GraphView::drawBackground(QPainter* painter, const QRectF& rect) {
    const CanvasColors colors = canvasColors(palette());
    painter->fillRect(rect, colors.background);

    // Hairlines at whole scene units stay crisp only without antialiasing.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal step = kGridStep;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVarLengthArray<QLineF, 256> minor;
    QVarLengthArray<QLineF, 256> major;
    auto isMajor = [](qreal at) { return std::lround(at / kGridStep) % kMajorEvery == 0; };
    for (qreal x = left; x <= rect.right(); x += step)
        (isMajor(x) ? major : minor).append(QLineF(x, rect.top(), x, rect.bottom()));
    for (qreal y = top; y <= rect.bottom(); y += step)
        (isMajor(y) ? major : minor).append(QLineF(rect.left(), y, rect.right(), y));
    painter->setPen(QPen(colors.minorLine, 0));
    painter->drawLines(minor.constData(), static_cast<int>(minor.size()));
    painter->setPen(QPen(colors.majorLine, 0));
    painter->drawLines(major.constData(), static_cast<int>(major.size()));
    painter->restore();
}

void GraphView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (!isPlaceholderShown()) return;
    painter->save();
    painter->resetTransform(); // viewport pixels from here on
    drawPlaceholder(painter);
    painter->restore();
}

void GraphView::drawPlaceholder(QPainter* painter) const {
    const QRect area = viewport()->rect();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    const QFont detailFont = font();
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(detailFont);

    const int iconSize = 96;
    const int gap = 18;
    const int height = iconSize + gap + titleMetrics.height() + 6 + detailMetrics.height();
    int y = area.center().y() - height / 2;

    painter->setOpacity(0.8);
    m_placeholderIcon.paint(painter, QRect(area.center().x() - iconSize / 2, y, iconSize, iconSize));
    painter->setOpacity(1.0);
    y += iconSize + gap;

    QColor titleColor = palette().color(QPalette::Text);
    titleColor.setAlphaF(0.72f);
    painter->setFont(titleFont);
    painter->setPen(titleColor);
    const int margin = 24;
    painter->drawText(
        QRect(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignCenter,
        titleMetrics.elidedText(m_placeholderTitle, Qt::ElideMiddle, area.width() - 2 * margin));
    y += titleMetrics.height() + 6;

    painter->setFont(detailFont);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(
        QRect(area.left(), y, area.width(), detailMetrics.height()), Qt::AlignCenter,
        detailMetrics.elidedText(m_placeholderDetail, Qt::ElideMiddle, area.width() - 2 * margin));
}

} // namespace nw::gui
