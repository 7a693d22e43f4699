#include "gui/app/main_window.h"
#include "gui/app/summary_bar.h"
#include "gui/app/translations.h"
#include "gui/app/user_prompts.h"
#include "gui/docks/palette_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/editor/node_item.h"

#include "engine/io/project.h"

#include "sample_projects.h"
#include "scripted_prompts.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using nw::gui::MainWindow;
using nw::gui::UserPrompts;
using namespace nw::gui::test;

namespace {

// The title the way the window system shows it: Qt replaces the [*] placeholder.
QString shownTitle(const QWidget& window) {
    QString title = window.windowTitle();
    return title.replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString());
}

void trigger(MainWindow& window, const char* actionId) {
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionId));
    QVERIFY2(action, actionId);
    action->trigger();
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts* m_prompts = nullptr;

    QString sample(const char* name) { return writeSampleProject(m_dir.filePath(QString::fromLatin1(name))); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_window = std::make_unique<MainWindow>(nullptr, m_settings.get());
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window->setPrompts(std::move(prompts));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
        m_window.reset();
    }

    void newWindowIsUntitled() {
        QCOMPARE(shownTitle(*m_window), QStringLiteral("Untitled — Neuroweave"));
        QVERIFY(m_window->windowFilePath().isEmpty());
        QVERIFY(m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menu.file")));
        QVERIFY(m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menu.help")));
    }

    void standardShortcuts() {
        const std::pair<const char*, QKeySequence::StandardKey> expected[] = {
            {"file.new", QKeySequence::New},   {"file.open", QKeySequence::Open},
            {"file.save", QKeySequence::Save}, {"file.saveAs", QKeySequence::SaveAs},
            {"app.quit", QKeySequence::Quit},
        };
        for (const auto& [id, key] : expected) {
            auto* action = m_window->findChild<QAction*>(QString::fromLatin1(id));
            QVERIFY2(action, id);
            QCOMPARE(action->shortcut(), QKeySequence(key));
        }
    }

    // Both Ctrl+Y and Ctrl+Shift+Z redo from the keyboard; no key is bound twice (which Qt reports as
    // an ambiguous shortcut and ignores).
    void redoWorksFromTheKeyboard() {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QList<QKeySequence> keys =
            m_window->findChild<QAction*>(QStringLiteral("edit.redo"))->shortcuts();
        QCOMPARE(QSet<QKeySequence>(keys.begin(), keys.end()).size(), keys.size());
        for (const QKeyCombination key : {Qt::CTRL | Qt::Key_Y, Qt::CTRL | Qt::SHIFT | Qt::Key_Z}) {
            QUndoStack* stack = m_window->document()->undoStack();
            stack->push(new NoopCommand);
            stack->undo();
            QCOMPARE(stack->index(), stack->count() - 1);
            QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
            QVERIFY2(stack->index() == stack->count(), qPrintable(QKeySequence(key).toString()));
        }
    }

    void titleShowsTheOpenedFile() {
        const QString path = sample("tiny.nwproj");
        QVERIFY(m_window->openFile(path));
        QCOMPARE(shownTitle(*m_window), QStringLiteral("tiny.nwproj — Neuroweave"));
        QCOMPARE(m_window->windowFilePath(), path);
        QVERIFY(m_prompts->errors.isEmpty());
    }

    void unsavedChangesAddAStar() {
        QVERIFY(m_window->openFile(sample("tiny.nwproj")));
        m_window->document()->undoStack()->push(new NoopCommand);
        QCOMPARE(shownTitle(*m_window), QStringLiteral("tiny.nwproj* — Neuroweave"));
        trigger(*m_window, "edit.undo");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("tiny.nwproj — Neuroweave"));
        trigger(*m_window, "edit.redo");
        trigger(*m_window, "file.save");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("tiny.nwproj — Neuroweave"));
    }

    void corruptFileIsReportedAndThePreviousProjectStays() {
        const QString good = sample("good.nwproj");
        const QString bad =
            writeText(m_dir.filePath(QStringLiteral("corrupt.nwproj")), "{ \"format\": 1, \"gra");
        QVERIFY(m_window->openFile(good));

        QVERIFY(!m_window->openFile(bad));
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY2(m_prompts->errors.first().contains(QStringLiteral("corrupt.nwproj")),
                 qPrintable(m_prompts->errors.first()));
        QCOMPARE(m_window->lastError(), m_prompts->errors.first());
        // The engine's explanation follows the sentence: there is more than the file name.
        QVERIFY(m_prompts->errors.first().section(QLatin1Char('\n'), 1).size() > 0);
        QCOMPARE(shownTitle(*m_window), QStringLiteral("good.nwproj — Neuroweave"));
        QCOMPARE(m_window->document()->project(), sampleProject());
    }

    void openUsesTheDialogAnswer() {
        m_prompts->openPath = sample("picked.nwproj");
        trigger(*m_window, "file.open");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("picked.nwproj — Neuroweave"));
    }

    void saveAsAddsTheSuffixAndRenames() {
        QVERIFY(m_window->openFile(sample("tiny.nwproj")));
        m_window->document()->undoStack()->push(new NoopCommand);
        m_prompts->savePath = m_dir.filePath(QStringLiteral("renamed"));
        trigger(*m_window, "file.saveAs");

        const QString written = m_dir.filePath(QStringLiteral("renamed.nwproj"));
        QVERIFY(QFileInfo::exists(written));
        QCOMPARE(shownTitle(*m_window), QStringLiteral("renamed.nwproj — Neuroweave"));
        const nw::Result<nw::Project> reloaded = nw::loadProject(QFile::encodeName(written).toStdString());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value(), sampleProject());
    }

    // A file whose folder cannot be written (here: gone) is saved with Save As instead, in the home
    // folder by default, and the window follows the new file.
    void aFileThatCannotBeWrittenIsSavedElsewhere() {
        QTemporaryDir gone;
        const QString path = writeSampleProject(gone.filePath(QStringLiteral("tiny.nwproj")));
        QVERIFY(m_window->openFile(path));
        QVERIFY(gone.remove());
        m_window->document()->undoStack()->push(new NoopCommand);
        m_prompts->savePath = m_dir.filePath(QStringLiteral("copy.nwproj"));
        trigger(*m_window, "file.save");
        QCOMPARE(m_window->document()->filePath(), m_prompts->savePath);
        QVERIFY(QFileInfo::exists(m_prompts->savePath));
        QVERIFY(!m_window->document()->isModified());
    }

    void savingUntitledAsksForAName() {
        m_window->document()->markModified();
        m_prompts->savePath = QString(); // the user cancels the dialog
        trigger(*m_window, "file.save");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("Untitled* — Neuroweave"));

        m_prompts->savePath = m_dir.filePath(QStringLiteral("first.nwproj"));
        trigger(*m_window, "file.save");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("first.nwproj — Neuroweave"));
    }

    void newAsksBeforeDroppingChanges() {
        QVERIFY(m_window->openFile(sample("tiny.nwproj")));
        m_window->document()->undoStack()->push(new NoopCommand);

        m_prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
        trigger(*m_window, "file.new");
        QCOMPARE(m_prompts->saveQuestions, 1);
        QCOMPARE(shownTitle(*m_window), QStringLiteral("tiny.nwproj* — Neuroweave"));

        m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
        trigger(*m_window, "file.new");
        QCOMPARE(shownTitle(*m_window), QStringLiteral("Untitled — Neuroweave"));
        QCOMPARE(m_window->document()->layerCount(), 0);
    }

    void closingWithChangesCanBeCancelled() {
        m_window->document()->markModified();
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
        QVERIFY(m_window->close());
    }

    void emptyCanvasShowsTheHint() {
        const nw::gui::GraphView* canvas = m_window->canvas();
        QVERIFY(canvas->isPlaceholderShown());
        QCOMPARE(canvas->placeholderTitle(), QStringLiteral("Drag layers here to build a network"));

        // The hint is really painted: the middle of the canvas holds darker pixels than the grid.
        const QImage image = m_window->canvas()->viewport()->grab().toImage();
        const QRect middle(image.width() / 2 - 150, image.height() / 2 - 20, 300, 80);
        int darkest = 255;
        for (int y = middle.top(); y < middle.bottom(); ++y)
            for (int x = middle.left(); x < middle.right(); ++x)
                darkest = std::min(darkest, qGray(image.pixel(x, y)));
        QVERIFY2(darkest < 160, qPrintable(QString::number(darkest)));
    }

    void openedProjectIsDrawnOnTheCanvas() {
        QVERIFY(m_window->openFile(sample("tiny.nwproj")));
        const nw::gui::GraphView* canvas = m_window->canvas();
        QCOMPARE(m_window->scene()->nodeItems().size(), 3);
        QCOMPARE(m_window->scene()->edgeItems().size(), 2);
        QVERIFY(!canvas->isPlaceholderShown());
        QVERIFY(m_window->scene()->nodeItem(2)->isVisible());
        // The network is in view whole, or at a readable zoom from its first layer on.
        const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
        const QRectF network = m_window->scene()->networkRect();
        QVERIFY(visible.contains(network) ||
                (qFuzzyCompare(canvas->zoom(), nw::gui::GraphView::kReadableZoom) &&
                 visible.contains(m_window->scene()->nodeItem(1)->sceneBoundingRect())));
        QVERIFY(canvas->zoom() >= nw::gui::GraphView::kReadableZoom || visible.contains(network));

        // While the window lays itself out (here: made much smaller), the network is shown so again;
        // once the user has zoomed, a new size leaves the zoom alone.
        nw::gui::GraphView* view = m_window->canvas();
        const auto shownWhole = [&] {
            return view->mapToScene(view->viewport()->rect())
                .boundingRect()
                .contains(m_window->scene()->networkRect());
        };
        m_window->resize(1280, 720); // a laptop's window, wider than the offscreen platform's screen
        QTRY_COMPARE(m_window->width(), 1280);
        const QSize before = m_window->size();
        const int wide = view->viewport()->width();
        m_window->resize(before.width() - 300, before.height());
        QTRY_VERIFY(view->viewport()->width() < wide);
        QVERIFY(shownWhole() || qFuzzyCompare(view->zoom(), nw::gui::GraphView::kReadableZoom));
        view->zoomIn();
        const qreal zoomed = view->zoom();
        m_window->resize(before);
        QTRY_COMPARE(view->viewport()->width(), wide);
        QCOMPARE(view->zoom(), zoomed);
        QCOMPARE(m_window->summaryBar()->summary().layers, 3);
        QCOMPARE(m_window->summaryBar()->summary().parameters, m_window->document()->parameterCount());

        trigger(*m_window, "file.new");
        QCOMPARE(m_window->scene()->nodeItems().size(), 0);
        QVERIFY(canvas->isPlaceholderShown());
        QCOMPARE(canvas->placeholderTitle(), QStringLiteral("Drag layers here to build a network"));
    }

    void editAndViewActionsAreComplete() {
        const char* ids[] = {"edit.cut",          "edit.copy",       "edit.paste",        "edit.duplicate",
                             "edit.delete",       "edit.selectAll",  "edit.rename",       "edit.disable",
                             "view.zoomIn",       "view.zoomOut",    "view.zoomReset",    "view.fitAll",
                             "view.fitSelection", "view.autoLayout", "file.exportDiagram"};
        for (const char* id : ids) {
            auto* action = m_window->findChild<QAction*>(QString::fromLatin1(id));
            QVERIFY2(action, id);
            QVERIFY2(!action->statusTip().isEmpty(), id);
            QVERIFY2(!action->toolTip().isEmpty(), id);
            QVERIFY2(!action->associatedObjects().isEmpty(), id); // in a menu
        }
        auto shortcut = [this](const char* id) {
            return m_window->findChild<QAction*>(QString::fromLatin1(id))->shortcut();
        };
        QCOMPARE(shortcut("edit.duplicate"), QKeySequence(QStringLiteral("Ctrl+D")));
        QCOMPARE(shortcut("edit.copy"), QKeySequence(QKeySequence::Copy));
        QCOMPARE(shortcut("edit.rename"), QKeySequence(QStringLiteral("F2")));
        QCOMPARE(shortcut("view.fitAll"), QKeySequence(QStringLiteral("F")));
        QCOMPARE(shortcut("view.zoomReset"), QKeySequence(QStringLiteral("Ctrl+0")));
        auto* snap = m_window->findChild<QAction*>(QStringLiteral("view.snapToGrid"));
        QVERIFY(snap->isCheckable() && snap->isChecked());
        QVERIFY(m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menu.view")));
    }

    void undoActionNamesTheEdit() {
        m_window->document()->graphDocument()->addNode(QStringLiteral("Dense"), {0, 0});
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("edit.undo"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add Dense"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_window->scene()->nodeItems().size(), 1);
        undo->trigger();
        QCOMPARE(m_window->scene()->nodeItems().size(), 0);
    }

    void savedAndReopenedThroughTheWindowIsIdentical() {
        nw::gui::GraphDocument* graph = m_window->document()->graphDocument();
        const quint32 input = graph->addNode(QStringLiteral("Input"), {0, 0});
        const quint32 dense = graph->addNode(QStringLiteral("Dense"), {240, 40});
        QVERIFY(graph->connectPorts({{nw::NodeId{input}, 0}, {nw::NodeId{dense}, 0}}).ok());
        QVERIFY(graph->rename(dense, QStringLiteral("hidden")).ok());
        const std::string before = nw::serializeProject(m_window->document()->project());
        m_prompts->savePath = m_dir.filePath(QStringLiteral("roundtrip"));
        trigger(*m_window, "file.saveAs");
        QVERIFY(m_prompts->errors.isEmpty());

        trigger(*m_window, "file.new");
        QVERIFY(m_window->openFile(m_dir.filePath(QStringLiteral("roundtrip.nwproj"))));
        QCOMPARE(nw::serializeProject(m_window->document()->project()), before);
        QCOMPARE(m_window->scene()->nodeItems().size(), 2);
        QCOMPARE(m_window->scene()->nodeItem(dense)->title(), QStringLiteral("hidden"));
    }

    void diagramIsExported() {
        QVERIFY(m_window->openFile(sample("tiny.nwproj")));
        m_prompts->diagramPath = m_dir.filePath(QStringLiteral("diagram"));
        trigger(*m_window, "file.exportDiagram");
        QVERIFY(m_prompts->errors.isEmpty());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("diagram.svg"))).size() > 0);
    }

    void bundledExampleOpens() {
        const QString example = QStringLiteral(NW_SOURCE_DIR "/resources/examples/spirals.nwproj");
        if (!QFileInfo::exists(example)) QSKIP("resources/examples/spirals.nwproj is not there yet");
        QVERIFY2(m_window->openFile(example), qPrintable(m_window->lastError()));
        QCOMPARE(shownTitle(*m_window), QStringLiteral("spirals.nwproj — Neuroweave"));
        QVERIFY(m_window->document()->layerCount() > 0);
    }

    void germanTranslationIsUsed() {
        QVERIFY(nw::gui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        {
            MainWindow german;
            QCOMPARE(shownTitle(german), QStringLiteral("Unbenannt — Neuroweave"));
            auto* file = german.menuBar()->findChild<QMenu*>(QStringLiteral("menu.file"));
            QCOMPARE(file->title(), QStringLiteral("&Datei"));
            auto* view = german.menuBar()->findChild<QMenu*>(QStringLiteral("menu.view"));
            QCOMPARE(view->title(), QStringLiteral("&Ansicht"));
            QCOMPARE(german.palette()->windowTitle(), QStringLiteral("Schichten"));
            QCOMPARE(german.findChild<QMenu*>(QStringLiteral("menu.panels"))->title(),
                     QStringLiteral("&Bereiche"));
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
