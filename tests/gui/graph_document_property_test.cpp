// A RapidCheck property over random sequences of user edits made through GraphDocument, with a scene
// following the document: undo all restores the first document byte for byte, redo all the last one,
// and after every step the scene shows exactly the document.
#include "canvas_fixture.h"
#include "sample_projects.h"

#include "gui/document/graph_fragment.h"

#include "engine/graph/shape_fixes.h"

#include <rapidcheck.h>

using namespace nw::gui;
using namespace nw::gui::test;

namespace {

// A valid value for `spec`, drawn at random.
nw::AttrValue randomValue(const nw::AttrSpec& spec) {
    switch (spec.type) {
    case nw::AttrType::Int: {
        const auto low = int64_t(spec.min);
        const auto high = std::min(int64_t(spec.max), low + 64);
        return *rc::gen::inRange<int64_t>(low, high + 1);
    }
    case nw::AttrType::Float: {
        const double t = *rc::gen::inRange(0, 101) / 100.0;
        return spec.min + t * std::min(spec.max - spec.min, 10.0);
    }
    case nw::AttrType::Bool: return *rc::gen::arbitrary<bool>();
    case nw::AttrType::Enum: return nw::EnumValue{*rc::gen::inRange(0, int(spec.options.size()))};
    case nw::AttrType::Shape: {
        std::vector<int64_t> dims(size_t(*rc::gen::inRange(1, 4)));
        for (int64_t& d : dims) d = *rc::gen::inRange<int64_t>(1, 9);
        return nw::Shape(dims);
    }
    }
    return int64_t{0};
}

quint32 randomNode(const nw::Graph& graph) {
    if (graph.nodes().empty()) return 0;
    return graph.nodes()[size_t(*rc::gen::inRange(0, int(graph.nodes().size())))].id.value;
}

QList<quint32> randomNodes(const nw::Graph& graph) {
    QList<quint32> ids;
    for (const nw::Node& node : graph.nodes())
        if (*rc::gen::inRange(0, 3) == 0) ids << node.id.value;
    return ids;
}

// One random user edit; refused edits are part of the game (they must push nothing).
void randomEdit(Canvas& canvas) {
    GraphDocument& doc = canvas.graphDoc();
    const nw::Graph& graph = canvas.graph();
    const auto& kinds = nw::layerRegistry().all();
    switch (*rc::gen::inRange(0, 14)) {
    case 0:
    case 1: {
        const auto& info = kinds[size_t(*rc::gen::inRange(0, int(kinds.size())))];
        doc.addNode(QString::fromStdString(info.name),
                    {*rc::gen::inRange(-20, 60) * 20.0, *rc::gen::inRange(-20, 20) * 20.0});
        break;
    }
    case 2: doc.removeNodes(randomNodes(graph)); break;
    case 3:
    case 4: {
        const quint32 from = randomNode(graph);
        const quint32 to = randomNode(graph);
        if (from && to)
            (void)doc.connectPorts({{nw::NodeId{from}, 0}, {nw::NodeId{to}, *rc::gen::inRange(0, 2)}});
        break;
    }
    case 5:
        if (!graph.edges().empty())
            (void)doc.disconnect(graph.edges()[size_t(*rc::gen::inRange(0, int(graph.edges().size())))]);
        break;
    case 6:
        doc.moveNodes(randomNodes(graph), {*rc::gen::inRange(-5, 6) * 20.0, *rc::gen::inRange(-5, 6) * 7.5},
                      *rc::gen::arbitrary<bool>());
        break;
    case 7: {
        const quint32 id = randomNode(graph);
        if (!id) break;
        const auto& info = nw::layerRegistry().info(graph.node(nw::NodeId{id})->kind);
        if (info.attrs.empty()) break;
        const int index = *rc::gen::inRange(0, int(info.attrs.size()));
        (void)doc.setAttribute(id, index, randomValue(info.attrs[size_t(index)]));
        break;
    }
    case 8:
        if (const quint32 id = randomNode(graph))
            (void)doc.rename(id, QStringLiteral("layer_%1").arg(*rc::gen::inRange(0, 6)));
        break;
    case 9: (void)doc.setEnabled(randomNodes(graph), *rc::gen::arbitrary<bool>()); break;
    case 10: {
        // Through the clipboard's JSON, as a paste from another window would come.
        std::vector<nw::NodeId> ids;
        for (const quint32 id : randomNodes(graph)) ids.push_back(nw::NodeId{id});
        if (const auto fragment = fragmentFromJson(fragmentToJson(extractFragment(graph, ids))))
            doc.paste(*fragment, {40, 40});
        break;
    }
    case 11: {
        if (graph.edges().empty()) break;
        nw::BridgeFix fix;
        fix.edge = graph.edges()[size_t(*rc::gen::inRange(0, int(graph.edges().size())))];
        fix.kind = kinds[size_t(*rc::gen::inRange(0, int(kinds.size())))].kind;
        fix.attrs = nw::defaultAttributes(nw::layerRegistry().info(fix.kind).attrs);
        (void)doc.insertBridge(fix);
        break;
    }
    case 12: doc.autoLayout(); break;
    case 13: {
        const quint32 from = randomNode(graph);
        const auto& info = kinds[size_t(*rc::gen::inRange(0, int(kinds.size())))];
        if (from) doc.addConnectedNode(QString::fromStdString(info.name), {600, 200}, from, 0);
        break;
    }
    }
}

} // namespace

class GraphDocumentPropertyTest : public QObject {
    Q_OBJECT

private slots:
    void undoAllAndRedoAllRestoreTheDocumentsExactly() {
        Canvas canvas; // one canvas for every case: adopt() starts each from the sample
        const bool held = rc::check("undo all / redo all restore the document; the scene follows", [&] {
            canvas.document.adopt(sampleProject());
            const std::string initial = canvas.bytes();
            const nw::Graph initialGraph = canvas.graph();
            const int steps = *rc::gen::inRange(1, 25);
            for (int i = 0; i < steps; ++i) {
                const int before = canvas.stack().count();
                randomEdit(canvas);
                RC_ASSERT(canvas.stack().count() <= before + 1); // one user intention, at most one step
                const QString mismatch = canvas.mismatch();
                RC_ASSERT(mismatch.toStdString() == std::string());
            }
            const std::string final = canvas.bytes();
            canvas.stack().setIndex(0);
            RC_ASSERT(canvas.bytes() == initial);
            RC_ASSERT(canvas.graph() == initialGraph);
            RC_ASSERT(canvas.mismatch().toStdString() == std::string());
            canvas.stack().setIndex(canvas.stack().count());
            RC_ASSERT(canvas.bytes() == final);
            RC_ASSERT(canvas.mismatch().toStdString() == std::string());
            // Undo and redo one at a time, too: each step is its own exact inverse.
            for (int i = canvas.stack().count(); i > 0; --i) canvas.stack().undo();
            RC_ASSERT(canvas.bytes() == initial);
        });
        QVERIFY(held);
    }
};

QTEST_MAIN(GraphDocumentPropertyTest)
#include "graph_document_property_test.moc"
