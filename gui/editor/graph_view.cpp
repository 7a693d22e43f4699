#include "gui/editor/graph_view.h"

#include "gui/editor/graph_scene.h"
#include "gui/render/canvas_palette.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScopeGuard>
#include <QScrollBar>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace nw::gui {

namespace {

constexpr qreal kZoomStep = 1.2;
// Around the network when fitting it into the view, in viewport pixels.
constexpr int kFitMargin = 40;

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
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    viewport()->grabGesture(Qt::PinchGesture);
    setAcceptDrops(true);
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
    const auto* graph = qobject_cast<const GraphScene*>(scene());
    const CanvasPalette colors = graph ? graph->paintStyle().colors : CanvasPalette::from(palette());
    painter->fillRect(rect, colors.background);

    // Hairlines at whole scene units stay crisp only without antialiasing.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal step = kGridStep;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVarLengthArray<QLineF, 256> minor;
    QVarLengthArray<QLineF, 256> major;
    // Lines closer than 5 pixels turn into a grey wash when zoomed out: draw the major ones only.
    const bool minorVisible = zoom() * step >= 5;
    auto isMajor = [](qreal at) { return std::lround(at / kGridStep) % kMajorEvery == 0; };
    for (qreal x = left; x <= rect.right(); x += step)
        (isMajor(x) ? major : minor).append(QLineF(x, rect.top(), x, rect.bottom()));
    for (qreal y = top; y <= rect.bottom(); y += step)
        (isMajor(y) ? major : minor).append(QLineF(rect.left(), y, rect.right(), y));
    painter->setPen(QPen(colors.minorLine, 0));
    if (minorVisible) painter->drawLines(minor.constData(), static_cast<int>(minor.size()));
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

namespace nw::gui {

void GraphView::setZoom(qreal zoom) {
    m_showingNetwork = false;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom())) return;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void GraphView::zoomBy(qreal factor) { setZoom(zoom() * factor); }
void GraphView::zoomIn() { zoomBy(kZoomStep); }
void GraphView::zoomOut() { zoomBy(1 / kZoomStep); }
void GraphView::resetZoom() { setZoom(1.0); }

void GraphView::fitRect(const QRectF& rect) {
    if (rect.isEmpty()) return;
    const QRectF area = viewport()->rect().adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    const qreal scale = std::min(area.width() / rect.width(), area.height() / rect.height());
    setZoom(std::min(scale, 1.0));
    centerOn(rect.center());
}

void GraphView::fitAll() {
    if (auto* graph = qobject_cast<GraphScene*>(scene())) fitRect(graph->networkRect());
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_showingNetwork) showNetwork();
}

void GraphView::showNetwork() {
    auto* graph = qobject_cast<GraphScene*>(scene());
    if (!graph) return;
    const QRectF rect = graph->networkRect();
    if (rect.isEmpty()) return;
    // setZoom clears it when the user zooms: set it again once this view is in place.
    const auto shown = qScopeGuard([this] { m_showingNetwork = true; });
    const QRectF area = viewport()->rect().adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    const qreal fit = std::min(area.width() / rect.width(), area.height() / rect.height());
    if (fit >= m_readableZoom) {
        if (m_readableZoom <= 1) {
            fitRect(rect);
            return;
        }
        setZoom(m_readableZoom); // large, as presenter mode wants, and whole
        centerOn(rect.center());
        return;
    }
    setZoom(m_readableZoom);
    const QSizeF visible = QSizeF(area.size()) / m_readableZoom;
    centerOn(rect.left() + std::min(rect.width(), visible.width()) / 2,
             rect.top() + std::min(rect.height(), visible.height()) / 2);
}

void GraphView::fitSelection() {
    QRectF rect;
    for (const QGraphicsItem* item : scene()->selectedItems()) rect = rect.united(item->sceneBoundingRect());
    if (rect.isEmpty()) {
        fitAll();
        return;
    }
    fitRect(rect);
}

void GraphView::wheelEvent(QWheelEvent* event) {
    m_showingNetwork = false; // zoomed or scrolled by the user
    if (event->modifiers() & Qt::ControlModifier) {
        // 120 units per notch; touchpads send smaller steps, so the zoom follows the fingers.
        zoomBy(std::pow(kZoomStep, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool GraphView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) zoomBy(pinch->scaleFactor());
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    m_showingNetwork = false; // the user takes over: a pan, a drag, a selection
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning) viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace nw::gui
