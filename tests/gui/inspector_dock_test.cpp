#include "gui/inspector/inspector_dock.h"

#include "dock_screenshot.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"
#include "gui/inspector/attr_value_convert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using nw::gui::InspectorDock;

namespace {

// A node of `kind` with its default attributes, as the graph would hold it.
nw::Node nodeOf(nw::LayerKind kind) {
    nw::Graph graph;
    return *graph.node(graph.addNode(kind));
}

nw::Node nodeNamed(const char* kindName) { return nodeOf(nw::layerRegistry().find(kindName)->kind); }

bool editorFits(QWidget* editor, nw::AttrType type) {
    switch (type) {
    case nw::AttrType::Int: return qobject_cast<QSpinBox*>(editor);
    case nw::AttrType::Float: return qobject_cast<QDoubleSpinBox*>(editor);
    case nw::AttrType::Bool: return qobject_cast<QCheckBox*>(editor);
    case nw::AttrType::Enum: return qobject_cast<QComboBox*>(editor);
    case nw::AttrType::Shape: return qobject_cast<QLineEdit*>(editor);
    }
    return false;
}

} // namespace

class InspectorDockTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<InspectorDock> m_dock;

    // The label showing the selected layer's icon: the dock's only label with a picture.
    const QLabel* layerIconLabel() const {
        for (const QLabel* label : m_dock->findChildren<QLabel*>())
            if (!label->pixmap().isNull()) return label;
        return nullptr;
    }
    const QLabel* labelStartingWith(const QString& text) const {
        for (const QLabel* label : m_dock->findChildren<QLabel*>())
            if (label->text().startsWith(text)) return label;
        return nullptr;
    }

    template <class Editor>
    Editor* editor(int index) {
        auto* e = qobject_cast<Editor*>(m_dock->attributeEditor(index));
        if (!e) qFatal("attribute %d has not the expected editor", index);
        return e;
    }

private slots:
    void init() {
        m_dock = std::make_unique<InspectorDock>();
        m_dock->resize(300, 480);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }
    void cleanup() { m_dock.reset(); }

    void nothingSelectedShowsAHint() {
        m_dock->showNode(nullptr, nullptr);
        QCOMPARE(m_dock->nodeId(), 0u);
        QVERIFY(!m_dock->nameField()->isVisible());
    }

    void editorsMatchTheSchemaOfEveryKind() {
        for (const nw::LayerInfo& info : nw::layerRegistry().all()) {
            const nw::Node node = nodeOf(info.kind);
            m_dock->showNode(&node, nullptr);
            QCOMPARE(m_dock->nodeId(), node.id.value);
            QCOMPARE(m_dock->nameField()->text(), QString::fromStdString(node.name));
            QCOMPARE(m_dock->attributeCount(), static_cast<int>(info.attrs.size()));
            for (size_t i = 0; i < info.attrs.size(); ++i)
                QVERIFY2(editorFits(m_dock->attributeEditor(static_cast<int>(i)), info.attrs[i].type),
                         (info.name + "." + info.attrs[i].name).c_str());
        }
    }

    void editorsShowTheNodesValuesAndRanges() {
        nw::Node dense = nodeNamed("Dense");
        const nw::LayerInfo& info = nw::layerRegistry().info(dense.kind);
        dense.attrs[0] = int64_t{128};
        dense.attrs[1] = false;
        dense.attrs[2] = nw::EnumValue{3};
        m_dock->showNode(&dense, nullptr);
        auto* units = editor<QSpinBox>(0);
        QCOMPARE(units->value(), 128);
        QCOMPARE(units->minimum(), static_cast<int>(info.attrs[0].min));
        QCOMPARE(units->maximum(), static_cast<int>(info.attrs[0].max));
        QVERIFY(units->suffix().contains(QStringLiteral("neurons")));
        QVERIFY(!editor<QCheckBox>(1)->isChecked());
        QCOMPARE(editor<QComboBox>(2)->count(), static_cast<int>(info.attrs[2].options.size()));
        QCOMPARE(editor<QComboBox>(2)->currentText(), QStringLiteral("He normal"));

        // A unit reads in the singular for exactly one, shown or typed.
        dense.attrs[0] = int64_t{1};
        m_dock->showNode(&dense, nullptr);
        QCOMPARE(units->suffix(), QStringLiteral(" neuron"));
        units->setValue(2);
        QCOMPARE(units->suffix(), QStringLiteral(" neurons"));
    }

    void anEditEmitsTheAttributeIndexAndValue() {
        const nw::Node dense = nodeNamed("Dense");
        m_dock->showNode(&dense, nullptr);
        QSignalSpy spy(m_dock.get(), &InspectorDock::attributeEdited);
        editor<QSpinBox>(0)->setValue(32);
        editor<QCheckBox>(1)->setChecked(false);
        editor<QComboBox>(2)->setCurrentIndex(2);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toUInt(), dense.id.value);
        QCOMPARE(spy.at(0).at(1).toInt(), 0);
        QCOMPARE(spy.at(0).at(2).toLongLong(), 32);
        QCOMPARE(spy.at(1).at(1).toInt(), 1);
        QCOMPARE(spy.at(1).at(2), QVariant(false));
        QCOMPARE(spy.at(2).at(1).toInt(), 2);
        QCOMPARE(spy.at(2).at(2).toInt(), 2);

        const nw::Node input = nodeNamed("Input");
        m_dock->showNode(&input, nullptr);
        auto* shape = editor<QLineEdit>(0);
        shape->setFocus();
        shape->selectAll();
        QTest::keyClicks(shape, QStringLiteral("1x28x28"));
        QTest::keyClick(shape, Qt::Key_Return);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(0).toUInt(), input.id.value);
        const auto value =
            nw::gui::fromVariant(spy.at(3).at(2), nw::layerRegistry().info(input.kind).attrs[0]);
        QVERIFY(value);
        QCOMPARE(std::get<nw::Shape>(*value), (nw::Shape{1, 28, 28}));
    }

    // A shape can be chosen with the mouse: the editor's menu of common shapes sets and sends it.
    void aShapePresetIsOneClick() {
        const nw::Node input = nodeNamed("Input");
        m_dock->showNode(&input, nullptr);
        QSignalSpy spy(m_dock.get(), &InspectorDock::attributeEdited);
        auto* shape = editor<QLineEdit>(0);
        auto* presets = shape->findChild<QMenu*>(QStringLiteral("shapePresets"));
        QVERIFY(presets);
        QCOMPARE(shape->actions().size(), 1); // the button that opens it
        const QList<QAction*> choices = presets->actions();
        QVERIFY(choices.size() >= 3);
        QVERIFY2(choices.front()->text().startsWith(QStringLiteral("1×28×28")),
                 qPrintable(choices.front()->text()));
        choices.at(1)->trigger();
        QCOMPARE(shape->text(), QStringLiteral("3×32×32"));
        QCOMPARE(spy.count(), 1);
        const auto value =
            nw::gui::fromVariant(spy.at(0).at(2), nw::layerRegistry().info(input.kind).attrs[0]);
        QVERIFY(value);
        QCOMPARE(std::get<nw::Shape>(*value), (nw::Shape{3, 32, 32}));
    }

    void anOutOfRangeEntryIsRefused() {
        const nw::Node input = nodeNamed("Input");
        m_dock->showNode(&input, nullptr);
        QSignalSpy spy(m_dock.get(), &InspectorDock::attributeEdited);
        auto* shape = editor<QLineEdit>(0);
        shape->setFocus();
        shape->selectAll();
        QTest::keyClicks(shape, QStringLiteral("0x28"));
        QVERIFY2(!m_dock->attributeError(0).isEmpty(), "the error shows while typing");
        QTest::keyClick(shape, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_dock->attributeError(0).contains(QStringLiteral("between 1 and")));

        shape->selectAll();
        QTest::keyClicks(shape, QStringLiteral("2x3x4x5")); // rank 4: the engine takes 1 to 3
        QTest::keyClick(shape, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!m_dock->attributeError(0).isEmpty());

        // Typing past a spin box's maximum never reaches the signal with that number.
        const nw::Node leaky = nodeNamed("LeakyReLU");
        m_dock->showNode(&leaky, nullptr);
        QVERIFY2(m_dock->attributeError(0).isEmpty(), "showing another node clears the marks");
        auto* alpha = editor<QDoubleSpinBox>(0);
        alpha->setFocus();
        alpha->selectAll();
        QTest::keyClicks(alpha, QStringLiteral("5"));
        QTest::keyClick(alpha, Qt::Key_Return);
        for (const QList<QVariant>& call : spy) QVERIFY(call.at(2).toDouble() <= 1.0);
        QVERIFY(alpha->value() <= 1.0);
    }

    void reshowingTheSameNodeUpdatesWithoutEmitting() {
        nw::Node dense = nodeNamed("Dense");
        m_dock->showNode(&dense, nullptr);
        QWidget* unitsEditor = m_dock->attributeEditor(0);
        QSignalSpy edits(m_dock.get(), &InspectorDock::attributeEdited);
        QSignalSpy renames(m_dock.get(), &InspectorDock::renameRequested);

        // An undo changed the node behind the inspector's back.
        dense.attrs[0] = int64_t{64};
        dense.attrs[2] = nw::EnumValue{1};
        dense.name = "hidden";
        nw::NodeAnalysis analysis;
        analysis.output = nw::Shape{64};
        analysis.params = 12345;
        m_dock->showNode(&dense, &analysis);
        QCOMPARE(edits.count(), 0);
        QCOMPARE(renames.count(), 0);
        QVERIFY2(m_dock->attributeEditor(0) == unitsEditor, "updated in place, not rebuilt");
        QCOMPARE(editor<QSpinBox>(0)->value(), 64);
        QCOMPARE(editor<QComboBox>(2)->currentIndex(), 1);
        QCOMPARE(m_dock->nameField()->text(), QStringLiteral("hidden"));

        // And the next user edit still goes out.
        editor<QSpinBox>(0)->setValue(65);
        QCOMPARE(edits.count(), 1);
    }

    void switchingNodesWhileTypingIsSafe() {
        const nw::Node input = nodeNamed("Input");
        const nw::Node dense = nodeNamed("Dense");
        m_dock->showNode(&input, nullptr);
        QSignalSpy spy(m_dock.get(), &InspectorDock::attributeEdited);
        auto* shape = editor<QLineEdit>(0);
        shape->setFocus();
        shape->selectAll();
        QTest::keyClicks(shape, QStringLiteral("3x3"));
        QVERIFY(shape->hasFocus());
        m_dock->showNode(&dense, nullptr); // the input's editors go while one has the focus
        QCOMPARE(m_dock->attributeCount(), 3);
        QCOMPARE(spy.count(), 0);
        editor<QSpinBox>(0)->setValue(20);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUInt(), dense.id.value);
    }

    void renameEmitsAndAnEmptyNameIsRestored() {
        const nw::Node dense = nodeNamed("Dense");
        m_dock->showNode(&dense, nullptr);
        QSignalSpy spy(m_dock.get(), &InspectorDock::renameRequested);
        QLineEdit* name = m_dock->nameField();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("hidden"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUInt(), dense.id.value);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("hidden"));

        m_dock->showNode(&dense, nullptr); // the rename was refused: the old name comes back
        QCOMPARE(name->text(), QString::fromStdString(dense.name));
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(name->text(), QString::fromStdString(dense.name));
    }

    void theShapeAndProblemsComeFromTheAnalysis() {
        nw::Graph graph;
        const nw::NodeId input = graph.addNode(nw::LayerKind::Input);
        QVERIFY(graph.setAttribute(input, "shape", nw::Shape{1, 28, 28}));
        const nw::NodeId dense = graph.addNode(nw::LayerKind::Dense);
        QVERIFY(graph.connect({{input, 0}, {dense, 0}}, nw::Graph::ShapeCheck::Skip));
        nw::GraphAnalysis analysis = nw::analyzeGraph(graph);
        const auto text = [this](const char* name) {
            return m_dock->findChild<QLabel*>(QString::fromLatin1(name))->text();
        };
        m_dock->showNode(graph.node(dense), analysis.node(dense));
        QCOMPARE(text("inspector.formula"),
                 QString::fromStdString(nw::layerRegistry().info(nw::LayerKind::Dense).formula));
        QCOMPARE(text("inspector.output"), QStringLiteral("not known yet"));
        QCOMPARE(text("inspector.parameters"), QStringLiteral("not known yet"));
        QVERIFY2(text("inspector.problems").startsWith(QStringLiteral("Dense expects a flat input")),
                 qPrintable(text("inspector.problems")));
        QVERIFY(text("inspector.problems").contains(QStringLiteral("\nFix: Insert Flatten")));

        QVERIFY(graph.setAttribute(input, "shape", nw::Shape{784}));
        analysis = nw::analyzeGraph(graph);
        m_dock->showNode(graph.node(dense), analysis.node(dense));
        QCOMPARE(text("inspector.output"), QStringLiteral("16"));
        QCOMPARE(text("inspector.parameters"), QLocale().toString(784 * 16 + 16));
        QVERIFY(!m_dock->findChild<QLabel*>(QStringLiteral("inspector.problems"))->isVisible());
    }

    void conversionsRoundTrip() {
        using nw::gui::fromVariant;
        using nw::gui::toVariant;
        for (const nw::LayerInfo& info : nw::layerRegistry().all())
            for (const nw::AttrSpec& spec : info.attrs) {
                const auto back = fromVariant(toVariant(spec.defaultValue), spec);
                QVERIFY2(back && *back == spec.defaultValue, (info.name + "." + spec.name).c_str());
            }
        const nw::AttrSpec dense0 = nw::layerRegistry().find("Dense")->attrs[0];
        const nw::AttrSpec dense2 = nw::layerRegistry().find("Dense")->attrs[2];
        const nw::AttrSpec shape = nw::layerRegistry().find("Input")->attrs[0];
        QCOMPARE(std::get<int64_t>(*fromVariant(toVariant(int64_t{1} << 40), dense0)), int64_t{1} << 40);
        QCOMPARE(std::get<nw::Shape>(*fromVariant(toVariant(nw::Shape{3, 32, 32}), shape)),
                 (nw::Shape{3, 32, 32}));
        QCOMPARE(std::get<nw::EnumValue>(*fromVariant(QStringLiteral("he_normal"), dense2)).index, 3);
        QVERIFY(!fromVariant(QStringLiteral("no_such_option"), dense2));
        QVERIFY(!fromVariant(7, dense2));
        QVERIFY(!fromVariant(2.5, dense0));
        QVERIFY(!fromVariant(QVariant(), dense0));
        QVERIFY(!fromVariant(QStringLiteral("1×a"), shape));
        QCOMPARE(std::get<nw::Shape>(*fromVariant(QStringLiteral("1, 28 ,28"), shape)),
                 (nw::Shape{1, 28, 28}));
        QCOMPARE(nw::gui::formatShape(nw::Shape{1, 28, 28}), QStringLiteral("1×28×28"));
        QCOMPARE(*nw::gui::parseShape(QStringLiteral("784")), nw::Shape{784});
    }

    // What the dock draws for a layer, an entry it refuses, a layer without attributes and nothing
    // selected.
    void screenshot() {
        using nw::gui::test::areaOf;
        using nw::gui::test::distinctColours;
        using nw::gui::test::inkPixels;
        using nw::gui::test::kManyColours;
        const QColor errorRed(0xd9, 0x48, 0x3b); // the colour of an attribute's error and frame
        nw::Graph graph;
        const nw::NodeId input = graph.addNode(nw::LayerKind::Input);
        const nw::NodeId dense = graph.addNode(nw::LayerKind::Dense);
        QVERIFY(graph.connect({{input, 0}, {dense, 0}}));
        const nw::GraphAnalysis analysis = nw::analyzeGraph(graph);
        m_dock->showNode(graph.node(dense), analysis.node(dense));
        const QImage denseImage = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_dense"));
        QVERIFY2(distinctColours(denseImage) >= kManyColours,
                 qPrintable(QString::number(distinctColours(denseImage))));
        const QLabel* icon = layerIconLabel();
        QVERIFY(icon);
        QVERIFY2(inkPixels(denseImage, areaOf(*icon, *m_dock, denseImage)) >= 100, "the layer's icon");
        QCOMPARE(nw::gui::test::pixelsNear(denseImage, errorRed), 0);

        // A refused entry is marked in red under and around its field.
        m_dock->showNode(graph.node(input), analysis.node(input));
        const QImage valid = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_input"));
        QCOMPARE(nw::gui::test::pixelsNear(valid, errorRed), 0);
        auto* shape = editor<QLineEdit>(0);
        shape->setFocus();
        shape->selectAll();
        QTest::keyClicks(shape, QStringLiteral("0x28"));
        const QImage invalid = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_invalid"));
        QVERIFY(invalid != valid);
        const int red = nw::gui::test::pixelsNear(invalid, errorRed);
        QVERIFY2(red >= 50, qPrintable(QString::number(red)));
        const auto* error = m_dock->findChild<QLabel*>(QStringLiteral("attributeError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(inkPixels(invalid, areaOf(*error, *m_dock, invalid)) >= 100);

        const nw::Node leaky = nodeNamed("LeakyReLU");
        m_dock->showNode(&leaky, nullptr);
        QCOMPARE(editor<QDoubleSpinBox>(0)->text(), QStringLiteral("0.01")); // no padding zeros
        const QImage leakyImage = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_leaky"));
        QVERIFY(distinctColours(leakyImage) >= kManyColours);
        QCOMPARE(nw::gui::test::pixelsNear(leakyImage, errorRed), 0); // showing a node clears the marks

        // No attributes: the group says so.
        const nw::Node relu = nodeNamed("ReLU");
        m_dock->showNode(&relu, nullptr);
        const QImage reluImage = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_relu"));
        QVERIFY(distinctColours(reluImage) >= kManyColours);
        const QLabel* none = labelStartingWith(QStringLiteral("This layer has no attributes"));
        QVERIFY(none && none->isVisible());
        QVERIFY(inkPixels(reluImage, areaOf(*none, *m_dock, reluImage), nw::gui::test::kPaleInk) >= 100);

        // Nothing selected: only the hint.
        m_dock->showNode(nullptr, nullptr);
        const QImage empty = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("inspector_empty"));
        const QLabel* hint = labelStartingWith(QStringLiteral("Select a layer"));
        QVERIFY(hint && hint->isVisible());
        const int hintInk = inkPixels(empty, areaOf(*hint, *m_dock, empty), nw::gui::test::kPaleInk);
        QVERIFY2(hintInk >= 100, qPrintable(QString::number(hintInk)));
        QVERIFY(empty != reluImage);
    }
};

QTEST_MAIN(InspectorDockTest)
#include "inspector_dock_test.moc"
