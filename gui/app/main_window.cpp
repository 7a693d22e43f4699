#include "gui/app/main_window.h"

#include "gui/app/export_dialog.h"
#include "gui/app/file_controller.h"
#include "gui/app/recent_files.h"
#include "gui/app/user_prompts.h"
#include "gui/docks/child_signals.h"
#include "gui/docks/palette_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/editor_actions.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/lessons/assignment_dialog.h"
#include "gui/recovery/autosaver.h"
#include "gui/render/diagram_export.h"
#include "gui/render/engine_text.h"
#include "gui/training/training_controller.h"

#include "engine/core/diagnostic.h"
#include "engine/train/data_fit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace nw::gui {

namespace {

// Where exports of the project are suggested, without the suffix: next to its file under the same
// name, or in the home folder while it has none.
QString exportStem(const ProjectDocument& document) {
    const QString current = document.filePath();
    if (current.isEmpty()) return QDir::home().filePath(document.displayName());
    const QFileInfo file(current);
    return QDir(file.absolutePath()).filePath(file.completeBaseName());
}

// The platform's Redo keys plus both common ones, each once: on Linux QKeySequence::Redo already is
// Ctrl+Shift+Z, and a key bound twice is an ambiguous shortcut that triggers nothing.
QList<QKeySequence> redoShortcuts() {
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        if (!keys.contains(key)) keys << key;
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget* parent, QSettings* settings)
    : QMainWindow(parent), m_document(new ProjectDocument(this)),
      m_scene(new GraphScene(m_document->graphDocument(), this)),
      m_settings(settings ? settings : new QSettings(this)), m_prompts(std::make_unique<UserPrompts>()) {
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_recentFiles = new RecentFiles(m_settings, this);
    m_files = new ProjectFileController(m_document, m_recentFiles, this);
    m_files->setPrompts(m_prompts.get());
    connect(m_files, &ProjectFileController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_files, &ProjectFileController::failed, this, &MainWindow::showError);
    m_view = new GraphView(m_scene, this);
    m_view->setObjectName(QStringLiteral("canvas"));
    m_view->centerOn(0, 0);
    setCentralWidget(m_view);
    // Queued: a model imported from the command line arrives before the window has its size.
    connect(m_files, &ProjectFileController::imported, m_view, &GraphView::fitAll, Qt::QueuedConnection);

    m_editorActions = new EditorActions(this, m_scene, m_view);
    createDocks();
    createActions();
    createMenus();
    createStatusBar();
    wireDocks();
    createTrainingDocks();

    createAutosaver();

    connect(m_document->graphDocument(), &GraphDocument::analysisChanged, this, &MainWindow::updateSummary);
    // A new or opened project is shown whole.
    connect(m_document, &ProjectDocument::projectReplaced, m_view, [this] {
        if (m_document->layerCount() > 0)
            m_view->showNetwork();
        else {
            m_view->resetZoom();
            m_view->centerOn(0, 0);
        }
    });
    connect(m_scene, &GraphScene::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 2 * kStatusMessageMs); });
    connect(m_scene, &GraphScene::wireDroppedOnEmptyCanvas, this, &MainWindow::offerConnectedLayer);
    connect(m_scene, &GraphScene::nodeActivated, this, &MainWindow::renameLayer);
    connect(m_editorActions, &EditorActions::renameRequested, this, &MainWindow::renameLayer);
    updateSummary();
    showSelection();

    // A comfortable first size that still fits small screens; then the layout the user left.
    QSize size(1280, 800);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreLayout();
}

// Hiding the window moves the focus away from an editor in a dock, whose editingFinished then changes
// the document, whose signals would reach this window's slots after this destructor.
MainWindow::~MainWindow() { disconnectChildren(this); }

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts) {
    m_prompts = std::move(prompts);
    m_files->setPrompts(m_prompts.get());
}

bool MainWindow::openFile(const QString& path) { return m_files->openFile(path); }

void MainWindow::createAutosaver() {
    // Beside the user's settings: their folder is the user's own, and tests and unattended runs that
    // keep settings elsewhere keep their recovery copies there too.
    const QString folder =
        QFileInfo(m_settings->fileName()).absoluteDir().filePath(QStringLiteral("recovery"));
    const int interval =
        m_settings->value(QStringLiteral("recovery/intervalSeconds"), Autosaver::kDefaultIntervalSeconds)
            .toInt();
    m_autosaver = new Autosaver(m_document, folder, interval, this);
    connect(m_autosaver, &Autosaver::writeFailed, this,
            [this](const QString& text) { statusBar()->showMessage(text, 2 * kStatusMessageMs); });
    m_autosaver->followTraining(m_training);
}

bool MainWindow::offerRecovered() {
    if (!m_autosaver->offerRecovered(m_prompts.get(), this)) return false;
    statusBar()->showMessage(tr("Restored %1 from its recovery copy").arg(m_document->displayName()),
                             2 * kStatusMessageMs);
    return true;
}

QAction* MainWindow::makeAction(const char* id, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    // Stable ids: settings and tests find actions by them, whatever the language.
    action->setObjectName(QString::fromLatin1(id));
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions() {
    QAction* newAction = makeAction("file.new", tr("&New…"), QKeySequence::New);
    newAction->setStatusTip(tr("Start a new project, empty or from a template"));
    connect(newAction, &QAction::triggered, m_files, &ProjectFileController::newProject);

    QAction* open = makeAction("file.open", tr("&Open…"), QKeySequence::Open);
    open->setStatusTip(tr("Open a project file"));
    connect(open, &QAction::triggered, m_files, &ProjectFileController::openWithDialog);

    QAction* importModel = makeAction("file.importModel", tr("&Import Model…"), {});
    importModel->setStatusTip(tr("Read an ONNX model, from PyTorch or elsewhere, into a new project with its "
                                 "trained weights"));
    connect(importModel, &QAction::triggered, m_files, &ProjectFileController::importWithDialog);

    QAction* saveAction = makeAction("file.save", tr("&Save"), QKeySequence::Save);
    saveAction->setStatusTip(tr("Save the project"));
    connect(saveAction, &QAction::triggered, m_files, &ProjectFileController::save);

    QAction* saveAsAction = makeAction("file.saveAs", tr("Save &As…"), QKeySequence::SaveAs);
    saveAsAction->setStatusTip(tr("Save the project under a new name"));
    connect(saveAsAction, &QAction::triggered, m_files, &ProjectFileController::saveAs);

    QAction* assignment = makeAction("file.saveAssignment", tr("Save as Assi&gnment…"), {});
    assignment->setStatusTip(
        tr("Save the network (or the lesson being played) as an assignment with locked controls and goals"));
    connect(assignment, &QAction::triggered, this, [this] {
        AssignmentDialog dialog(m_document, m_lessonsDock, this);
        dialog.exec();
    });

    QAction* exportAction = makeAction("file.exportDiagram", tr("&Export Diagram…"), {});
    exportAction->setStatusTip(tr("Save a picture of the network as SVG or PNG"));
    exportAction->setToolTip(tr("Export the network diagram as SVG or PNG"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDiagram);

    QAction* exportModel = makeAction("file.exportModel", tr("Export &Model…"), {});
    exportModel->setStatusTip(
        tr("Write the trained network as ONNX or PyTorch code, verified against the engine"));
    connect(exportModel, &QAction::triggered, this, [this] {
        ExportDialog dialog(m_document->project(), m_document->folder(), exportStem(*m_document), this);
        dialog.setPrompts(m_prompts.get());
        dialog.exec();
    });

    QAction* quit = makeAction("app.quit", tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Quit Neuroweave"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("edit.undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last edit"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("edit.redo"));
    redo->setShortcuts(redoShortcuts());
    redo->setStatusTip(tr("Redo the edit that was undone last"));

    QAction* find = makeAction("edit.findLayer", tr("&Find Layer"), QKeySequence::Find);
    find->setStatusTip(tr("Search the layer palette"));
    connect(find, &QAction::triggered, m_palette, &PaletteDock::focusSearch);

    QAction* help = makeAction("help.layer", tr("&Help on Layer"), QKeySequence::HelpContents);
    help->setStatusTip(tr("Explain the selected layer, or how to use the designer"));
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);

    QAction* about = makeAction("help.about", tr("&About Neuroweave"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QAction* aboutQt = makeAction("help.aboutQt", tr("About &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    auto action = [this](const char* id) { return findChild<QAction*>(QString::fromLatin1(id)); };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menu.file"));
    file->addAction(action("file.new"));
    file->addAction(action("file.open"));
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menu.recent"));
    m_recentFiles->attachTo(recent);
    file->addSeparator();
    file->addAction(action("file.save"));
    file->addAction(action("file.saveAs"));
    file->addAction(action("file.saveAssignment"));
    file->addSeparator();
    file->addAction(action("file.importModel"));
    file->addAction(action("file.exportDiagram"));
    file->addAction(action("file.exportModel"));
    file->addSeparator();
    file->addAction(action("app.quit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menu.edit"));
    edit->addAction(action("edit.undo"));
    edit->addAction(action("edit.redo"));
    edit->addSeparator();
    for (const char* id : EditorActions::editMenuIds())
        *id ? (void)edit->addAction(action(id)) : (void)edit->addSeparator();
    edit->addSeparator();
    edit->addAction(action("edit.findLayer"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menu.view"));
    for (const char* id : EditorActions::viewMenuIds())
        *id ? (void)view->addAction(action(id)) : (void)view->addSeparator();
    view->addSeparator();
    QAction* presenter = view->addAction(tr("&Presenter Mode"));
    presenter->setObjectName(QStringLiteral("view.presenter"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    presenter->setStatusTip(
        tr("Large text and cards, high contrast and only the panels a demonstration needs, for a projector"));
    connect(presenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    view->addMenu(m_panelsMenu);
    view->addMenu(createLanguageMenu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu.help"));
    help->addAction(action("help.layer"));
    QAction* lessons = help->addAction(tr("&Lessons"));
    lessons->setObjectName(QStringLiteral("help.lessons"));
    lessons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    lessons->setStatusTip(
        tr("Lessons that walk through one idea at a time, with goals that check themselves"));
    connect(lessons, &QAction::triggered, this, &MainWindow::showLessons);
    help->addSeparator();
    help->addAction(action("help.about"));
    help->addAction(action("help.aboutQt"));
}

void MainWindow::createStatusBar() { statusBar()->showMessage(tr("Ready")); }

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_training->state() != TrainingController::State::Idle &&
        !m_prompts->askStopAndClose(this, tr("Training is under way."))) {
        event->ignore();
        return;
    }
    m_training->stopAndWait(); // its results are part of what may need saving
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    setPresenterMode(false); // the layout saved is the everyday one
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!ProjectFileController::droppedProject(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = ProjectFileController::droppedProject(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    // After the drop has returned to the file manager: the unsaved-changes question is modal.
    QTimer::singleShot(0, this, [this, path] { m_files->openAfterAsking(path); });
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Neuroweave"),
        tr("<h3>Neuroweave %1</h3>"
           "<p>A visual designer for neural networks: drag layers onto a canvas, wire them into a "
           "network and watch it train live on your own computer.</p>"
           "<p>Trained models export to ONNX and PyTorch.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::reportError(const QString& text, const nw::Diagnostic& diagnostic) {
    showError(text, diagnosticDescription(diagnostic));
}

void MainWindow::showError(const QString& text, const QString& details) {
    m_lastError = text + QLatin1Char('\n') + details;
    statusBar()->showMessage(text, kStatusMessageMs);
    m_prompts->showError(this, text, details);
}

void MainWindow::updatePlaceholder() {
    if (m_document->layerCount() == 0) {
        m_view->setPlaceholder(tr("Drag layers here to build a network"),
                               tr("or open a project with %1")
                                   .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        return;
    }
    // The cards speak for themselves; the view shows no hint over them.
    m_view->setPlaceholder({}, {});
}

void MainWindow::exportDiagram() {
    if (m_document->layerCount() == 0) {
        statusBar()->showMessage(tr("There is no network to export yet."), kStatusMessageMs);
        return;
    }
    QString path = m_prompts->askDiagramPath(this, exportStem(*m_document) + QStringLiteral(".svg"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".svg");
    const nw::Status written = renderDiagram(m_document->project(), path);
    if (!written) {
        reportError(tr("Could not export the diagram to “%1”.").arg(QFileInfo(path).fileName()),
                    written.error());
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
}

void MainWindow::renameLayer(quint32 id) {
    const QString current = m_document->graphDocument()->nodeLabel(id);
    const QString name = m_prompts->askLayerName(this, current);
    if (name.isEmpty()) return;
    if (const nw::Status renamed = m_document->graphDocument()->rename(id, name); !renamed)
        reportError(tr("Could not rename “%1”.").arg(current), renamed.error());
}

} // namespace nw::gui
