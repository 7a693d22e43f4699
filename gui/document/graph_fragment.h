#pragma once

#include "engine/graph/graph.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QMimeData;

namespace nw::gui {

// The clipboard's MIME type for copied layers; the data is .nwproj JSON holding just those layers.
inline constexpr char kFragmentMimeType[] = "application/x-neuroweave-fragment";

// Some nodes of a graph and the wires among them: what Copy puts on the clipboard and Paste adds.
struct GraphFragment {
    std::vector<nw::Node> nodes;
    std::vector<nw::Edge> edges;
    bool empty() const { return nodes.empty(); }
};

// The nodes with these ids and the edges whose both ends are among them; unknown ids are ignored.
GraphFragment extractFragment(const nw::Graph& graph, const std::vector<nw::NodeId>& ids);

// As a .nwproj document, so a fragment can be pasted into another window or read by a person.
QByteArray fragmentToJson(const GraphFragment& fragment);
std::optional<GraphFragment> fragmentFromJson(const QByteArray& json);

// Clipboard data: the fragment under kFragmentMimeType, and the same JSON as plain text.
QMimeData* fragmentToMimeData(const GraphFragment& fragment);
// The fragment in `data`, read from kFragmentMimeType or, failing that, from plain text.
std::optional<GraphFragment> fragmentFromMimeData(const QMimeData* data);

// A name like `wanted` that `graph` does not use yet: "dense_1" stays, or becomes "dense_2", "dense_3"….
std::string freeNodeName(const nw::Graph& graph, const std::string& wanted);

} // namespace nw::gui
