#include "gui/editor/graph_scene.h"

#include "gui/document/graph_document.h"
#include "gui/document/graph_fragment.h"
#include "gui/document/node_id.h"
#include "gui/document/project_document.h"
#include "gui/editor/mime_types.h"
#include "gui/editor/node_item.h"
#include "gui/editor/port_item.h"
#include "gui/editor/wire_drag.h"
#include "gui/render/card_metrics.h"
#include "gui/render/engine_text.h"

#include "engine/graph/shape_fixes.h"
#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <QClipboard>
#include <QGraphicsSceneDragDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QUndoStack>

#include <cmath>

namespace nw::gui {

namespace {

// Spare room around the network, so it can be scrolled past its edges.
constexpr qreal kSceneMargin = 2000;
constexpr qreal kPasteStep = 40;

qreal snapped(qreal v) { return std::round(v / card::kGrid) * card::kGrid; }

} // namespace

GraphScene::GraphScene(GraphDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items that move a lot
    connect(document, &GraphDocument::nodeAdded, this, &GraphScene::addNode);
    connect(document, &GraphDocument::nodeRemoved, this, &GraphScene::removeNode);
    connect(document, &GraphDocument::nodeChanged, this, &GraphScene::changeNode);
    connect(document, &GraphDocument::edgeAdded, this, &GraphScene::addEdge);
    connect(document, &GraphDocument::edgeRemoved, this, &GraphScene::removeEdge);
    connect(document, &GraphDocument::analysisChanged, this, &GraphScene::refreshAnalysis);
    connect(document, &GraphDocument::reset, this, &GraphScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit nodeSelectionChanged(selectedNodeIds()); });
    rebuild();
}

GraphScene::~GraphScene() {
    // QGraphicsScene deletes its items after this body; a selected card's deletion would announce a
    // selection change to listeners (the window's actions) that may already be gone.
    blockSignals(true);
}

// --- Following the document ---

void GraphScene::rebuild() {
    endWire();
    m_dragStart.clear();
    m_edges.clear();
    m_nodes.clear();
    clear();
    for (const nw::Node& node : m_document->engineGraph().nodes()) addNode(node.id.value);
    for (const nw::Edge& e : m_document->engineGraph().edges())
        addEdge(e.from.node.value, e.from.port, e.to.node.value, e.to.port);
    growSceneRect();
}

void GraphScene::addNode(quint32 id) {
    if (m_nodes.contains(id)) return;
    auto* item = new NodeItem(id, *m_document);
    addItem(item);
    m_nodes.insert(id, item);
    growSceneRect();
}

void GraphScene::removeNode(quint32 id) {
    NodeItem* item = m_nodes.take(id);
    if (!item) return;
    // The document removed the node's wires first; anything left is stale.
    const QList<EdgeItem*> edges = m_edges; // removeEdge() edits the list
    for (EdgeItem* edge : edges)
        if (edge->ends().fromNode == id || edge->ends().toNode == id)
            removeEdge(edge->ends().fromNode, edge->ends().fromPort, edge->ends().toNode,
                       edge->ends().toPort);
    if (m_wire && m_wire->involves(id)) endWire();
    delete item;
}

void GraphScene::changeNode(quint32 id) {
    NodeItem* item = m_nodes.value(id);
    if (!item) return;
    item->refresh(*m_document);
    nodeItemMoved(item);
    growSceneRect();
}

void GraphScene::addEdge(quint32 fromNode, int fromPort, quint32 toNode, int toPort) {
    const EdgeItem::Ends ends{fromNode, fromPort, toNode, toPort};
    if (edgeItem(ends)) return;
    auto* edge = new EdgeItem(ends);
    addItem(edge);
    addItem(edge->labelItem());
    m_edges << edge;
    placeEdge(edge);
    updatePortConnections(toNode);
    updatePortConnections(fromNode);
}

void GraphScene::removeEdge(quint32 fromNode, int fromPort, quint32 toNode, int toPort) {
    EdgeItem* edge = edgeItem({fromNode, fromPort, toNode, toPort});
    if (!edge) return;
    m_edges.removeOne(edge);
    delete edge;
    updatePortConnections(toNode);
    updatePortConnections(fromNode);
}

void GraphScene::refreshAnalysis() {
    for (NodeItem* item : std::as_const(m_nodes)) item->refresh(*m_document);
    for (EdgeItem* edge : std::as_const(m_edges)) placeEdge(edge);
}

EdgeItem* GraphScene::edgeItem(const EdgeItem::Ends& ends) const {
    for (EdgeItem* edge : m_edges)
        if (edge->ends() == ends) return edge;
    return nullptr;
}

void GraphScene::placeEdge(EdgeItem* edge) const {
    const EdgeItem::Ends& e = edge->ends();
    const NodeItem* from = m_nodes.value(e.fromNode);
    const NodeItem* to = m_nodes.value(e.toNode);
    if (!from || !to || !from->outputPort() || !to->inputPort(e.toPort)) return;
    edge->setEndpoints(from->outputPort()->anchor(), to->inputPort(e.toPort)->anchor());

    const nw::GraphAnalysis& analysis = m_document->analysis();
    const nw::NodeAnalysis* source = analysis.node(toId(e.fromNode));
    edge->setLabel(source && source->output ? QString::fromStdString(source->output->toString()) : QString());
    bool mismatch = false;
    if (const nw::NodeAnalysis* target = analysis.node(toId(e.toNode)))
        for (const nw::Diagnostic& d : target->diagnostics)
            mismatch = mismatch || d.code == nw::DiagCode::ShapeMismatch;
    edge->setProblem(mismatch);
}

void GraphScene::updatePortConnections(quint32 nodeId) {
    NodeItem* item = m_nodes.value(nodeId);
    if (!item) return;
    const nw::Graph& graph = m_document->engineGraph();
    for (PortItem* port : item->inputPorts())
        port->setConnected(graph.edgeInto({toId(nodeId), port->index()}).has_value());
    if (item->outputPort()) item->outputPort()->setConnected(!graph.edgesFrom(toId(nodeId)).empty());
}

void GraphScene::nodeItemMoved(NodeItem* item) {
    for (EdgeItem* edge : std::as_const(m_edges))
        if (edge->ends().fromNode == item->nodeId() || edge->ends().toNode == item->nodeId()) placeEdge(edge);
    if (m_wire) updateWire(m_wire->cursor);
}

void GraphScene::growSceneRect() {
    const QRectF base(-kSceneMargin, -kSceneMargin, 2 * kSceneMargin, 2 * kSceneMargin);
    const QRectF network = networkRect();
    const QRectF wanted =
        network.isNull()
            ? base
            : base.united(network.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    if (!sceneRect().contains(wanted)) setSceneRect(sceneRect().united(wanted));
}

QRectF GraphScene::networkRect() const {
    QRectF rect;
    for (const NodeItem* item : m_nodes) rect = rect.united(item->sceneBoundingRect());
    for (const EdgeItem* edge : m_edges) rect = rect.united(edge->sceneBoundingRect());
    return rect;
}

QList<quint32> GraphScene::selectedNodeIds() const {
    QList<quint32> ids;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == NodeItem::Type) ids << static_cast<NodeItem*>(item)->nodeId();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<EdgeItem*> GraphScene::selectedEdges() const {
    QList<EdgeItem*> edges;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == EdgeItem::Type) edges << static_cast<EdgeItem*>(item);
    return edges;
}

void GraphScene::selectNodes(const QList<quint32>& ids) {
    {
        const QSignalBlocker quiet(this); // one selectionChanged for the whole change
        clearSelection();
        for (const quint32 id : ids)
            if (NodeItem* item = m_nodes.value(id)) item->setSelected(true);
    }
    emit selectionChanged();
}

PaintStyle GraphScene::paintStyle() const {
    if (m_presenter) return {CanvasPalette::highContrast(palette()), font(), false, 2};
    return {CanvasPalette::from(palette()), font(), false};
}

void GraphScene::setPresenterMode(bool on) {
    if (m_presenter == on) return;
    m_presenter = on;
    invalidate(sceneRect(), QGraphicsScene::AllLayers); // the grid is drawn by the views, as background
    update();
}

// --- Edits started from the canvas ---

quint32 GraphScene::addLayerAt(const QString& kindName, QPointF scenePos) {
    const nw::LayerInfo* info = nw::layerRegistry().find(kindName.toStdString());
    if (!info) return 0;
    QPointF topLeft = scenePos - QPointF(card::kWidth / 2, card::height(int(info->inputPorts.size())) / 2);
    if (m_snap) topLeft = {snapped(topLeft.x()), snapped(topLeft.y())};
    const quint32 id = m_document->addNode(kindName, topLeft);
    if (id) selectNodes({id});
    return id;
}

quint32 GraphScene::addConnectedLayer(const QString& kindName, QPointF scenePos, quint32 fromNode,
                                      int fromPort) {
    const nw::LayerInfo* info = nw::layerRegistry().find(kindName.toStdString());
    if (!info) return 0;
    // The new card's first input lands where the wire was dropped.
    QPointF topLeft = scenePos - QPointF(0, card::inputPortY(0));
    if (m_snap) topLeft = {snapped(topLeft.x()), snapped(topLeft.y())};
    nw::Status wired;
    const quint32 id = m_document->addConnectedNode(kindName, topLeft, fromNode, fromPort, &wired);
    if (!wired)
        emit statusMessage(tr("Added %1 without a wire: %2")
                               .arg(m_document->nodeLabel(id), diagnosticMessage(wired.error())));
    if (id) selectNodes({id});
    return id;
}

bool GraphScene::applyFix(quint32 nodeId) {
    const std::optional<nw::BridgeFix> fix =
        nw::suggestBridge(m_document->engineGraph(), m_document->analysis(), toId(nodeId));
    if (!fix) return false;
    nw::Status inserted;
    const quint32 id = m_document->insertBridge(*fix, &inserted);
    if (!id) {
        emit statusMessage(diagnosticMessage(inserted.error()));
        return false;
    }
    selectNodes({id});
    emit statusMessage(engineText(fix->description));
    return true;
}

void GraphScene::deleteSelectedAndJoin() {
    const QList<quint32> nodes = selectedNodeIds();
    if (nodes.size() != 1) return;
    if (const nw::Status joined = m_document->removeAndReconnect(nodes.front()); !joined)
        emit statusMessage(diagnosticMessage(joined.error()));
}

void GraphScene::deleteSelection() {
    const QList<quint32> nodes = selectedNodeIds();
    QList<EdgeItem::Ends> edges;
    for (const EdgeItem* edge : selectedEdges())
        if (!nodes.contains(edge->ends().fromNode) && !nodes.contains(edge->ends().toNode))
            edges << edge->ends();
    if (nodes.isEmpty() && edges.isEmpty()) return;
    QUndoStack* stack = m_document->projectDocument()->undoStack();
    const bool several = int(!nodes.isEmpty()) + edges.size() > 1;
    if (several) stack->beginMacro(tr("Delete Selection"));
    if (!nodes.isEmpty()) m_document->removeNodes(nodes);
    for (const EdgeItem::Ends& e : edges)
        (void)m_document->disconnect({{toId(e.fromNode), e.fromPort}, {toId(e.toNode), e.toPort}});
    if (several) stack->endMacro();
}

void GraphScene::copySelection() {
    std::vector<nw::NodeId> ids;
    for (const quint32 id : selectedNodeIds()) ids.push_back(toId(id));
    if (ids.empty()) return;
    QGuiApplication::clipboard()->setMimeData(
        fragmentToMimeData(extractFragment(m_document->engineGraph(), ids)));
    m_pasteCount = 0;
}

void GraphScene::cutSelection() {
    const QList<quint32> nodes = selectedNodeIds();
    if (nodes.isEmpty()) return;
    copySelection();
    QUndoStack* stack = m_document->projectDocument()->undoStack();
    stack->beginMacro(tr("Cut"));
    m_document->removeNodes(nodes);
    stack->endMacro();
    m_pasteCount = -1; // the first paste lands where the cut layers were
}

void GraphScene::paste() {
    const std::optional<GraphFragment> fragment =
        fragmentFromMimeData(QGuiApplication::clipboard()->mimeData());
    if (!fragment) {
        emit statusMessage(tr("The clipboard holds no layers to paste."));
        return;
    }
    ++m_pasteCount;
    const qreal step = kPasteStep * m_pasteCount;
    selectNodes(m_document->paste(*fragment, {step, step}));
}

void GraphScene::duplicateSelection() {
    std::vector<nw::NodeId> ids;
    for (const quint32 id : selectedNodeIds()) ids.push_back(toId(id));
    if (ids.empty()) return;
    selectNodes(m_document->paste(extractFragment(m_document->engineGraph(), ids), {kPasteStep, kPasteStep},
                                  tr("Duplicate")));
}

void GraphScene::toggleSelectionEnabled() {
    const QList<quint32> ids = selectedNodeIds();
    if (ids.isEmpty()) return;
    bool allDisabled = true;
    for (const quint32 id : ids)
        if (const nw::Node* node = m_document->engineGraph().node(toId(id));
            node && node->kind != nw::LayerKind::Input)
            allDisabled = allDisabled && !node->enabled;
    if (nw::Status s = m_document->setEnabled(ids, allDisabled); !s)
        emit statusMessage(diagnosticMessage(s.error()));
}

// --- Keyboard and drops ---

void GraphScene::keyPressEvent(QKeyEvent* event) {
    if (m_wire && event->key() == Qt::Key_Escape) {
        endWire();
        return;
    }
    QPointF nudge;
    switch (event->key()) {
    case Qt::Key_Left: nudge = {-card::kGrid, 0}; break;
    case Qt::Key_Right: nudge = {card::kGrid, 0}; break;
    case Qt::Key_Up: nudge = {0, -card::kGrid}; break;
    case Qt::Key_Down: nudge = {0, card::kGrid}; break;
    default: break;
    }
    const QList<quint32> ids = selectedNodeIds();
    if (!nudge.isNull() && !ids.isEmpty() && !focusItem()) {
        m_document->moveNodes(ids, nudge, true);
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    if (event->mimeData()->hasFormat(layerMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) { dragEnterEvent(event); }

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    const QByteArray kind = event->mimeData()->data(layerMimeType());
    if (kind.isEmpty() || !addLayerAt(QString::fromUtf8(kind), event->scenePos())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace nw::gui
