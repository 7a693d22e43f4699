#pragma once

#include "engine/layers/attr_value.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
class Graph;
class Status;
struct BridgeFix;
struct Edge;
struct GraphAnalysis;
struct Node;
struct Point;
} // namespace nw

namespace nw::gui {

class ProjectDocument;
struct GraphFragment;

// The network of the open project, as the canvas, the inspector and the problems list see it. It is
// the one way the GUI changes the engine Graph: every edit method pushes exactly one QUndoCommand on
// the ProjectDocument's undo stack, and every change, whether done, undone or redone, is announced by
// the signals below, which views follow. Node ids travel as quint32 (nw::NodeId::value).
class GraphDocument : public QObject {
    Q_OBJECT

public:
    explicit GraphDocument(ProjectDocument* project);
    ~GraphDocument() override;

    const nw::Graph& engineGraph() const;
    // Shapes, parameters, FLOPs and diagnostics of the current graph; recomputed after each edit.
    const nw::GraphAnalysis& analysis() const;
    ProjectDocument* projectDocument() const { return m_project; }

    // The layer kinds an assignment allows (registry names); empty: every kind. Adding or pasting a
    // layer of another kind is refused, with the reason in refused().
    void setAllowedKinds(const QStringList& kinds) { m_allowedKinds = kinds; }
    const QStringList& allowedKinds() const { return m_allowedKinds; }

    // --- Edits: one undo step each. ---
    // The new node's id, or 0 when `kindName` is not a registered layer kind or not allowed.
    quint32 addNode(const QString& kindName, QPointF position);
    // Adds a node of `kindName` at `position` fed by output `fromPort` of `fromNode`, as one step. When
    // the wire is refused (its shapes do not fit, say) the node is still added, unwired, and `wired`
    // (if given) holds the reason.
    quint32 addConnectedNode(const QString& kindName, QPointF position, quint32 fromNode, int fromPort,
                             nw::Status* wired = nullptr);
    // Removes the nodes and every wire touching them. Unknown ids are ignored.
    void removeNodes(const QList<quint32>& ids);
    // Removes a layer that has one input wire and wires what fed it to every layer it fed, as one
    // edit (node editors call it dissolving). Refused, with why, when the layer has another number of
    // input wires or a reconnected layer would not take the shape.
    nw::Status removeAndReconnect(quint32 id);
    // Refused edges push nothing and return canConnect's Diagnostic.
    nw::Status connectPorts(const nw::Edge& edge);
    nw::Status disconnect(const nw::Edge& edge);
    // Detaches the wire into `oldEdge.to` and attaches the same source to `newTo`, as one step.
    nw::Status reconnect(const nw::Edge& oldEdge, const nw::Edge& newEdge);
    // `mergeable` moves (arrow-key nudges) of the same nodes merge into one undo step; a drag is one
    // step of its own.
    void moveNodes(const QList<quint32>& ids, QPointF delta, bool mergeable = false);
    // Consecutive edits of the same attribute of the same node merge into one undo step.
    nw::Status setAttribute(quint32 id, int attrIndex, const nw::AttrValue& value);
    nw::Status rename(quint32 id, const QString& name);
    // Input layers cannot be disabled; they are skipped, and the call fails only if nothing changes.
    nw::Status setEnabled(const QList<quint32>& ids, bool enabled);
    // The one-click shape fix: inserts fix.kind on fix.edge. Returns the new node's id, or 0.
    quint32 insertBridge(const nw::BridgeFix& fix, nw::Status* inserted = nullptr);
    // For a wire canConnect refuses only because the shapes differ: the layer that would make them
    // fit (a Flatten between a Conv2D and a Dense), to insert with insertBridge; false otherwise.
    bool bridgeForWire(const nw::Edge& edge, nw::BridgeFix& fix) const;
    // Adds copies of the fragment's nodes and wires, moved by `offset`, with fresh ids and names.
    // Returns the new ids in the fragment's order. `text` names the undo step ("Paste", "Duplicate").
    QList<quint32> paste(const GraphFragment& fragment, QPointF offset, const QString& text = {});
    // Arranges the network left to right in layers (see engine/graph/layered_layout.h). Pushes nothing when every
    // node is already in place.
    void autoLayout();
    // Replaces the whole network with `graph` (a run's network restored), as one step of the undo
    // history.
    void replaceGraph(const nw::Graph& graph, const QString& text);

    // Moves the nodes to the given positions as one undo step named `text`.
    void setPositions(const std::vector<std::pair<quint32, nw::Point>>& positions, const QString& text);

    // --- Primitive edits, for the commands in gui/commands only: they change the graph without
    // touching the undo stack and emit the matching signal. A command calls finishEdit() when done.
    nw::Status insertNodeNow(const nw::Node& node);
    void removeNodeNow(quint32 id);
    void connectNow(const nw::Edge& edge);
    void disconnectNow(const nw::Edge& edge);
    void setPositionNow(quint32 id, const nw::Point& position);
    void setAttributeNow(quint32 id, int attrIndex, const nw::AttrValue& value);
    void renameNow(quint32 id, const std::string& name);
    void setEnabledNow(quint32 id, bool enabled);
    // Announces analysisChanged() if the structure or the attributes changed since the last call.
    void finishEdit();

    // A display name for undo texts: the node's name, or its id when it is gone.
    QString nodeLabel(quint32 id) const;

signals:
    // An add or a paste was refused: a layer kind the assignment does not allow.
    void refused(const QString& why);
    void nodeAdded(quint32 id);
    void nodeRemoved(quint32 id);
    // Attributes, name, enabled flag or position.
    void nodeChanged(quint32 id);
    void edgeAdded(quint32 fromNode, int fromPort, quint32 toNode, int toPort);
    void edgeRemoved(quint32 fromNode, int fromPort, quint32 toNode, int toPort);
    void analysisChanged();
    // The whole project was replaced (New, Open): views rebuild from engineGraph().
    void reset();

private:
    nw::Graph& mutableGraph();
    void markStructureChanged();

    ProjectDocument* m_project;
    mutable std::unique_ptr<nw::GraphAnalysis> m_analysis; // null until asked for after a change
    bool m_pendingAnalysis = false;                        // a change finishEdit() has not announced
    // Whether an assignment allows `kind`; refuses (the signal) when it does not.
    bool allowsKind(const QString& kind);
    QStringList m_allowedKinds;
};

} // namespace nw::gui
