// The main window with its docks: how the palette, the inspector, the problems list, the summary bar,
// the template gallery, recent files and dropped files reach the document and the canvas.

#include "gui/app/main_window.h"
#include "gui/app/recent_files.h"
#include "gui/app/summary_bar.h"
#include "gui/docks/layer_search_popup.h"
#include "gui/docks/palette_dock.h"
#include "gui/docks/problems_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/editor/node_item.h"
#include "gui/inspector/inspector_dock.h"
#include "gui/training/training_dock.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"

#include "sample_projects.h"
#include "scripted_prompts.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using nw::gui::MainWindow;
using namespace nw::gui::test;

namespace {

int attrIndex(const char* kind, const char* attr) { return nw::layerRegistry().find(kind)->attrIndex(attr); }

bool hasEdge(const nw::Graph& graph, quint32 from, quint32 to) {
    for (const nw::Edge& e : graph.edges())
        if (e.from.node.value == from && e.to.node.value == to) return true;
    return false;
}

// The sample with a 1×28×28 input: Dense cannot take it, so there is one problem, on the Dense.
// The sample network for the default data (two spirals: 2 values, 2 classes), then with an Input the
// Dense cannot take.
nw::Project fittingProject() {
    nw::Project project = sampleProject();
    if (!project.graph.setAttribute(nw::NodeId{2}, "units", int64_t{2})) qFatal("units refused");
    return project;
}

nw::Project brokenProject() {
    nw::Project project = fittingProject();
    if (!project.graph.setAttribute(nw::NodeId{1}, "shape", nw::Shape{1, 28, 28})) qFatal("shape refused");
    return project;
}

} // namespace

class DesignerWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts* m_prompts = nullptr;

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>(nullptr, m_settings.get());
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->saveAnswer = nw::gui::UserPrompts::SaveChoice::Discard;
        m_prompts = prompts.get();
        window->setPrompts(std::move(prompts));
        // A laptop's window, not the offscreen platform's small default screen.
        window->resize(1280, 720);
        window->show();
        return window;
    }
    nw::gui::GraphDocument* graphDocument() const { return m_window->document()->graphDocument(); }
    const nw::Node* node(quint32 id) const { return graphDocument()->engineGraph().node(nw::NodeId{id}); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_settings.reset();
    }

    void docksSurroundTheCanvas() {
        QCOMPARE(m_window->dockWidgetArea(m_window->palette()), Qt::LeftDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(m_window->inspector()), Qt::RightDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(m_window->problems()), Qt::RightDockWidgetArea);
        for (QDockWidget* dock : {static_cast<QDockWidget*>(m_window->palette()),
                                  static_cast<QDockWidget*>(m_window->inspector()),
                                  static_cast<QDockWidget*>(m_window->problems())})
            QVERIFY2(dock->isVisible() && dock->width() >= 150, qPrintable(dock->objectName()));
        QVERIFY(m_window->summaryBar()->isVisible());
        // The palette lists every registered kind.
        QCOMPARE(m_window->palette()->visibleKinds().size(),
                 static_cast<qsizetype>(nw::layerRegistry().all().size()));
    }

    // View → Presenter Mode: larger text in the panels and the charts, a high-contrast canvas with
    // thick wires, only the panels a demonstration needs; off brings everything back.
    void presenterModeEnlargesAndBringsBack() {
        auto* presenter = m_window->findChild<QAction*>(QStringLiteral("view.presenter"));
        QVERIFY(presenter);
        QCOMPARE(presenter->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        const qreal pointSize = m_window->font().pointSizeF();
        auto* chart = m_window->metricsDock()->lossChart();
        const qreal chartPoints = chart->axisLabelsFont().pointSizeF();
        presenter->trigger();
        QVERIFY(m_window->presenterMode());
        QCOMPARE(m_window->font().pointSizeF(), pointSize * 1.6);
        QVERIFY(chart->axisLabelsFont().pointSizeF() > chartPoints * 1.5);
        QVERIFY(m_window->palette()->isHidden());
        QVERIFY(m_window->inspector()->isHidden());
        QVERIFY(m_window->trainingDock()->isVisible());
        QVERIFY(m_window->metricsDock()->isVisible());
        const nw::gui::PaintStyle style = m_window->scene()->paintStyle();
        QCOMPARE(style.lineScale, 2.0);
        QCOMPARE(style.colors.text, QColor(Qt::black));
        QVERIFY(m_window->canvas()->zoom() >= 1.0);

        presenter->trigger();
        QVERIFY(!m_window->presenterMode());
        QCOMPARE(m_window->font().pointSizeF(), pointSize);
        QCOMPARE(chart->axisLabelsFont().pointSizeF(), chartPoints);
        QVERIFY(m_window->palette()->isVisible());
        QVERIFY(m_window->inspector()->isVisible());
        QCOMPARE(m_window->scene()->paintStyle().lineScale, 1.0);
    }

    void panelsMenuTogglesEveryDock() {
        auto* panels = m_window->findChild<QMenu*>(QStringLiteral("menu.panels"));
        QVERIFY(panels);
        QCOMPARE(panels->actions().size(),
                 13); // palette, inspector, problems, summary, the training docks and the lessons
        auto* inspector = m_window->findChild<QAction*>(QStringLiteral("view.panel.inspector"));
        QVERIFY(inspector && inspector->isChecked());
        inspector->trigger();
        QVERIFY(m_window->inspector()->isHidden());
        inspector->trigger();
        QVERIFY(m_window->inspector()->isVisible());
        m_window->findChild<QAction*>(QStringLiteral("view.panel.summary"))->trigger();
        QVERIFY(m_window->summaryBar()->isHidden());
    }

    // Two actions on one key would both stay silent ("Ambiguous shortcut overload").
    void everyShortcutBelongsToOneAction() {
        QHash<QKeySequence, QString> owner;
        for (const QAction* action : m_window->findChildren<QAction*>())
            for (const QKeySequence& key : action->shortcuts()) {
                const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
                if (owner.contains(key) && owner[key] != name)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 is on both %2 and %3").arg(key.toString(), owner[key], name)));
                owner.insert(key, name);
            }
        QVERIFY(owner.size() > 20);
    }

    void layoutIsSavedOnCloseAndRestored() {
        m_window->addDockWidget(Qt::LeftDockWidgetArea, m_window->problems()); // the user moved it
        m_window->inspector()->hide();                                         // and closed this one
        QVERIFY(m_window->close());
        m_window = makeWindow();
        QCOMPARE(m_window->dockWidgetArea(m_window->problems()), Qt::LeftDockWidgetArea);
        QVERIFY(m_window->inspector()->isHidden());

        // A layout saved by another version of the docks is ignored.
        m_settings->setValue(QStringLiteral("window/layoutVersion"), MainWindow::kLayoutVersion + 1);
        m_window = makeWindow();
        QCOMPARE(m_window->dockWidgetArea(m_window->problems()), Qt::RightDockWidgetArea);
        QVERIFY(!m_window->inspector()->isHidden());
    }

    void paletteActivationAddsAtTheViewCentreAndSelects() {
        emit m_window->palette()->layerActivated(QStringLiteral("Conv2D"));
        QCOMPARE(m_window->scene()->nodeItems().size(), 1);
        const quint32 id = m_window->scene()->nodeItems().first()->nodeId();
        QCOMPARE(m_window->scene()->selectedNodeIds(), QList<quint32>{id});
        const nw::gui::GraphView* view = m_window->canvas();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(m_window->scene()->nodeItem(id)->sceneBoundingRect().contains(centre));
        QCOMPARE(m_window->inspector()->nodeId(), id);
    }

    void inspectorFollowsTheSelection() {
        m_window->document()->adopt(sampleProject());
        QCOMPARE(m_window->inspector()->nodeId(), 0u);
        m_window->scene()->selectNodes({2});
        QCOMPARE(m_window->inspector()->nodeId(), 2u);
        QCOMPARE(m_window->inspector()->nameField()->text(), QStringLiteral("dense"));
        m_window->scene()->selectNodes({1, 2});
        QCOMPARE(m_window->inspector()->nodeId(), 0u); // several: the hint
        m_window->scene()->selectNodes({2});
        graphDocument()->removeNodes({2});
        QCOMPARE(m_window->inspector()->nodeId(), 0u);
    }

    void inspectorEditsReachTheDocumentAndUndoComesBack() {
        m_window->document()->adopt(sampleProject());
        m_window->scene()->selectNodes({2});
        const int units = attrIndex("Dense", "units");
        emit m_window->inspector()->attributeEdited(2, units, QVariant(qlonglong(48)));
        QCOMPARE(std::get<int64_t>(node(2)->attrs[size_t(units)]), int64_t{48});
        auto* editor = qobject_cast<QSpinBox*>(m_window->inspector()->attributeEditor(units));
        QVERIFY(editor);
        QCOMPARE(editor->value(), 48);

        m_window->document()->undoStack()->undo();
        QCOMPARE(std::get<int64_t>(node(2)->attrs[size_t(units)]), int64_t{16});
        QCOMPARE(editor->value(), 16); // shown again in place

        emit m_window->inspector()->renameRequested(2, QStringLiteral("hidden"));
        QCOMPARE(QString::fromStdString(node(2)->name), QStringLiteral("hidden"));
        // A name another layer has is refused; the field shows the name kept.
        emit m_window->inspector()->renameRequested(2, QStringLiteral("softmax"));
        QCOMPARE(QString::fromStdString(node(2)->name), QStringLiteral("hidden"));
        QCOMPARE(m_window->inspector()->nameField()->text(), QStringLiteral("hidden"));
    }

    void problemsAndSummaryFollowTheAnalysis() {
        nw::Project project = brokenProject();
        project.training.batchSize = 100;
        m_window->document()->adopt(project);
        // The Dense refuses 1×28×28, and the Input does not take the data's 2 values: the second
        // once the data has been read (on a pool thread).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->problems()->problemCount(), 2, 120000);
        QCOMPARE(m_window->summaryBar()->summary().problems, 2);
        QCOMPARE(m_window->summaryBar()->summary().trainingBytes,
                 nw::gui::estimateTrainingBytes(graphDocument()->analysis(), 100));
        QVERIFY(m_window->summaryBar()->summary().trainingBytes !=
                nw::gui::estimateTrainingBytes(graphDocument()->analysis(), 32));

        // Clicking the problem selects its layer and brings it into view.
        m_window->canvas()->centerOn(5000, 5000);
        emit m_window->problems()->nodeActivated(2);
        QCOMPARE(m_window->scene()->selectedNodeIds(), QList<quint32>{2});
        const nw::gui::GraphView* view = m_window->canvas();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(m_window->scene()->nodeItem(2)->sceneBoundingRect().center()));

        // Fixed: the list empties.
        QVERIFY(graphDocument()->setAttribute(1, attrIndex("Input", "shape"), nw::Shape{2}).ok());
        QCOMPARE(m_window->problems()->problemCount(), 0);
        QCOMPARE(m_window->summaryBar()->summary().problems, 0);
    }

    // The network against its data, live: 16 outputs for 2 classes is listed with a Fix button that
    // sets the units (undoably); large unscaled values are a warning whose fix sets the scaling.
    void dataProblemsAreListedWithTheirFix() {
        nw::Project project = fittingProject();
        QVERIFY(project.graph.setAttribute(nw::NodeId{2}, "units", int64_t{16}).ok());
        m_window->document()->adopt(project);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->problems()->problemCount(), 1, 120000);
        const QTreeWidgetItem* row = m_window->problems()->list()->topLevelItem(0);
        QVERIFY2(row->text(1).contains(QStringLiteral("16 outputs but 'spirals' has 2 classes")),
                 qPrintable(row->text(1)));
        QCOMPARE(row->text(0), QStringLiteral("dense"));
        auto* fix = m_window->problems()->findChild<QPushButton*>(QStringLiteral("problems.fix.0"));
        QVERIFY(fix);
        fix->click();
        QCOMPARE(std::get<int64_t>(node(2)->attrs[size_t(attrIndex("Dense", "units"))]), int64_t{2});
        QCOMPARE(m_window->problems()->problemCount(), 0);
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->problems()->problemCount(), 1);

        // Unscaled data in the hundreds: a warning, fixed by choosing a scaling.
        m_window->document()->adopt(fittingProject());
        m_window->document()->changeTrainingState([](nw::Project& p) {
            p.dataset.source = nw::DatasetSource::Csv;
            p.dataset.path = NW_SOURCE_DIR "/tests/data/large_values.csv";
            p.dataset.scaling = nw::Scaling::None;
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->problems()->problemCount() == 1 &&
                m_window->problems()->list()->topLevelItem(0)->text(1).contains(QStringLiteral("not scaled")),
            120000);
        m_window->problems()->findChild<QPushButton*>(QStringLiteral("problems.fix.0"))->click();
        QVERIFY(m_window->document()->project().dataset.scaling == nw::Scaling::Standardize);
        // The training panel shows it too.
        auto* scaling =
            m_window->trainingDock()->findChild<QComboBox*>(QStringLiteral("training.dataset.scaling"));
        QVERIFY(scaling);
        QCOMPARE(scaling->currentIndex(), int(nw::Scaling::Standardize));
        QCOMPARE(m_window->problems()->problemCount(), 0);
    }

    // An empty canvas is a beginning: no red problem, a hint how to start.
    void anEmptyNetworkShowsHowToBegin() {
        m_window->document()->reset();
        QCOMPARE(m_window->problems()->problemCount(), 0);
        QCOMPARE(m_window->summaryBar()->summary().problems, 0);
        auto* hint = m_window->problems()->findChild<QLabel*>(QStringLiteral("problems.empty"));
        QVERIFY(hint && hint->isVisibleTo(m_window->problems()));
        QVERIFY2(hint->text().contains(QStringLiteral("Input layer")), qPrintable(hint->text()));
    }

    void wireDroppedOnEmptyCanvasAddsTheLayerChosenInThePopup() {
        m_window->document()->adopt(sampleProject());
        emit m_window->scene()->wireDroppedOnEmptyCanvas(2, 0, QPointF(200, 300), QPoint(100, 100));
        QVERIFY(m_window->palette()->searchPopup()->isVisible());
        // The Dense's 16 values: what takes a flat vector comes first; Input (no inputs) and Conv2D
        // (images only) come after it.
        const QStringList listed = m_window->palette()->searchPopup()->listedKinds();
        QCOMPARE(listed.first(), QStringLiteral("Dense"));
        QVERIFY(listed.indexOf(QStringLiteral("ReLU")) < listed.indexOf(QStringLiteral("Input")));
        QVERIFY(listed.indexOf(QStringLiteral("Softmax")) < listed.indexOf(QStringLiteral("Conv2D")));
        QVERIFY(listed.contains(QStringLiteral("Conv2D")));
        emit m_window->palette()->layerChosenFromPopup(QStringLiteral("ReLU"));
        m_window->palette()->searchPopup()->hide();
        QCOMPARE(graphDocument()->engineGraph().nodes().size(), size_t{4});
        const quint32 relu = graphDocument()->engineGraph().nodes().back().id.value;
        QVERIFY(hasEdge(graphDocument()->engineGraph(), 2, relu));
        // A later popup choice without a dropped wire adds nothing.
        emit m_window->palette()->layerChosenFromPopup(QStringLiteral("ReLU"));
        QCOMPARE(graphDocument()->engineGraph().nodes().size(), size_t{4});
    }

    void ctrlFFocusesThePaletteSearch() {
        m_window->activateWindow();
        m_window->canvas()->setFocus();
        auto* find = m_window->findChild<QAction*>(QStringLiteral("edit.findLayer"));
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        QVERIFY(m_window->palette()->searchField()->hasFocus());
    }

    void f1ExplainsTheSelectedLayerOrTheDesigner() {
        auto* help = m_window->findChild<QAction*>(QStringLiteral("help.layer"));
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        help->trigger();
        QVERIFY2(m_prompts->helpHtml.contains(QStringLiteral("palette")), qPrintable(m_prompts->helpHtml));

        m_window->document()->adopt(sampleProject());
        m_window->scene()->selectNodes({2});
        help->trigger();
        const nw::LayerInfo& dense = *nw::layerRegistry().find("Dense");
        QVERIFY(m_prompts->helpTitle.contains(QStringLiteral("Dense")));
        QVERIFY(m_prompts->helpHtml.contains(QString::fromStdString(dense.description).toHtmlEscaped()));
        QVERIFY(m_prompts->helpHtml.contains(QString::fromStdString(dense.formula).toHtmlEscaped()));
        for (const nw::AttrSpec& spec : dense.attrs)
            QVERIFY(m_prompts->helpHtml.contains(QString::fromStdString(spec.label)));
    }

    void newStartsFromTheChosenTemplate() {
        m_prompts->templatePath = QStringLiteral(":/templates/cnn.nwproj");
        m_window->findChild<QAction*>(QStringLiteral("file.new"))->trigger();
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(u'\n')));
        QCOMPARE(m_window->document()->layerCount(), 14);
        QVERIFY(m_window->document()->filePath().isEmpty());
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(graphDocument()->analysis().valid());

        // Cancelling the gallery keeps the project.
        m_prompts->cancelTemplate = true;
        m_window->findChild<QAction*>(QStringLiteral("file.new"))->trigger();
        QCOMPARE(m_window->document()->layerCount(), 14);

        // "Empty project".
        m_prompts->cancelTemplate = false;
        m_prompts->templatePath.clear();
        m_window->findChild<QAction*>(QStringLiteral("file.new"))->trigger();
        QCOMPARE(m_window->document()->layerCount(), 0);
    }

    void openedAndSavedFilesAreRecent() {
        const QString first = writeSampleProject(m_dir.filePath(QStringLiteral("first.nwproj")));
        QVERIFY(m_window->openFile(first));
        m_prompts->savePath = m_dir.filePath(QStringLiteral("second.nwproj"));
        m_window->findChild<QAction*>(QStringLiteral("file.saveAs"))->trigger();
        const QStringList recent = m_window->recentFiles()->files();
        QCOMPARE(recent, (QStringList{m_prompts->savePath, QFileInfo(first).absoluteFilePath()}));

        // The menu offers them, and choosing one opens it.
        auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menu.recent"));
        QVERIFY(menu);
        m_window->recentFiles()->fillMenu(menu);
        QVERIFY(menu->actions().size() >= 2);
        emit m_window->recentFiles()->fileChosen(first);
        QCOMPARE(m_window->document()->filePath(), QFileInfo(first).absoluteFilePath());
    }

    void droppedProjectFileOpensAfterTheQuestion() {
        const QString path = writeSampleProject(m_dir.filePath(QStringLiteral("dropped.nwproj")));
        graphDocument()->addNode(QStringLiteral("Dense"), {0, 0}); // unsaved changes
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_window->document()->layerCount(), 1); // opened only once the drop has returned
        QCoreApplication::processEvents();
        QCOMPARE(m_window->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(m_prompts->saveQuestions, 1);
        QCOMPARE(m_window->document()->layerCount(), 3);

        // Anything but a project is not taken.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }
};

QTEST_MAIN(DesignerWindowTest)
#include "designer_window_test.moc"
