#include "gui/editor/edge_item.h"

#include "gui/editor/canvas_palette.h"
#include "gui/editor/graph_scene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nw::gui {

namespace {
QFont labelFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}
} // namespace

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
    if (m_label.isEmpty() || !scene()) return {};
    const QFontMetricsF metrics(labelFont(scene()->font()));
    const QSizeF size(metrics.horizontalAdvance(m_label) + 12, metrics.height() + 4);
    const QPointF middle = m_path.pointAtPercent(0.5);
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF EdgeItem::boundingRect() const { return m_path.boundingRect().adjusted(-4, -4, 4, 4).united(labelRect()); }

QPainterPath EdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath area = stroker.createStroke(m_path);
    if (const QRectF label = labelRect(); !label.isEmpty()) area.addRect(label);
    return area;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const CanvasPalette colors = CanvasPalette::from(scene()->palette());
    const auto* graph = qobject_cast<const GraphScene*>(scene());
    const bool selected = (option->state & QStyle::State_Selected) && !(graph && graph->isExporting());
    const QColor color = m_problem ? colors.error : selected ? colors.selection : colors.wire;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, selected ? 3 : 2, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    const QRectF label = labelRect();
    if (label.isEmpty()) return;
    painter->setPen(QPen(color, 1));
    painter->setBrush(colors.wireLabelFill);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    painter->setFont(labelFont(scene()->font()));
    painter->setPen(m_problem ? colors.error : colors.dimText);
    painter->drawText(label, Qt::AlignCenter, m_label);
}

} // namespace nw::gui
