#pragma once

#include "gui/editor/edge_item.h"
#include "gui/render/item_painting.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointer>
#include <memory>

class QGraphicsPathItem;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
class Graph;
} // namespace nw

namespace nw::gui {

class GraphDocument;
class NodeItem;
class PortItem;

// The network drawn as cards and wires. Items are built from the GraphDocument and change only in
// the slots on its signals; rebuild() can always start over from the document. User gestures
// (dropping a layer, dragging a wire or a card, the badge's fix) become GraphDocument edits, so each is
// one undo step.
class GraphScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit GraphScene(GraphDocument* document, QObject* parent = nullptr);
    ~GraphScene() override;

    GraphDocument* document() const { return m_document; }

    NodeItem* nodeItem(quint32 id) const { return m_nodes.value(id); }
    QList<NodeItem*> nodeItems() const { return m_nodes.values(); }
    QList<EdgeItem*> edgeItems() const { return m_edges; }
    EdgeItem* edgeItem(const EdgeItem::Ends& ends) const;

    QList<quint32> selectedNodeIds() const;
    QList<EdgeItem*> selectedEdges() const;
    void selectNodes(const QList<quint32>& ids);
    // The cards' bounding box, without the scene's spare room.
    QRectF networkRect() const;

    bool snapsToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    // Colours and font the items paint with, from the scene's palette and font (high contrast and
    // thicker lines in presenter mode).
    PaintStyle paintStyle() const;
    // Presenter mode: colours that survive a projector, wires and borders twice as thick.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }

    // The reason the last dropped wire was refused, empty when the last one was accepted.
    QString lastRefusal() const { return m_lastRefusal; }

    // --- Edits started from the canvas ---
    // A layer of `kindName` whose card centre lands on `scenePos`. Returns its id, 0 if unknown.
    quint32 addLayerAt(const QString& kindName, QPointF scenePos);
    // A layer at `scenePos` already wired from output `fromPort` of `fromNode`: one undo step. Meant for
    // the palette's search popup after wireDroppedOnEmptyCanvas.
    quint32 addConnectedLayer(const QString& kindName, QPointF scenePos, quint32 fromNode, int fromPort);
    // Applies the shape fix offered for `nodeId`'s input. False when there is none.
    bool applyFix(quint32 nodeId);
    // Deletes the selected cards and the selected wires as one step.
    void deleteSelection();
    // Deletes the one selected card and joins its wires (GraphDocument::removeAndReconnect); a refusal
    // is told in the status bar.
    void deleteSelectedAndJoin();
    // Copies the selected cards and the wires among them to the clipboard.
    void copySelection();
    void cutSelection();
    // Pastes the clipboard's layers, offset from where they were copied, and selects them.
    void paste();
    void duplicateSelection();
    // Disables the selected layers, or enables them when they are all disabled already.
    void toggleSelectionEnabled();

    // Called by a card while it moves, so its wires follow.
    void nodeItemMoved(NodeItem* item);

public slots:
    // Drops every item and draws the document's graph again.
    void rebuild();

signals:
    // A wire from an output port was released on empty canvas.
    void wireDroppedOnEmptyCanvas(quint32 fromNode, int fromPort, QPointF scenePos, QPoint globalPos);
    // A short message for the status bar: a refused wire, an applied fix.
    void statusMessage(const QString& message);
    // The selected cards changed: for the inspector.
    void nodeSelectionChanged(const QList<quint32>& ids);
    // Right click on `scenePos` after the item under it was selected; the window builds the menu.
    void contextMenuRequested(QPointF scenePos, QPoint globalPos);
    // Double click on a card.
    void nodeActivated(quint32 id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;

private:
    struct WireDrag;

    void addNode(quint32 id);
    void removeNode(quint32 id);
    void changeNode(quint32 id);
    void addEdge(quint32 fromNode, int fromPort, quint32 toNode, int toPort);
    void removeEdge(quint32 fromNode, int fromPort, quint32 toNode, int toPort);
    void refreshAnalysis();
    void placeEdge(EdgeItem* edge) const;
    void updatePortConnections(quint32 nodeId);
    void growSceneRect();

    PortItem* portAt(QPointF scenePos) const;
    void startWire(PortItem* port, QPointF scenePos);
    void updateWire(QPointF scenePos);
    void finishWire(QPointF scenePos, QPoint screenPos);
    void endWire();
    // Whether a wire between the dragged end and `port` would be accepted, and if not, why.
    QString wireRefusal(const PortItem* port) const;
    void refuse(const QString& reason, QPoint screenPos);

    GraphDocument* m_document;
    QHash<quint32, NodeItem*> m_nodes;
    QList<EdgeItem*> m_edges;
    bool m_snap = true;
    bool m_presenter = false;
    QString m_lastRefusal;
    std::unique_ptr<WireDrag> m_wire;
    // Card positions when a drag started, to turn the drag into one move command.
    QHash<quint32, QPointF> m_dragStart;
    int m_pasteCount = 0;
};

} // namespace nw::gui
