#include "gui/document/graph_document.h"

#include "gui/commands/edge_commands.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/node_commands.h"
#include "gui/document/graph_fragment.h"
#include "gui/document/node_id.h"
#include "gui/document/project_document.h"
#include "engine/graph/layered_layout.h"
#include "gui/render/card_metrics.h"

#include "engine/graph/shape_fixes.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace nw::gui {

namespace {

// The designer's own refusals of "delete and join", written as engine sentences (a Diagnostic holds a
// Text) and marked for lupdate in the engine's context, where the designer looks them up.
const char* const kNoSuchLayer = QT_TRANSLATE_NOOP("Engine", "There is no such layer");
const char* const kNotOneInput = QT_TRANSLATE_NOOP(
    "Engine", "Only a layer with one input wire can be deleted and its wires joined; '%1' has %2");
const char* const kCannotJoin =
    QT_TRANSLATE_NOOP("Engine", "Without '%1', '%2' cannot take what '%3' gives: %4");

QString kindName(nw::LayerKind kind) { return QString::fromStdString(nw::layerRegistry().info(kind).name); }

nw::Status unknownNode(quint32 id) {
    return nw::Diagnostic{nw::DiagCode::UnknownNode, "There is no node " + std::to_string(id), toId(id)};
}

} // namespace

GraphDocument::GraphDocument(ProjectDocument* project) : QObject(project), m_project(project) {
    connect(project, &ProjectDocument::projectReplaced, this, [this] {
        m_analysis.reset();
        m_pendingAnalysis = false;
        emit reset();
        emit analysisChanged();
    });
}

GraphDocument::~GraphDocument() = default;

const nw::Graph& GraphDocument::engineGraph() const { return m_project->project().graph; }

nw::Graph& GraphDocument::mutableGraph() { return m_project->mutableProject().graph; }

const nw::GraphAnalysis& GraphDocument::analysis() const {
    if (!m_analysis) m_analysis = std::make_unique<nw::GraphAnalysis>(nw::analyzeGraph(engineGraph()));
    return *m_analysis;
}

QString GraphDocument::nodeLabel(quint32 id) const {
    const nw::Node* node = engineGraph().node(toId(id));
    return node ? QString::fromStdString(node->name) : QString::number(id);
}

// --- Edits ---

bool GraphDocument::allowsKind(const QString& kind) {
    if (m_allowedKinds.isEmpty() || m_allowedKinds.contains(kind)) return true;
    emit refused(tr("This assignment does not use %1 layers: it allows %2.")
                     .arg(kind, m_allowedKinds.join(QStringLiteral(", "))));
    return false;
}

quint32 GraphDocument::addNode(const QString& kindName, QPointF position) {
    const nw::LayerInfo* info = nw::layerRegistry().find(kindName.toStdString());
    if (!info || !allowsKind(kindName)) return 0;
    // A scratch copy names the node and picks its id exactly as the graph itself would.
    nw::Graph scratch = engineGraph();
    const nw::NodeId id = scratch.addNode(info->kind, {}, {position.x(), position.y()});
    m_project->undoStack()->push(
        new AddNodesCommand(this, tr("Add %1").arg(QString::fromStdString(info->name)), {*scratch.node(id)}));
    return id.value;
}

quint32 GraphDocument::addConnectedNode(const QString& kindName, QPointF position, quint32 fromNode,
                                        int fromPort, nw::Status* wired) {
    const nw::LayerInfo* info = nw::layerRegistry().find(kindName.toStdString());
    if (!info || !allowsKind(kindName)) return 0;
    nw::Graph scratch = engineGraph();
    const nw::NodeId id = scratch.addNode(info->kind, {}, {position.x(), position.y()});
    const nw::Edge edge{{toId(fromNode), fromPort}, {id, 0}};
    nw::Status status = scratch.canConnect(edge);
    if (info->inputPorts.empty())
        status = nw::Diagnostic{nw::DiagCode::PortOutOfRange, info->name + " has no input to wire", id};
    std::vector<nw::Edge> edges;
    if (status) edges.push_back(edge);
    m_project->undoStack()->push(new AddNodesCommand(
        this, tr("Add %1").arg(QString::fromStdString(info->name)), {*scratch.node(id)}, edges));
    if (wired) *wired = status;
    return id.value;
}

void GraphDocument::removeNodes(const QList<quint32>& ids) {
    std::vector<nw::NodeId> present;
    for (const quint32 id : ids)
        if (engineGraph().node(toId(id))) present.push_back(toId(id));
    if (present.empty()) return;
    const QString text = present.size() == 1 ? tr("Delete %1").arg(nodeLabel(present.front().value))
                                             : tr("Delete %n Layers", nullptr, int(present.size()));
    m_project->undoStack()->push(new RemoveNodesCommand(this, text, present));
}

nw::Status GraphDocument::removeAndReconnect(quint32 id) {
    const nw::Graph& graph = engineGraph();
    const nw::Node* node = graph.node(toId(id));
    if (!node) return nw::Diagnostic{nw::DiagCode::UnknownNode, nw::Text(nw::TextPattern{kNoSuchLayer})};
    std::vector<nw::Edge> in, out;
    for (const nw::Edge& edge : graph.edges()) {
        if (edge.to.node == node->id) in.push_back(edge);
        if (edge.from.node == node->id) out.push_back(edge);
    }
    if (in.size() != 1)
        return nw::Diagnostic{nw::DiagCode::MissingInput,
                              nw::Text(nw::TextPattern{kNotOneInput}, {node->name, in.size()}), node->id};
    // The joined wires, checked on a copy: each must be one the editor would accept.
    nw::Graph scratch = graph;
    if (nw::Status removed = scratch.removeNode(node->id); !removed) return removed;
    std::vector<nw::Edge> joined;
    for (const nw::Edge& edge : out) {
        const nw::Edge wire{in.front().from, edge.to};
        if (nw::Status s = scratch.connect(wire); !s) {
            const nw::Diagnostic& refused = s.error();
            const nw::TextArg reason = refused.text.empty() ? nw::TextArg(refused.message) : refused.text;
            return nw::Diagnostic{
                refused.code,
                nw::Text(nw::TextPattern{kCannotJoin}, {node->name, graph.node(edge.to.node)->name,
                                                        graph.node(wire.from.node)->name, reason}),
                refused.node, refused.location};
        }
        joined.push_back(wire);
    }
    auto* parent = new GraphCommand(this, tr("Delete %1 and Join Its Wires").arg(nodeLabel(id)));
    new RemoveNodesCommand(this, {}, {node->id}, parent);
    for (const nw::Edge& wire : joined) new ConnectCommand(this, {}, wire, parent);
    m_project->undoStack()->push(parent);
    return nw::Status::success();
}

nw::Status GraphDocument::connectPorts(const nw::Edge& edge) {
    if (nw::Status s = engineGraph().canConnect(edge); !s) return s;
    m_project->undoStack()->push(new ConnectCommand(
        this, tr("Connect %1 to %2").arg(nodeLabel(edge.from.node.value), nodeLabel(edge.to.node.value)),
        edge));
    return nw::Status::success();
}

nw::Status GraphDocument::disconnect(const nw::Edge& edge) {
    const auto& edges = engineGraph().edges();
    if (std::find(edges.begin(), edges.end(), edge) == edges.end())
        return nw::Diagnostic{nw::DiagCode::UnknownNode, "These ports are not connected", edge.to.node};
    m_project->undoStack()->push(new DisconnectCommand(
        this, tr("Disconnect %1 from %2").arg(nodeLabel(edge.from.node.value), nodeLabel(edge.to.node.value)),
        edge));
    return nw::Status::success();
}

nw::Status GraphDocument::reconnect(const nw::Edge& oldEdge, const nw::Edge& newEdge) {
    nw::Graph scratch = engineGraph();
    if (nw::Status s = scratch.disconnect(oldEdge); !s) return s;
    if (nw::Status s = scratch.canConnect(newEdge); !s) return s;
    auto* parent = new GraphCommand(this, tr("Reconnect %1").arg(nodeLabel(newEdge.from.node.value)));
    new DisconnectCommand(this, {}, oldEdge, parent);
    new ConnectCommand(this, {}, newEdge, parent);
    m_project->undoStack()->push(parent);
    return nw::Status::success();
}

void GraphDocument::moveNodes(const QList<quint32>& ids, QPointF delta, bool mergeable) {
    if (delta.isNull()) return;
    std::vector<MoveNodesCommand::Move> moves;
    for (const quint32 id : ids)
        if (const nw::Node* node = engineGraph().node(toId(id)))
            moves.push_back(
                {node->id, node->position, {node->position.x + delta.x(), node->position.y + delta.y()}});
    if (moves.empty()) return;
    const QString text = moves.size() == 1 ? tr("Move %1").arg(nodeLabel(moves.front().id.value))
                                           : tr("Move %n Layers", nullptr, int(moves.size()));
    m_project->undoStack()->push(new MoveNodesCommand(this, text, std::move(moves), mergeable));
}

void GraphDocument::setPositions(const std::vector<std::pair<quint32, nw::Point>>& positions,
                                 const QString& text) {
    std::vector<MoveNodesCommand::Move> moves;
    for (const auto& [id, to] : positions)
        if (const nw::Node* node = engineGraph().node(toId(id)); node && !(node->position == to))
            moves.push_back({node->id, node->position, to});
    if (moves.empty()) return;
    m_project->undoStack()->push(new MoveNodesCommand(this, text, std::move(moves), false));
}

nw::Status GraphDocument::setAttribute(quint32 id, int attrIndex, const nw::AttrValue& value) {
    const nw::Node* node = engineGraph().node(toId(id));
    if (!node) return unknownNode(id);
    const nw::LayerInfo& info = nw::layerRegistry().info(node->kind);
    if (attrIndex < 0 || attrIndex >= int(info.attrs.size()))
        return nw::Diagnostic{nw::DiagCode::UnknownAttribute,
                              info.name + " has no attribute number " + std::to_string(attrIndex), node->id};
    const nw::AttrSpec& spec = info.attrs[size_t(attrIndex)];
    // The graph's own check, on a copy: the same sentence the file loader would give.
    nw::Graph scratch = engineGraph();
    if (nw::Status s = scratch.setAttribute(node->id, spec.name, value); !s) return s;
    const nw::AttrValue& before = node->attrs[size_t(attrIndex)];
    if (before == value) return nw::Status::success();
    m_project->undoStack()->push(new SetAttributeCommand(
        this,
        tr("Change %1 of %2").arg(QString::fromStdString(spec.label), QString::fromStdString(node->name)),
        node->id, attrIndex, before, value));
    return nw::Status::success();
}

nw::Status GraphDocument::rename(quint32 id, const QString& name) {
    const nw::Node* node = engineGraph().node(toId(id));
    if (!node) return unknownNode(id);
    const std::string wanted = name.trimmed().toStdString();
    if (wanted == node->name) return nw::Status::success();
    nw::Graph scratch = engineGraph();
    if (nw::Status s = scratch.rename(node->id, wanted); !s) return s;
    m_project->undoStack()->push(new RenameCommand(
        this, tr("Rename %1 to %2").arg(QString::fromStdString(node->name), QString::fromStdString(wanted)),
        node->id, node->name, wanted));
    return nw::Status::success();
}

nw::Status GraphDocument::setEnabled(const QList<quint32>& ids, bool enabled) {
    std::vector<nw::NodeId> changing;
    nw::Status refused = nw::Status::success(); // nothing to change is not an error
    for (const quint32 id : ids) {
        const nw::Node* node = engineGraph().node(toId(id));
        if (!node || node->enabled == enabled) continue;
        nw::Graph scratch = engineGraph();
        if (nw::Status s = scratch.setEnabled(node->id, enabled); !s) {
            refused = s;
            continue;
        }
        changing.push_back(node->id);
    }
    if (changing.empty()) return refused;
    const QString subject = changing.size() == 1 ? nodeLabel(changing.front().value)
                                                 : tr("%n Layers", nullptr, int(changing.size()));
    const QString text = enabled ? tr("Enable %1").arg(subject) : tr("Disable %1").arg(subject);
    m_project->undoStack()->push(new SetEnabledCommand(this, text, std::move(changing), enabled));
    return nw::Status::success();
}

namespace {

// The moves that give a card inserted on `edge` a card's width and two grid gaps of room: the
// consumer and every layer downstream of it shift right. None when there is room already, or when
// the consumer does not stand to the right of the producer (a layout of the user's own).
std::vector<MoveNodesCommand::Move> makeRoomBetween(const nw::Graph& graph, const nw::Edge& edge) {
    const nw::Node* from = graph.node(edge.from.node);
    const nw::Node* to = graph.node(edge.to.node);
    if (!from || !to || to->position.x <= from->position.x) return {};
    constexpr double kGap = 2 * card::kGrid;
    const double needed = from->position.x + 2 * card::kWidth + 2 * kGap;
    if (to->position.x >= needed) return {};
    const double shift = std::ceil((needed - to->position.x) / card::kGrid) * card::kGrid;
    std::vector<nw::NodeId> downstream{to->id};
    for (size_t i = 0; i < downstream.size(); ++i)
        for (const nw::Edge& e : graph.edges())
            if (e.from.node == downstream[i] &&
                std::find(downstream.begin(), downstream.end(), e.to.node) == downstream.end())
                downstream.push_back(e.to.node);
    std::vector<MoveNodesCommand::Move> moves;
    for (const nw::NodeId id : downstream) {
        const nw::Point at = graph.node(id)->position;
        moves.push_back({id, at, nw::Point{at.x + shift, at.y}});
    }
    return moves;
}

} // namespace

quint32 GraphDocument::insertBridge(const nw::BridgeFix& fix, nw::Status* inserted) {
    if (fix.enable) { // a disabled layer that fits once on again: one undoable Enable
        const nw::Status enabled = setEnabled({fix.enable->value}, true);
        if (inserted) *inserted = enabled;
        return enabled ? fix.enable->value : 0;
    }
    // Room for the new card: when the two ends stand closer than a card and two gaps, the consumer
    // and everything after it move right (in the same undo step) instead of the card landing on them.
    nw::Graph scratch = engineGraph();
    const std::vector<MoveNodesCommand::Move> room = makeRoomBetween(scratch, fix.edge);
    for (const MoveNodesCommand::Move& move : room)
        if (nw::Status moved = scratch.setPosition(move.id, move.to); !moved) {
            if (inserted) *inserted = moved;
            return 0;
        }
    // applyBridge on the copy says whether the fix works and builds the exact node to add.
    nw::Result<nw::NodeId> bridge = nw::applyBridge(scratch, fix);
    if (!bridge) {
        if (inserted) *inserted = bridge.error();
        return 0;
    }
    const nw::NodeId id = *bridge;
    auto* parent = new GraphCommand(this, tr("Insert %1").arg(kindName(fix.kind)));
    if (!room.empty()) new MoveNodesCommand(this, {}, room, false, parent);
    if (engineGraph().edgeInto(fix.edge.to) == fix.edge) new DisconnectCommand(this, {}, fix.edge, parent);
    new AddNodesCommand(this, {}, {*scratch.node(id)},
                        {nw::Edge{fix.edge.from, {id, 0}}, nw::Edge{{id, 0}, fix.edge.to}}, parent);
    m_project->undoStack()->push(parent);
    if (inserted) *inserted = nw::Status::success();
    return id.value;
}

bool GraphDocument::bridgeForWire(const nw::Edge& edge, nw::BridgeFix& fix) const {
    const nw::Status allowed = engineGraph().canConnect(edge);
    if (allowed || allowed.error().code != nw::DiagCode::ShapeMismatch) return false;
    // Wired as a loader would, the mismatch becomes the consumer's diagnostic, which is what
    // suggestBridge answers.
    nw::Graph wired = engineGraph();
    if (!wired.connect(edge, nw::Graph::ShapeCheck::Skip)) return false;
    const std::optional<nw::BridgeFix> found =
        nw::suggestBridge(wired, nw::analyzeGraph(wired), edge.to.node);
    if (!found || found->edge != edge) return false;
    fix = *found;
    return true;
}

QList<quint32> GraphDocument::paste(const GraphFragment& fragment, QPointF offset, const QString& text) {
    QList<quint32> created;
    if (fragment.empty()) return created;
    for (const nw::Node& node : fragment.nodes)
        if (!allowsKind(QString::fromStdString(nw::layerRegistry().info(node.kind).name))) return created;
    nw::Graph scratch = engineGraph();
    std::map<nw::NodeId, nw::NodeId> renumbered;
    std::vector<nw::Node> nodes;
    for (const nw::Node& original : fragment.nodes) {
        nw::Node node = original;
        node.id = scratch.nextId();
        node.name = freeNodeName(scratch, original.name);
        node.position = {original.position.x + offset.x(), original.position.y + offset.y()};
        if (!scratch.insertNode(node)) continue; // a fragment from a newer or damaged source
        renumbered[original.id] = node.id;
        nodes.push_back(node);
        created << node.id.value;
    }
    std::vector<nw::Edge> edges;
    for (const nw::Edge& e : fragment.edges) {
        const auto from = renumbered.find(e.from.node);
        const auto to = renumbered.find(e.to.node);
        if (from == renumbered.end() || to == renumbered.end()) continue;
        const nw::Edge edge{{from->second, e.from.port}, {to->second, e.to.port}};
        if (scratch.connect(edge, nw::Graph::ShapeCheck::Skip)) edges.push_back(edge);
    }
    if (nodes.empty()) return created;
    m_project->undoStack()->push(
        new AddNodesCommand(this, text.isEmpty() ? tr("Paste") : text, std::move(nodes), std::move(edges)));
    return created;
}

void GraphDocument::autoLayout() {
    const auto heights = [this](nw::NodeId id) {
        return card::height(int(nw::layerRegistry().info(engineGraph().node(id)->kind).inputPorts.size()));
    };
    std::vector<std::pair<quint32, nw::Point>> positions;
    for (const auto& [id, point] : layeredLayout(engineGraph(), heights))
        positions.emplace_back(id.value, point);
    setPositions(positions, tr("Arrange Layers"));
}

// --- Primitive edits ---

void GraphDocument::markStructureChanged() {
    m_analysis.reset();
    m_pendingAnalysis = true;
}

nw::Status GraphDocument::insertNodeNow(const nw::Node& node) {
    if (nw::Status s = mutableGraph().insertNode(node); !s) return s;
    markStructureChanged();
    emit nodeAdded(node.id.value);
    return nw::Status::success();
}

void GraphDocument::removeNodeNow(quint32 id) {
    const nw::NodeId nodeId = toId(id);
    std::vector<nw::Edge> touching;
    for (const nw::Edge& e : engineGraph().edges())
        if (e.from.node == nodeId || e.to.node == nodeId) touching.push_back(e);
    for (const nw::Edge& e : touching) disconnectNow(e);
    if (!mutableGraph().removeNode(nodeId)) return;
    markStructureChanged();
    emit nodeRemoved(id);
}

void GraphDocument::connectNow(const nw::Edge& edge) {
    // The edit methods checked the shapes when the user made the edge; replaying it must not refuse
    // it because an attribute changed since (shape inference reports that instead).
    if (!mutableGraph().connect(edge, nw::Graph::ShapeCheck::Skip)) return;
    markStructureChanged();
    emit edgeAdded(edge.from.node.value, edge.from.port, edge.to.node.value, edge.to.port);
}

void GraphDocument::disconnectNow(const nw::Edge& edge) {
    if (!mutableGraph().disconnect(edge)) return;
    markStructureChanged();
    emit edgeRemoved(edge.from.node.value, edge.from.port, edge.to.node.value, edge.to.port);
}

void GraphDocument::setPositionNow(quint32 id, const nw::Point& position) {
    if (!mutableGraph().setPosition(toId(id), position)) return;
    emit nodeChanged(id);
}

void GraphDocument::setAttributeNow(quint32 id, int attrIndex, const nw::AttrValue& value) {
    const nw::Node* node = engineGraph().node(toId(id));
    if (!node) return;
    const std::string& name = nw::layerRegistry().info(node->kind).attrs.at(size_t(attrIndex)).name;
    if (!mutableGraph().setAttribute(toId(id), name, value)) return;
    markStructureChanged();
    emit nodeChanged(id);
}

void GraphDocument::renameNow(quint32 id, const std::string& name) {
    if (!mutableGraph().rename(toId(id), name)) return;
    markStructureChanged(); // diagnostics quote names
    emit nodeChanged(id);
}

void GraphDocument::setEnabledNow(quint32 id, bool enabled) {
    if (!mutableGraph().setEnabled(toId(id), enabled)) return;
    markStructureChanged();
    emit nodeChanged(id);
}

void GraphDocument::finishEdit() {
    if (!m_pendingAnalysis) return;
    m_pendingAnalysis = false;
    emit analysisChanged();
}

void GraphDocument::replaceGraph(const nw::Graph& graph, const QString& text) {
    auto* parent = new GraphCommand(this, text);
    std::vector<nw::NodeId> present;
    for (const nw::Node& node : engineGraph().nodes()) present.push_back(node.id);
    if (!present.empty()) new RemoveNodesCommand(this, {}, present, parent);
    new AddNodesCommand(this, {}, graph.nodes(), graph.edges(), parent);
    m_project->undoStack()->push(parent);
}

} // namespace nw::gui
