#include "gui/editor/port_item.h"

#include "gui/editor/graph_scene.h"
#include "gui/editor/node_item.h"
#include "gui/render/canvas_palette.h"
#include "gui/render/card_metrics.h"
#include "gui/render/item_painting.h"

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
    const PortLook look = m_hint == Hint::Legal     ? PortLook::Legal
                          : m_hint == Hint::Illegal ? PortLook::Illegal
                          : m_hovered               ? PortLook::Hovered
                                                    : PortLook::Normal;
    const auto* graph = qobject_cast<const GraphScene*>(scene());
    paintPort(painter, {0, 0}, m_connected, look,
              graph ? graph->paintStyle().colors : CanvasPalette::from(QPalette()));
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
