// The canvas driven the way a person uses it: layers dropped from the palette, wires dragged between
// ports, cards dragged, the badge's fix clicked, copy and paste between documents.
#include "canvas_fixture.h"
#include "sample_projects.h"

#include "gui/document/graph_fragment.h"
#include "gui/editor/editor_actions.h"
#include "gui/editor/mime_types.h"
#include "gui/render/diagram_export.h"

#include "engine/graph/shape_fixes.h"

#include <QClipboard>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace nw::gui;
using namespace nw::gui::test;

namespace {

// What the palette does when a layer is dropped: a drag enter, a move and a drop on the viewport.
bool dropLayer(Canvas& canvas, const QString& kind, QPointF scenePos) {
    QMimeData data;
    data.setData(layerMimeType(), kind.toUtf8());
    const QPoint at = canvas.viewPoint(scenePos);
    QWidget* viewport = canvas.view.viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

quint32 lastNode(Canvas& canvas) { return canvas.graph().nodes().back().id.value; }

nw::Edge edge(quint32 from, quint32 to, int toPort = 0) {
    return {{nw::NodeId{from}, 0}, {nw::NodeId{to}, toPort}};
}

bool hasEdge(const nw::Graph& graph, quint32 from, quint32 to) {
    const auto& edges = graph.edges();
    return std::find(edges.begin(), edges.end(), edge(from, to)) != edges.end();
}

} // namespace

class CanvasTest : public QObject {
    Q_OBJECT

private slots:
    void networkBuiltWithTheMouse() {
        Canvas canvas;
        QVERIFY(dropLayer(canvas, QStringLiteral("Input"), {100, 100}));
        const quint32 input = lastNode(canvas);
        QVERIFY(dropLayer(canvas, QStringLiteral("Dense"), {400, 100}));
        const quint32 dense = lastNode(canvas);
        QCOMPARE(kindOf(canvas.graph(), input), QStringLiteral("Input"));
        QCOMPARE(kindOf(canvas.graph(), dense), QStringLiteral("Dense"));
        // The card is centred on the drop point, on the grid.
        const qreal centre = canvas.scene.nodeItem(dense)->pos().x() + 80;
        QVERIFY2(std::abs(centre - 400) <= 10, qPrintable(QString::number(centre)));
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Add Dense"));

        canvas.drag(canvas.outputAnchor(input), canvas.inputAnchor(dense));
        QVERIFY(hasEdge(canvas.graph(), input, dense));
        QVERIFY(canvas.scene.lastRefusal().isEmpty());
        QCOMPARE(canvas.mismatch(), QString());
        // The wire is labelled with the shape it carries.
        QCOMPARE(canvas.scene.edgeItems().front()->label(), QStringLiteral("2"));

        // Backwards: from an input port to an output port.
        QVERIFY(dropLayer(canvas, QStringLiteral("Softmax"), {700, 100}));
        const quint32 softmax = lastNode(canvas);
        canvas.drag(canvas.inputAnchor(softmax), canvas.outputAnchor(dense));
        QVERIFY(hasEdge(canvas.graph(), dense, softmax));
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Connect dense_1 to softmax_1"));
        QVERIFY(canvas.graphDoc().analysis().valid());
    }

    void illegalWiresAreRefusedWithTheReason() {
        Canvas canvas;
        const quint32 input = canvas.graphDoc().addNode(QStringLiteral("Input"), {0, 0});
        const quint32 a = canvas.graphDoc().addNode(QStringLiteral("Dense"), {300, 0});
        const quint32 b = canvas.graphDoc().addNode(QStringLiteral("Dense"), {600, 0});
        QVERIFY(canvas.graphDoc().connectPorts(edge(input, a)).ok());
        QVERIFY(canvas.graphDoc().connectPorts(edge(a, b)).ok());
        const std::string before = canvas.bytes();
        const int steps = canvas.stack().count();
        QSignalSpy status(&canvas.scene, &GraphScene::statusMessage);

        // The input port is taken.
        canvas.drag(canvas.outputAnchor(b), canvas.inputAnchor(a));
        QVERIFY2(canvas.scene.lastRefusal().contains(QStringLiteral("already fed by 'input_1'")),
                 qPrintable(canvas.scene.lastRefusal()));
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.front().front().toString(), canvas.scene.lastRefusal());

        // A cycle: b feeds nothing yet, but a already reaches b.
        QVERIFY(canvas.graphDoc().disconnect(edge(input, a)).ok());
        canvas.drag(canvas.outputAnchor(b), canvas.inputAnchor(a));
        QVERIFY2(canvas.scene.lastRefusal().contains(QStringLiteral("cycle")),
                 qPrintable(canvas.scene.lastRefusal()));
        QVERIFY(!hasEdge(canvas.graph(), b, a));
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
        QCOMPARE(canvas.stack().count(), steps + 1); // the disconnect, undone; no wire was added

        // Shapes that do not fit and that no single layer can bridge: 10 values into a Conv2D.
        const quint32 flat = canvas.graphDoc().addNode(QStringLiteral("Input"), {0, 200});
        const int shapeAttr = nw::layerRegistry().find("Input")->attrIndex("shape");
        QVERIFY(canvas.graphDoc().setAttribute(flat, shapeAttr, nw::Shape{10}).ok());
        const quint32 conv = canvas.graphDoc().addNode(QStringLiteral("Conv2D"), {300, 200});
        canvas.drag(canvas.outputAnchor(flat), canvas.inputAnchor(conv));
        QVERIFY2(canvas.scene.lastRefusal().contains(QStringLiteral("Conv2D")),
                 qPrintable(canvas.scene.lastRefusal()));
        QVERIFY(!hasEdge(canvas.graph(), flat, conv));
        QCOMPARE(canvas.mismatch(), QString());
    }

    // A wire refused only for its shapes goes through the layer that makes them fit: an image
    // dropped on a Dense gets its Flatten, in one undo step.
    void aWireThatNeedsABridgeGetsIt() {
        Canvas canvas;
        const quint32 image = canvas.graphDoc().addNode(QStringLiteral("Input"), {0, 0});
        const int shapeAttr = nw::layerRegistry().find("Input")->attrIndex("shape");
        QVERIFY(canvas.graphDoc().setAttribute(image, shapeAttr, nw::Shape{1, 28, 28}).ok());
        const quint32 dense = canvas.graphDoc().addNode(QStringLiteral("Dense"), {400, 0});
        const std::string before = canvas.bytes();
        const int steps = canvas.stack().count();
        canvas.drag(canvas.outputAnchor(image), canvas.inputAnchor(dense));
        QCOMPARE(canvas.stack().count(), steps + 1);
        const nw::Node* flatten = canvas.graph().nodes().back().kind == nw::LayerKind::Flatten
                                      ? &canvas.graph().nodes().back()
                                      : nullptr;
        QVERIFY(flatten);
        QVERIFY(hasEdge(canvas.graph(), image, flatten->id.value));
        QVERIFY(hasEdge(canvas.graph(), flatten->id.value, dense));
        QVERIFY(canvas.graphDoc().analysis().node(nw::NodeId{dense})->diagnostics.empty());
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
    }

    void portsShowWhereAWireMayGo() {
        Canvas canvas;
        const quint32 input = canvas.graphDoc().addNode(QStringLiteral("Input"), {0, 0});
        const quint32 a = canvas.graphDoc().addNode(QStringLiteral("Dense"), {300, 0});
        const quint32 b = canvas.graphDoc().addNode(QStringLiteral("Dense"), {300, 200});
        QVERIFY(canvas.graphDoc().connectPorts(edge(input, a)).ok());
        QWidget* viewport = canvas.view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, canvas.viewPoint(canvas.outputAnchor(input)));
        QTest::mouseMove(viewport, canvas.viewPoint({200, 300}));
        QCOMPARE(canvas.scene.nodeItem(b)->inputPort(0)->hint(), PortItem::Hint::Legal);
        QCOMPARE(canvas.scene.nodeItem(a)->inputPort(0)->hint(), PortItem::Hint::Illegal); // already wired
        QCOMPARE(canvas.scene.nodeItem(b)->outputPort()->hint(), PortItem::Hint::Illegal); // output to output
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, canvas.viewPoint(canvas.inputAnchor(b)));
        QVERIFY(hasEdge(canvas.graph(), input, b));
        QCOMPARE(canvas.scene.nodeItem(a)->inputPort(0)->hint(), PortItem::Hint::None);
    }

    void wireDroppedOnEmptyCanvasOffersAConnectedLayer() {
        Canvas canvas;
        const quint32 input = canvas.graphDoc().addNode(QStringLiteral("Input"), {0, 0});
        QSignalSpy dropped(&canvas.scene, &GraphScene::wireDroppedOnEmptyCanvas);
        canvas.drag(canvas.outputAnchor(input), {400, 300});
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.front().at(0).value<quint32>(), input);
        QCOMPARE(dropped.front().at(1).toInt(), 0);
        QCOMPARE(dropped.front().at(2).toPointF(), QPointF(400, 300));

        const int steps = canvas.stack().count();
        const quint32 dense = canvas.scene.addConnectedLayer(QStringLiteral("Dense"), {400, 300}, input, 0);
        QVERIFY(dense);
        QVERIFY(hasEdge(canvas.graph(), input, dense));
        QCOMPARE(canvas.stack().count(), steps + 1);
        canvas.stack().undo();
        QCOMPARE(canvas.graph().nodes().size(), size_t(1));
        QCOMPARE(canvas.mismatch(), QString());
    }

    void wiresAreDeletedBySelectionOrByDraggingTheirEndAway() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const quint32 input = 1, dense = 2, softmax = 3;
        // Select the first wire and delete it.
        canvas.scene.edgeItem({input, 0, dense, 0})->setSelected(true);
        canvas.scene.deleteSelection();
        QVERIFY(!hasEdge(canvas.graph(), input, dense));
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Disconnect input from dense"));
        // Pick the second wire up by its end and drop it on empty canvas.
        canvas.drag(canvas.inputAnchor(softmax), canvas.inputAnchor(softmax) + QPointF(0, 200));
        QVERIFY(!hasEdge(canvas.graph(), dense, softmax));
        QCOMPARE(canvas.mismatch(), QString());
        // Both come back.
        canvas.stack().undo();
        canvas.stack().undo();
        QCOMPARE(canvas.graph(), sampleProject().graph);
        QCOMPARE(canvas.mismatch(), QString());
    }

    void draggingACardIsOneStepOnTheGrid() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        NodeItem* dense = canvas.scene.nodeItem(2);
        const QPointF grab = dense->sceneBoundingRect().center();
        canvas.drag(grab, grab + QPointF(47, 93));
        const nw::Node* node = canvas.graph().node(nw::NodeId{2});
        QCOMPARE(node->position, (nw::Point{240, 100})); // 200+47 -> 240, 0+93 -> 100
        QCOMPARE(canvas.stack().count(), 1);
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Move dense"));
        // The wires followed the card.
        QCOMPARE(canvas.scene.edgeItem({1, 0, 2, 0})->shape().contains(canvas.inputAnchor(2)), true);
        canvas.stack().undo();
        QCOMPARE(dense->pos(), QPointF(200, 0));
        QCOMPARE(canvas.mismatch(), QString());
    }

    void cardsShowWhatTheyCompute() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const NodeItem* dense = canvas.scene.nodeItem(2);
        QCOMPARE(dense->title(), QStringLiteral("dense"));
        QCOMPARE(dense->attributesText(), QStringLiteral("16 neurons · glorot_uniform"));
        QCOMPARE(dense->shapeText(), QStringLiteral("16"));
        QVERIFY(dense->problemText().isEmpty());
        // An unwired Dense cannot know its shape and says why.
        const quint32 lonely = canvas.graphDoc().addNode(QStringLiteral("Dense"), {0, 300});
        QVERIFY(!canvas.scene.nodeItem(lonely)->problemText().isEmpty());
        QVERIFY(canvas.scene.nodeItem(lonely)->shapeText().isEmpty());
    }

    void badgeFixInsertsTheBridge() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const int shapeAttr = nw::layerRegistry().find("Input")->attrIndex("shape");
        QVERIFY(canvas.graphDoc().setAttribute(1, shapeAttr, nw::Shape{1, 28, 28}).ok());
        QVERIFY(!canvas.graphDoc().analysis().valid());
        const NodeItem* dense = canvas.scene.nodeItem(2);
        QVERIFY(!dense->problemText().isEmpty());
        QVERIFY(canvas.scene.edgeItem({1, 0, 2, 0})->hasProblem());
        QVERIFY2(dense->fixText().contains(QStringLiteral("Flatten")), qPrintable(dense->fixText()));
        const std::string before = canvas.bytes();
        QVERIFY(canvas.scene.applyFix(2));
        QVERIFY(canvas.graphDoc().analysis().valid());
        QCOMPARE(canvas.mismatch(), QString());
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
    }

    // Deleting a middle layer and joining its wires: one undoable step; refused, with why, where the
    // joined wire would not fit or the layer has no single input.
    void deleteAndJoinWires() {
        Canvas canvas;
        canvas.document.adopt(sampleProject()); // input(1) -> dense(2) -> softmax(3)
        const std::string before = canvas.bytes();
        QVERIFY(canvas.graphDoc().removeAndReconnect(2).ok());
        const nw::Graph& g = canvas.graphDoc().engineGraph();
        QCOMPARE(g.nodes().size(), size_t{2});
        QCOMPARE(g.edges().size(), size_t{1});
        QCOMPARE(g.edges().front(), (nw::Edge{{nw::NodeId{1}, 0}, {nw::NodeId{3}, 0}}));
        QCOMPARE(canvas.stack().count(), 1);
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);

        const nw::Status input = canvas.graphDoc().removeAndReconnect(1);
        QVERIFY(!input.ok());
        QVERIFY2(QString::fromStdString(input.error().message).contains(QStringLiteral("one input wire")),
                 input.error().message.c_str());
        QCOMPARE(canvas.bytes(), before);
    }

    // A Flatten switched off: the badge offers to switch it on again, not a second Flatten.
    void badgeFixEnablesADisabledFlatten() {
        Canvas canvas;
        nw::Project project;
        nw::Graph& g = project.graph;
        const nw::NodeId input = g.addNode(nw::LayerKind::Input, "image", {0, 0});
        const nw::NodeId flatten = g.addNode(nw::LayerKind::Flatten, "flatten", {220, 0});
        const nw::NodeId dense = g.addNode(nw::LayerKind::Dense, "dense", {440, 0});
        QVERIFY(g.setAttribute(input, "shape", nw::Shape{1, 28, 28}).ok());
        QVERIFY(g.connect({{input, 0}, {flatten, 0}}).ok());
        QVERIFY(g.connect({{flatten, 0}, {dense, 0}}).ok());
        QVERIFY(g.setEnabled(flatten, false).ok());
        canvas.document.adopt(project);
        const NodeItem* card = canvas.scene.nodeItem(dense.value);
        QVERIFY2(card->fixText().contains(QStringLiteral("Enable 'flatten'")), qPrintable(card->fixText()));
        const std::string before = canvas.bytes();
        QVERIFY(canvas.scene.applyFix(dense.value));
        QCOMPARE(canvas.graphDoc().engineGraph().nodes().size(), size_t{3});
        QVERIFY(canvas.graphDoc().engineGraph().node(flatten)->enabled);
        QVERIFY(canvas.graphDoc().analysis().valid());
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
    }

    // Conv2D into Dense, the classic CNN mistake: the badge offers Flatten and one click on it fixes
    // the network; one undo brings the mistake back.
    void clickOnTheBadgeInsertsFlattenAfterAConvolution() {
        Canvas canvas;
        nw::Project project;
        nw::Graph& g = project.graph;
        const nw::NodeId input = g.addNode(nw::LayerKind::Input, "image", {0, 0});
        const nw::NodeId conv = g.addNode(nw::LayerKind::Conv2D, "conv", {220, 0});
        const nw::NodeId dense = g.addNode(nw::LayerKind::Dense, "dense", {440, 0});
        QVERIFY(g.setAttribute(input, "shape", nw::Shape{1, 28, 28}).ok());
        QVERIFY(g.connect({{input, 0}, {conv, 0}}).ok());
        QVERIFY(g.connect({{conv, 0}, {dense, 0}}, nw::Graph::ShapeCheck::Skip).ok());
        canvas.document.adopt(project);
        canvas.view.centerOn(300, 50);

        const NodeItem* card = canvas.scene.nodeItem(dense.value);
        QVERIFY(card->badge());
        QVERIFY2(card->fixText().contains(QStringLiteral("Insert Flatten")), qPrintable(card->fixText()));
        QVERIFY(card->badge()->toolTip().contains(QStringLiteral("Flatten")));
        const std::string before = canvas.bytes();

        const QPointF badgeCentre = card->badge()->sceneBoundingRect().center();
        QTest::mouseClick(canvas.view.viewport(), Qt::LeftButton, {}, canvas.viewPoint(badgeCentre));
        QVERIFY(canvas.graphDoc().analysis().valid());
        QCOMPARE(canvas.graph().nodes().size(), size_t{4});
        const nw::Node& flatten = canvas.graph().nodes().back();
        QCOMPARE(flatten.kind, nw::LayerKind::Flatten);
        QVERIFY(hasEdge(canvas.graph(), conv.value, flatten.id.value));
        QVERIFY(hasEdge(canvas.graph(), flatten.id.value, dense.value));
        QVERIFY(!canvas.scene.nodeItem(dense.value)->badge());
        QCOMPARE(canvas.mismatch(), QString());
        // The new card has room: the Dense moved right instead of the Flatten landing on it.
        const QRectF flattenCard = canvas.scene.nodeItem(flatten.id.value)->sceneBoundingRect();
        for (const quint32 other : {conv.value, dense.value})
            QVERIFY2(!flattenCard.intersects(canvas.scene.nodeItem(other)->sceneBoundingRect()),
                     qPrintable(QStringLiteral("overlaps node %1").arg(other)));

        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
        QVERIFY(canvas.scene.nodeItem(dense.value)->badge());
    }

    void handMadeBridgeGivesAValidGraph() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const std::string before = canvas.bytes();
        nw::BridgeFix fix;
        fix.edge = edge(1, 2);
        fix.kind = nw::layerRegistry().find("ReLU")->kind;
        fix.description = nw::Text(NW_TEXT("Insert %1 between '%2' and '%3'"), {"ReLU", "input", "dense"});
        nw::Status inserted;
        const quint32 relu = canvas.graphDoc().insertBridge(fix, &inserted);
        QVERIFY(inserted.ok());
        QVERIFY(hasEdge(canvas.graph(), 1, relu));
        QVERIFY(hasEdge(canvas.graph(), relu, 2));
        QVERIFY(!hasEdge(canvas.graph(), 1, 2));
        QVERIFY(canvas.graphDoc().analysis().valid());
        QCOMPARE(canvas.stack().count(), 1);
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Insert ReLU"));
        QCOMPARE(canvas.mismatch(), QString());
        canvas.stack().undo();
        QCOMPARE(canvas.bytes(), before);
        canvas.stack().redo();
        QVERIFY(hasEdge(canvas.graph(), relu, 2));
        QCOMPARE(canvas.mismatch(), QString());
    }

    void copyPasteAcrossDocuments() {
        Canvas source;
        source.document.adopt(sampleProject());
        source.scene.selectNodes({2, 3});
        source.scene.copySelection();
        const QMimeData* clip = QGuiApplication::clipboard()->mimeData();
        QVERIFY(clip->hasFormat(QString::fromLatin1(kFragmentMimeType)));
        QVERIFY(clip->text().contains(QStringLiteral("\"softmax\"")));

        Canvas target;
        target.document.adopt(sampleProject());
        target.scene.paste();
        const nw::Graph& g = target.graph();
        QCOMPARE(g.nodes().size(), size_t(5));
        QCOMPARE(QString::fromStdString(g.node(nw::NodeId{4})->name), QStringLiteral("dense_2"));
        QCOMPARE(QString::fromStdString(g.node(nw::NodeId{5})->name), QStringLiteral("softmax_2"));
        QVERIFY(hasEdge(g, 4, 5)); // the wire among the copied layers came along
        QCOMPARE(g.node(nw::NodeId{4})->position.x, 240.0);
        QCOMPARE(target.scene.selectedNodeIds(), (QList<quint32>{4, 5}));
        QCOMPARE(target.stack().undoText(), QStringLiteral("Paste"));
        QCOMPARE(target.mismatch(), QString());

        target.scene.duplicateSelection();
        QCOMPARE(target.graph().nodes().size(), size_t(7));
        QCOMPARE(target.stack().undoText(), QStringLiteral("Duplicate"));
        target.scene.selectNodes({1});
        target.scene.cutSelection();
        QCOMPARE(target.graph().nodes().size(), size_t(6));
        QCOMPARE(target.stack().undoText(), QStringLiteral("Cut"));
        QCOMPARE(target.mismatch(), QString());
    }

    void disableAndRename() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        canvas.scene.selectNodes({1, 2});
        canvas.scene.toggleSelectionEnabled(); // the Input is skipped
        QVERIFY(canvas.graph().node(nw::NodeId{1})->enabled);
        QVERIFY(!canvas.graph().node(nw::NodeId{2})->enabled);
        QVERIFY(!canvas.scene.nodeItem(2)->isNodeEnabled());
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Disable dense"));
        canvas.scene.toggleSelectionEnabled();
        QVERIFY(canvas.graph().node(nw::NodeId{2})->enabled);

        QVERIFY(canvas.graphDoc().rename(2, QStringLiteral("hidden")).ok());
        QCOMPARE(canvas.scene.nodeItem(2)->title(), QStringLiteral("hidden"));
        QVERIFY(!canvas.graphDoc().rename(2, QStringLiteral("softmax")).ok()); // taken
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Rename dense to hidden"));
    }

    void autoLayoutArrangesLeftToRightInOneStep() {
        Canvas canvas;
        nw::Project project = sampleProject();
        // Scramble the positions.
        for (const auto& [id, x, y] : {std::tuple{1u, 500.0, 300.0}, {2u, 0.0, 0.0}, {3u, 250.0, -400.0}})
            QVERIFY(project.graph.setPosition(nw::NodeId{id}, {x, y}).ok());
        canvas.document.adopt(project);
        canvas.graphDoc().autoLayout();
        QCOMPARE(canvas.stack().count(), 1);
        const nw::Graph& g = canvas.graph();
        const auto x = [&](quint32 id) { return g.node(nw::NodeId{id})->position.x; };
        const auto y = [&](quint32 id) { return g.node(nw::NodeId{id})->position.y; };
        QVERIFY(x(1) < x(2) && x(2) < x(3));
        QCOMPARE(y(1), y(2));
        QCOMPARE(y(2), y(3));
        QCOMPARE(std::fmod(x(3), 20.0), 0.0);
        QCOMPARE(canvas.mismatch(), QString());
        canvas.graphDoc().autoLayout(); // already in place: nothing to undo
        QCOMPARE(canvas.stack().count(), 1);
    }

    void attributeEditsAndNudgesMerge() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const int units = nw::layerRegistry().find("Dense")->attrIndex("units");
        for (int64_t n : {17, 18, 19}) QVERIFY(canvas.graphDoc().setAttribute(2, units, n).ok());
        QCOMPARE(canvas.stack().count(), 1);
        QCOMPARE(canvas.stack().undoText(), QStringLiteral("Change Units of dense"));
        QVERIFY(!canvas.graphDoc().setAttribute(2, units, int64_t{0}).ok()); // below the minimum
        canvas.graphDoc().moveNodes({2}, {20, 0}, true);
        canvas.graphDoc().moveNodes({2}, {20, 0}, true);
        QCOMPARE(canvas.stack().count(), 2);
        canvas.stack().undo();
        QCOMPARE(canvas.graph().node(nw::NodeId{2})->position.x, 200.0);
        canvas.stack().undo();
        QCOMPARE(canvas.graph(), sampleProject().graph);
    }

    void diagramExportsAsSvgAndPng() {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("net.svg"));
        QVERIFY(renderDiagram(sampleProject(), svg).ok());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("softmax"));

        // The PNG is twice the size of the scene's network, margins included.
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        const QString png = dir.filePath(QStringLiteral("net.png"));
        QVERIFY(renderDiagram(sampleProject(), png).ok());
        const QImage image(png);
        const QRectF cards = canvas.scene.networkRect();
        QVERIFY2(image.width() >= 2 * int(cards.width()) && image.width() <= 2 * int(cards.width() + 80),
                 qPrintable(QString::number(image.width())));
        QVERIFY(!renderDiagram(nw::Project{}, png).ok());
    }

    void zoomAndFit() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        canvas.view.resetZoom();
        canvas.view.zoomIn();
        QVERIFY(canvas.view.zoom() > 1.0);
        canvas.view.resetZoom();
        // Ctrl+wheel zooms; a plain wheel scrolls.
        QWheelEvent wheel(QPointF(100, 100), canvas.view.viewport()->mapToGlobal(QPointF(100, 100)), {},
                          {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas.view.viewport(), &wheel);
        QVERIFY2(canvas.view.zoom() > 1.1, qPrintable(QString::number(canvas.view.zoom())));
        for (int i = 0; i < 40; ++i) canvas.view.zoomOut();
        QCOMPARE(canvas.view.zoom(), GraphView::kMinZoom);
        canvas.view.fitAll();
        const QRectF visible = canvas.view.mapToScene(canvas.view.viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(canvas.scene.networkRect()));
        canvas.scene.selectNodes({3});
        canvas.view.fitSelection();
        QVERIFY(canvas.view.mapToScene(canvas.view.viewport()->rect())
                    .boundingRect()
                    .contains(canvas.scene.nodeItem(3)->sceneBoundingRect()));
    }

    void arrowKeysNudgeAsOneStep() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        canvas.scene.selectNodes({2});
        canvas.view.setFocus();
        for (int i = 0; i < 3; ++i) QTest::keyClick(&canvas.view, Qt::Key_Right);
        QTest::keyClick(&canvas.view, Qt::Key_Down);
        const nw::Point moved = canvas.graph().node(nw::NodeId{2})->position;
        QCOMPARE(moved.x, 260.0);
        QCOMPARE(moved.y, 20.0);
        QCOMPARE(canvas.scene.nodeItem(2)->pos(), QPointF(260, 20));
        // Nudges of the same selection merge into one step.
        QCOMPARE(canvas.stack().count(), 1);
        canvas.stack().undo();
        QCOMPARE(canvas.graph().node(nw::NodeId{2})->position, (nw::Point{200, 0}));
    }

    void rebuildStartsOverFromTheDocument() {
        Canvas canvas;
        canvas.document.adopt(sampleProject());
        canvas.scene.rebuild();
        QCOMPARE(canvas.mismatch(), QString());
        canvas.document.reset();
        QCOMPARE(canvas.scene.nodeItems().size(), 0);
    }
};

QTEST_MAIN(CanvasTest)
#include "canvas_test.moc"
