#include "gui/document/graph_fragment.h"

#include "engine/io/project.h"

#include <QMimeData>

#include <algorithm>
#include <cctype>

namespace nw::gui {

GraphFragment extractFragment(const nw::Graph& graph, const std::vector<nw::NodeId>& ids) {
    GraphFragment fragment;
    auto selected = [&](nw::NodeId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    for (const nw::Node& node : graph.nodes())
        if (selected(node.id)) fragment.nodes.push_back(node);
    for (const nw::Edge& edge : graph.edges())
        if (selected(edge.from.node) && selected(edge.to.node)) fragment.edges.push_back(edge);
    return fragment;
}

QByteArray fragmentToJson(const GraphFragment& fragment) {
    nw::Project project;
    for (const nw::Node& node : fragment.nodes)
        if (!project.graph.insertNode(node)) return {};
    // The fragment's wires were legal in their graph; shapes may differ once it stands alone.
    for (const nw::Edge& edge : fragment.edges)
        if (!project.graph.connect(edge, nw::Graph::ShapeCheck::Skip)) return {};
    return QByteArray::fromStdString(nw::serializeProject(project));
}

std::optional<GraphFragment> fragmentFromJson(const QByteArray& json) {
    nw::Result<nw::Project> parsed =
        nw::parseProject(std::string_view(json.constData(), size_t(json.size())));
    if (!parsed || parsed->graph.nodes().empty()) return std::nullopt;
    return GraphFragment{parsed->graph.nodes(), parsed->graph.edges()};
}

QMimeData* fragmentToMimeData(const GraphFragment& fragment) {
    auto* data = new QMimeData;
    const QByteArray json = fragmentToJson(fragment);
    data->setData(QString::fromLatin1(kFragmentMimeType), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

std::optional<GraphFragment> fragmentFromMimeData(const QMimeData* data) {
    if (!data) return std::nullopt;
    if (data->hasFormat(QString::fromLatin1(kFragmentMimeType)))
        return fragmentFromJson(data->data(QString::fromLatin1(kFragmentMimeType)));
    if (data->hasText()) return fragmentFromJson(data->text().toUtf8());
    return std::nullopt;
}

std::string freeNodeName(const nw::Graph& graph, const std::string& wanted) {
    if (!wanted.empty() && !graph.findByName(wanted)) return wanted;
    // "dense_12" -> stem "dense_"; a name without a trailing number gets "_2", "_3"…
    std::string stem = wanted.empty() ? std::string("layer") : wanted;
    size_t digits = stem.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(stem[digits - 1]))) --digits;
    if (digits > 0 && digits < stem.size() && stem[digits - 1] == '_')
        stem.resize(digits);
    else
        stem += '_';
    for (int i = 2;; ++i) {
        std::string candidate = stem + std::to_string(i);
        if (!graph.findByName(candidate)) return candidate;
    }
}

} // namespace nw::gui
