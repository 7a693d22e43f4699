#pragma once

#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/edge_item.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/editor/node_item.h"
#include "gui/editor/port_item.h"

#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QtTest>

#include <memory>
#include <set>
#include <string>

namespace nw::gui::test {

// A document with a scene and a view on screen (the offscreen platform's screen), the way the main
// window wires them, without the window.
struct Canvas {
    ProjectDocument document;
    GraphScene scene{document.graphDocument()};
    GraphView view{&scene};

    Canvas() {
        view.resize(1000, 700);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view)) qFatal("the canvas was not shown");
        view.centerOn(300, 100);
    }

    GraphDocument& graphDoc() { return *document.graphDocument(); }
    const nw::Graph& graph() { return document.project().graph; }
    QUndoStack& stack() { return *document.undoStack(); }
    std::string bytes() { return nw::serializeProject(document.project()); }

    QPoint viewPoint(QPointF scenePos) { return view.mapFromScene(scenePos); }
    QPointF inputAnchor(quint32 id, int port = 0) { return scene.nodeItem(id)->inputPort(port)->anchor(); }
    QPointF outputAnchor(quint32 id) { return scene.nodeItem(id)->outputPort()->anchor(); }

    // Presses at `from`, moves in steps and releases at `to`, all in scene coordinates.
    void drag(QPointF from, QPointF to) {
        QWidget* viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(from));
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport, viewPoint(from + (to - from) * step / 4.0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(to));
    }

    // The scene draws exactly the document: one card per node at its position, one wire per edge.
    QString mismatch() {
        const nw::Graph& g = graph();
        if (scene.nodeItems().size() != qsizetype(g.nodes().size()))
            return QStringLiteral("%1 cards for %2 nodes")
                .arg(scene.nodeItems().size())
                .arg(g.nodes().size());
        for (const nw::Node& node : g.nodes()) {
            const NodeItem* item = scene.nodeItem(node.id.value);
            if (!item) return QStringLiteral("no card for node %1").arg(node.id.value);
            if (item->pos() != QPointF(node.position.x, node.position.y))
                return QStringLiteral("card %1 is not at its node's position").arg(node.id.value);
            if (item->title() != QString::fromStdString(node.name))
                return QStringLiteral("card %1 shows an old name").arg(node.id.value);
        }
        if (scene.edgeItems().size() != qsizetype(g.edges().size()))
            return QStringLiteral("%1 wires for %2 edges")
                .arg(scene.edgeItems().size())
                .arg(g.edges().size());
        for (const nw::Edge& e : g.edges())
            if (!scene.edgeItem({e.from.node.value, e.from.port, e.to.node.value, e.to.port}))
                return QStringLiteral("no wire for edge %1->%2").arg(e.from.node.value).arg(e.to.node.value);
        return {};
    }
};

inline QString kindOf(const nw::Graph& graph, quint32 id) {
    return QString::fromStdString(nw::layerRegistry().info(graph.node(nw::NodeId{id})->kind).name);
}

} // namespace nw::gui::test
