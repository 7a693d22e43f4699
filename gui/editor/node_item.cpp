#include "gui/editor/node_item.h"

#include "gui/document/graph_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/port_item.h"
#include "gui/render/card_metrics.h"

#include "engine/graph/graph.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nw::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("nw::gui::NodeItem", text); }

// The error mark on a card's corner. Its tooltip is the diagnostic; a click applies the fix on offer.
class BadgeItem : public QGraphicsItem {
public:
    explicit BadgeItem(NodeItem* node) : QGraphicsItem(node) {
        setZValue(2);
        setAcceptHoverEvents(true);
    }
    QRectF boundingRect() const override {
        return {-kBadgeRadius - 1, -kBadgeRadius - 1, 2 * kBadgeRadius + 2, 2 * kBadgeRadius + 2};
    }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        paintBadge(painter, {0, 0}, static_cast<GraphScene*>(scene())->paintStyle());
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override {
        auto* node = static_cast<NodeItem*>(parentItem());
        if (event->button() == Qt::LeftButton && !node->fixText().isEmpty()) {
            if (auto* graphScene = qobject_cast<GraphScene*>(scene())) graphScene->applyFix(node->nodeId());
            return;
        }
        event->ignore();
    }
};

} // namespace

NodeItem::NodeItem(quint32 id, const GraphDocument& document) : m_id(id) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    refresh(document);
}

GraphScene* NodeItem::graphScene() const { return qobject_cast<GraphScene*>(scene()); }

PortItem* NodeItem::inputPort(int index) const {
    return index >= 0 && index < m_inputs.size() ? m_inputs[index] : nullptr;
}

void NodeItem::refresh(const GraphDocument& document) {
    const nw::Node* node = document.engineGraph().node(nw::NodeId{m_id});
    if (!node) return;
    prepareGeometryChange();
    m_card = describeNode(document.engineGraph(), document.analysis(), node->id);
    if (m_card.inputNames != m_portNames || !m_output) rebuildPorts();

    QString tip = QStringLiteral("<b>%1</b> — %2<br>%3")
                      .arg(m_card.title.toHtmlEscaped(), m_card.kind, m_card.description.toHtmlEscaped());
    if (!m_card.enabled)
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Disabled: passes its input through unchanged."));
    setToolTip(tip);

    if (!m_card.problem.isEmpty() && !m_badge) m_badge = new BadgeItem(this);
    if (m_card.problem.isEmpty() && m_badge) {
        delete m_badge;
        m_badge = nullptr;
    }
    if (m_badge) {
        QString badgeTip = m_card.problem.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!m_card.fix.isEmpty())
            badgeTip +=
                QStringLiteral("<br><b>%1</b>").arg(tr("Click to fix: %1").arg(m_card.fix.toHtmlEscaped()));
        m_badge->setToolTip(badgeTip);
        m_badge->setCursor(m_card.fix.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        m_badge->setPos(card::kWidth - 2, 2);
    }

    const QPointF position(node->position.x, node->position.y);
    if (pos() != position) {
        // The document's position is the truth: no snapping while following it.
        m_following = true;
        setPos(position);
        m_following = false;
    }
    update();
}

void NodeItem::rebuildPorts() {
    qDeleteAll(m_inputs);
    m_inputs.clear();
    delete m_output;
    m_output = nullptr;
    m_portNames = m_card.inputNames;
    for (int i = 0; i < m_portNames.size(); ++i) {
        auto* port = new PortItem(this, PortItem::Direction::Input, i, m_portNames[i]);
        port->setPos(0, card::inputPortY(i));
        m_inputs << port;
    }
    m_output = new PortItem(this, PortItem::Direction::Output, 0, QString());
    m_output->setPos(card::kWidth, card::outputPortY());
}

QRectF NodeItem::boundingRect() const {
    // Room for the selection outline and the shadow.
    return QRectF(0, 0, card::kWidth, m_card.height).adjusted(-3, -3, 3, 5);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    paintCard(painter, m_card, graphScene()->paintStyle(), option->state & QStyle::State_Selected);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    GraphScene* graph = graphScene();
    if (change == ItemPositionChange && graph && !m_following && graph->snapsToGrid()) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / card::kGrid) * card::kGrid,
                       std::round(p.y() / card::kGrid) * card::kGrid);
    }
    if (change == ItemPositionHasChanged && graph) graph->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace nw::gui
