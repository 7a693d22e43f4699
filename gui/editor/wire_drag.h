#pragma once

#include "gui/editor/graph_scene.h"
#include "gui/editor/port_item.h"

#include "engine/graph/graph.h"

#include <QGraphicsPathItem>

#include <optional>

namespace nw::gui {

// The wire being dragged from a port: the end that stays put, the wire it was detached from (when
// the drag started on a connected input) and the graph without that wire, which decides which ports
// may take it.
struct GraphScene::WireDrag {
    quint32 node = 0;
    PortItem::Direction direction = PortItem::Direction::Output;
    int port = 0;
    std::optional<nw::Edge> detached;
    nw::Graph graph;
    QGraphicsPathItem* path = nullptr;
    QPointF cursor;

    bool involves(quint32 id) const {
        return node == id || (detached && (detached->from.node.value == id || detached->to.node.value == id));
    }
    bool isOrigin(const PortItem* p) const {
        return p->nodeId() == node && p->direction() == direction && p->index() == port;
    }
};

} // namespace nw::gui
