// The mouse on the canvas: wires dragged between ports, cards dragged as one move, context menus.
#include "gui/document/graph_document.h"
#include "gui/document/node_id.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/node_item.h"
#include "gui/editor/wire_drag.h"
#include "gui/render/canvas_palette.h"
#include "gui/render/engine_text.h"

#include "engine/graph/shape_fixes.h"
#include "engine/layers/registry.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>

namespace nw::gui {

namespace {

// How long a refused wire's reason stays at the cursor.
constexpr int kRefusalTipMs = 3000;

} // namespace

PortItem* GraphScene::portAt(QPointF scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == PortItem::Type) return static_cast<PortItem*>(item);
    return nullptr;
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !m_wire)
        if (PortItem* port = portAt(event->scenePos())) {
            startWire(port, event->scenePos());
            event->accept();
            return;
        }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() == Qt::LeftButton)
        for (const quint32 id : selectedNodeIds()) m_dragStart.insert(id, m_nodes.value(id)->pos());
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_wire) {
        updateWire(event->scenePos());
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_wire) {
        if (event->button() == Qt::LeftButton) finishWire(event->scenePos(), event->screenPos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragStart.isEmpty()) return;
    // The cards moved freely during the drag; the document learns the result as one step.
    std::vector<std::pair<quint32, nw::Point>> positions;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        if (const NodeItem* item = m_nodes.value(it.key()); item && item->pos() != it.value())
            positions.emplace_back(it.key(), nw::Point{item->pos().x(), item->pos().y()});
    m_dragStart.clear();
    if (positions.empty()) return;
    m_document->setPositions(
        positions, positions.size() == 1 ? tr("Move %1").arg(m_document->nodeLabel(positions.front().first))
                                         : tr("Move %n Layers", nullptr, int(positions.size())));
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    for (QGraphicsItem* item : items(event->scenePos()))
        if (item->type() == NodeItem::Type) {
            emit nodeActivated(static_cast<NodeItem*>(item)->nodeId());
            return;
        }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event) {
    QGraphicsItem* target = nullptr;
    for (QGraphicsItem* item : items(event->scenePos()))
        if (item->type() == NodeItem::Type || item->type() == EdgeItem::Type) {
            target = item;
            break;
        }
    if (!target)
        clearSelection();
    else if (!target->isSelected()) {
        clearSelection();
        target->setSelected(true);
    }
    emit contextMenuRequested(event->scenePos(), event->screenPos());
    event->accept();
}

// --- Wires ---

void GraphScene::startWire(PortItem* port, QPointF scenePos) {
    m_wire = std::make_unique<WireDrag>();
    m_wire->graph = m_document->engineGraph();
    m_wire->node = port->nodeId();
    m_wire->direction = port->direction();
    m_wire->port = port->index();
    if (port->direction() == PortItem::Direction::Input)
        if (const auto edge = m_wire->graph.edgeInto({toId(port->nodeId()), port->index()})) {
            // Dragging a connected input picks up its wire by that end.
            m_wire->detached = *edge;
            (void)m_wire->graph.disconnect(*edge);
            m_wire->node = edge->from.node.value;
            m_wire->direction = PortItem::Direction::Output;
            m_wire->port = edge->from.port;
            if (EdgeItem* item =
                    edgeItem({edge->from.node.value, edge->from.port, edge->to.node.value, edge->to.port}))
                item->setVisible(false);
        }

    const CanvasPalette colors = paintStyle().colors;
    m_wire->path = addPath(QPainterPath(), QPen(colors.selection, 2, Qt::DashLine, Qt::RoundCap));
    m_wire->path->setZValue(3);

    for (NodeItem* node : std::as_const(m_nodes)) {
        QList<PortItem*> ports(node->inputPorts().begin(), node->inputPorts().end());
        if (node->outputPort()) ports << node->outputPort();
        for (PortItem* p : ports)
            p->setHint(m_wire->isOrigin(p)        ? PortItem::Hint::None
                       : wireRefusal(p).isEmpty() ? PortItem::Hint::Legal
                                                  : PortItem::Hint::Illegal);
    }
    updateWire(scenePos);
}

void GraphScene::updateWire(QPointF scenePos) {
    if (!m_wire) return;
    m_wire->cursor = scenePos;
    const NodeItem* node = m_nodes.value(m_wire->node);
    if (!node) return;
    const PortItem* origin =
        m_wire->direction == PortItem::Direction::Output ? node->outputPort() : node->inputPort(m_wire->port);
    if (!origin) return;
    QPointF end = scenePos;
    if (const PortItem* target = portAt(scenePos); target && target->hint() == PortItem::Hint::Legal)
        end = target->anchor(); // snaps onto a port that accepts it
    m_wire->path->setPath(m_wire->direction == PortItem::Direction::Output ? wirePath(origin->anchor(), end)
                                                                           : wirePath(end, origin->anchor()));
}

QString GraphScene::wireRefusal(const PortItem* port) const {
    if (!m_wire) return {};
    if (port->direction() == m_wire->direction)
        return m_wire->direction == PortItem::Direction::Output
                   ? tr("An output connects to an input, on the left side of a layer.")
                   : tr("An input connects to an output, on the right side of a layer.");
    const nw::PortRef fixed{toId(m_wire->node), m_wire->port};
    const nw::PortRef other{toId(port->nodeId()), port->index()};
    const nw::Edge edge =
        m_wire->direction == PortItem::Direction::Output ? nw::Edge{fixed, other} : nw::Edge{other, fixed};
    const nw::Status allowed = m_wire->graph.canConnect(edge);
    return allowed ? QString() : diagnosticMessage(allowed.error());
}

void GraphScene::finishWire(QPointF scenePos, QPoint screenPos) {
    const WireDrag& wire = *m_wire;
    const std::optional<nw::Edge> detached = wire.detached;
    PortItem* port = portAt(scenePos);
    QString refusal;
    std::optional<nw::Edge> edge;
    if (port && !wire.isOrigin(port)) {
        refusal = wireRefusal(port);
        const nw::PortRef fixed{toId(wire.node), wire.port};
        const nw::PortRef other{toId(port->nodeId()), port->index()};
        if (refusal.isEmpty())
            edge = wire.direction == PortItem::Direction::Output ? nw::Edge{fixed, other}
                                                                 : nw::Edge{other, fixed};
    }
    const quint32 fromNode = wire.node;
    const int fromPort = wire.port;
    const bool fromOutput = wire.direction == PortItem::Direction::Output;
    endWire();

    if (!refusal.isEmpty()) {
        // A wire refused only for its shapes goes through the layer that makes them fit, in one
        // undo step: dropping a Conv2D's output on a Dense inserts the Flatten a person would add.
        const nw::PortRef fixed{toId(fromNode), fromPort};
        const nw::PortRef other{port ? toId(port->nodeId()) : nw::NodeId{}, port ? port->index() : 0};
        const nw::Edge wanted = fromOutput ? nw::Edge{fixed, other} : nw::Edge{other, fixed};
        nw::BridgeFix fix;
        if (!detached && port && m_document->bridgeForWire(wanted, fix)) {
            if (const quint32 id = m_document->insertBridge(fix)) {
                selectNodes({id});
                emit statusMessage(tr("Connected through a new %1 so the shapes fit (Ctrl+Z takes it back)")
                                       .arg(QString::fromStdString(nw::layerRegistry().info(fix.kind).name)));
                return;
            }
        }
        refuse(tr("Cannot connect: %1").arg(refusal), screenPos);
        return;
    }
    m_lastRefusal.clear();
    if (edge) {
        if (detached && *detached == *edge) return; // put back where it was
        const nw::Status done =
            detached ? m_document->reconnect(*detached, *edge) : m_document->connectPorts(*edge);
        if (!done) refuse(tr("Cannot connect: %1").arg(diagnosticMessage(done.error())), screenPos);
        return;
    }
    if (port) return; // released on the port it started from
    if (detached) {
        (void)m_document->disconnect(*detached);
        return;
    }
    if (fromOutput) emit wireDroppedOnEmptyCanvas(fromNode, fromPort, scenePos, screenPos);
}

void GraphScene::endWire() {
    if (!m_wire) return;
    if (m_wire->detached) {
        const nw::Edge& e = *m_wire->detached;
        if (EdgeItem* item = edgeItem({e.from.node.value, e.from.port, e.to.node.value, e.to.port}))
            item->setVisible(true);
    }
    delete m_wire->path;
    m_wire.reset();
    for (NodeItem* node : std::as_const(m_nodes)) {
        for (PortItem* p : node->inputPorts()) p->setHint(PortItem::Hint::None);
        if (node->outputPort()) node->outputPort()->setHint(PortItem::Hint::None);
    }
}

void GraphScene::refuse(const QString& reason, QPoint screenPos) {
    m_lastRefusal = reason;
    emit statusMessage(reason);
    if (!views().isEmpty()) {
        QWidget* viewport = views().constFirst()->viewport();
        QToolTip::showText(screenPos, reason, viewport, QRect(), kRefusalTipMs);
    }
}

} // namespace nw::gui
