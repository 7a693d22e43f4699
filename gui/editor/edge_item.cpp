#include "gui/editor/edge_item.h"

#include "gui/editor/graph_scene.h"
#include "gui/render/item_painting.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nw::gui {

// The pill with the shape, drawn above the cards; clicks go through it to what lies below.
class EdgeLabelItem : public QGraphicsItem {
public:
    explicit EdgeLabelItem(const EdgeItem* edge) : m_edge(edge) {
        setZValue(5);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_edge->labelRect().adjusted(-1, -1, 1, 1); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        paintWireLabel(painter, m_edge->labelRect(), m_edge->m_label, m_edge->m_problem, m_edge->isSelected(),
                       static_cast<const GraphScene*>(scene())->paintStyle());
    }
    void geometryChanged() { prepareGeometryChange(); }

private:
    const EdgeItem* m_edge;
};

EdgeItem::EdgeItem(const Ends& ends) : m_ends(ends), m_labelItem(new EdgeLabelItem(this)) {
    setFlags(ItemIsSelectable);
    setZValue(-1); // under the cards
}

EdgeItem::~EdgeItem() { delete m_labelItem; }

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemVisibleHasChanged) m_labelItem->setVisible(value.toBool());
    if (change == ItemSelectedHasChanged) m_labelItem->update();
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::setEndpoints(QPointF from, QPointF to) {
    if (from == m_from && to == m_to && !m_path.isEmpty()) return;
    prepareGeometryChange();
    static_cast<EdgeLabelItem*>(m_labelItem)->geometryChanged();
    m_from = from;
    m_to = to;
    m_path = wirePath(from, to);
}

void EdgeItem::setLabel(const QString& shape) {
    if (shape == m_label) return;
    prepareGeometryChange();
    static_cast<EdgeLabelItem*>(m_labelItem)->geometryChanged();
    m_label = shape;
    update();
}

void EdgeItem::setProblem(bool problem) {
    if (problem == m_problem) return;
    m_problem = problem;
    update();
    m_labelItem->update();
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
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const auto* graph = static_cast<const GraphScene*>(scene());
    paintWire(painter, m_path, m_problem, option->state & QStyle::State_Selected, graph->paintStyle());
}

} // namespace nw::gui
