#include "gui/editor/port_item.h"

#include "gui/editor/canvas_palette.h"
#include "gui/editor/card_metrics.h"
#include "gui/editor/node_item.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QPainter>

namespace nw::gui {

namespace {
// The hit area is wider than the dot, so a wire is easy to drop on it.
constexpr qreal kHitRadius = 11;
} // namespace

PortItem::PortItem(NodeItem* node, Direction direction, int index, const QString& name)
    : QGraphicsItem(node), m_direction(direction), m_index(index), m_name(name) {
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setZValue(1);
}

NodeItem* PortItem::nodeItem() const { return static_cast<NodeItem*>(parentItem()); }
quint32 PortItem::nodeId() const { return nodeItem()->nodeId(); }

void PortItem::setConnected(bool connected) {
    if (connected == m_connected) return;
    m_connected = connected;
    update();
}

void PortItem::setHint(Hint hint) {
    if (hint == m_hint) return;
    m_hint = hint;
    update();
}

QRectF PortItem::boundingRect() const { return {-kHitRadius, -kHitRadius, 2 * kHitRadius, 2 * kHitRadius}; }

QPainterPath PortItem::shape() const {
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasPalette colors = CanvasPalette::from(scene() ? scene()->palette() : QPalette());
    qreal radius = card::kPortRadius;
    QColor ring = colors.wire;
    QColor fill = m_connected ? colors.wire : colors.cardFill;
    qreal opacity = 1.0;
    switch (m_hint) {
    case Hint::Legal:
        radius += 2;
        ring = colors.legal;
        fill = colors.legal.lighter(colors.dark ? 100 : 160);
        break;
    case Hint::Illegal: opacity = 0.3; break;
    case Hint::None:
        if (m_hovered) {
            radius += 1.5;
            ring = colors.selection;
        }
        break;
    }
    painter->setOpacity(opacity);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), radius, radius);
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = true;
    update();
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = false;
    update();
}

} // namespace nw::gui
