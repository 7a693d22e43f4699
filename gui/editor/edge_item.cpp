#include "gui/editor/edge_item.h"

#include "gui/editor/graph_scene.h"
#include "gui/editor/item_painting.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nw::gui {

EdgeItem::EdgeItem(const Ends& ends) : m_ends(ends) {
    setFlags(ItemIsSelectable);
    setZValue(-1); // under the cards
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to) {
    // Horizontal tangents at both ports; a wire going backwards loops out wide enough to stay visible.
    const qreal dx = std::max(std::abs(to.x() - from.x()) * 0.5, 50.0);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void EdgeItem::setEndpoints(QPointF from, QPointF to) {
    if (from == m_from && to == m_to && !m_path.isEmpty()) return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = curve(from, to);
}

void EdgeItem::setLabel(const QString& shape) {
    if (shape == m_label) return;
    prepareGeometryChange();
    m_label = shape;
    update();
}

void EdgeItem::setProblem(bool problem) {
    if (problem == m_problem) return;
    m_problem = problem;
    update();
}

QRectF EdgeItem::labelRect() const {
    return scene() ? wireLabelRect(m_path, m_label, scene()->font()) : QRectF();
}

QRectF EdgeItem::boundingRect() const {
    return m_path.boundingRect().adjusted(-4, -4, 4, 4).united(labelRect());
}

QPainterPath EdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath area = stroker.createStroke(m_path);
    if (const QRectF label = labelRect(); !label.isEmpty()) area.addRect(label);
    return area;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const auto* graph = static_cast<const GraphScene*>(scene());
    paintWire(painter, m_path, m_label, m_problem, option->state & QStyle::State_Selected,
              graph->paintStyle());
}

} // namespace nw::gui
