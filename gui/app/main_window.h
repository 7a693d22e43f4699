#pragma once

#include <QByteArray>
#include <QFont>
#include <QMainWindow>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;
class QSettings;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct DataFitFix;
struct DataFitProblem;
struct Diagnostic;
} // namespace nw

namespace nw::gui {

class Autosaver;
class EditorActions;
class GraphScene;
class GraphView;
class InspectorDock;
class MetricsDock;
class LessonsDock;
class RunsDock;
class SweepDialog;
class PaletteDock;
class ProblemsDock;
class ProjectDocument;
class ProjectFileController;
class RecentFiles;
class SummaryBar;
class TrainingController;
class TrainingDock;
class UserPrompts;

// The designer's window: the canvas in the middle, the palette on the left, the inspector and the
// problems list on the right, the summary in the status bar, and the menus. It owns one
// ProjectDocument; New, Open, Save and the title are its ProjectFileController's. The docks' wiring
// lives in main_window_docks.cpp, the training docks' in main_window_training.cpp.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Window layout and recent files are kept in `settings` (nullptr: the application's QSettings,
    // owned by the window); it must outlive the window.
    explicit MainWindow(QWidget* parent = nullptr, QSettings* settings = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return m_document; }
    ProjectFileController* files() const { return m_files; }
    GraphView* canvas() const { return m_view; }
    GraphScene* scene() const { return m_scene; }
    EditorActions* editorActions() const { return m_editorActions; }
    PaletteDock* palette() const { return m_palette; }
    InspectorDock* inspector() const { return m_inspector; }
    ProblemsDock* problems() const { return m_problems; }
    SummaryBar* summaryBar() const { return m_summaryBar; }
    RecentFiles* recentFiles() const { return m_recentFiles; }
    TrainingController* training() const { return m_training; }
    TrainingDock* trainingDock() const { return m_trainingDock; }
    RunsDock* runsDock() const { return m_runsDock; }
    MetricsDock* metricsDock() const { return m_metricsDock; }
    LessonsDock* lessonsDock() const { return m_lessonsDock; }
    // Shows the Lessons panel (Help → Lessons).
    void showLessons();
    // View → Presenter Mode: large text and cards, high-contrast canvas, thick wires, and only the
    // panels a demonstration needs; off brings the window back as it was.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }
    // Starts a built-in lesson by id, or the lesson in a .nwlesson file; false when it could not start
    // (lessonsDock()->errorText() says why) or the user kept the project.
    bool startLesson(const QString& idOrFile);
    // The lesson being played as the student's report (HTML, or PDF for a .pdf path): their name,
    // the network's diagram, the curves, the goals. Empty on success, otherwise why it failed.
    QString writeLessonReport(const QString& path, const QString& student);

    // Bumped whenever the docks change so that an older saved layout is ignored, not misapplied.
    static constexpr int kLayoutVersion = 4;

    // Opens `path` without asking about unsaved changes (the command line, tests). On failure the
    // error is reported and the current project stays open. See ProjectFileController::openFile.
    bool openFile(const QString& path);
    // Selects the layer called `name` and shows it; false when there is none.
    bool selectLayer(const QString& name);

    // Offers to restore the projects of designers that did not close properly (see Autosaver); true
    // when one was restored into this window.
    bool offerRecovered();
    Autosaver* autosaver() const { return m_autosaver; }

    // Replaces the dialogs the window asks its questions with; the window takes ownership.
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    // The last error reported to the user, text and details; empty when there was none.
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // Keeps the labels of the tabs of docked panels whole (see main_window_docks.cpp).
    bool event(QEvent* event) override;
    // Project files dragged from a file manager open, after the unsaved-changes question.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    // View → Language: the five languages and the system's; applied at the next start.
    QMenu* createLanguageMenu();
    void createStatusBar();
    QAction* makeAction(const char* id, const QString& text, const QKeySequence& shortcut);

    void createDocks();
    void wireDocks();
    void createTrainingDocks(); // main_window_training.cpp
    void showSweepDialog();     // Train → Sweep…
    void applyAssignment();     // the locks of the lesson being played, if it is an assignment
    void exportLessonReport();  // asks for the name and the file, then writeLessonReport
    void createAutosaver();
    void restoreLayout();
    void saveLayout();

    void showAbout();
    void exportDiagram();
    void renameLayer(quint32 id);
    // The palette's search popup at the drop; the chosen kind is added there, wired from the port.
    void offerConnectedLayer(quint32 fromNode, int fromPort, QPointF scenePos, QPoint globalPos);
    void addLayerAtViewCentre(const QString& kindName);
    // Inspector: the single selected node, or the hint; again after every change to it.
    void showSelection();
    void editAttribute(quint32 id, int attrIndex, const QVariant& value);
    void renameFromInspector(quint32 id, const QString& name);
    void revealNode(quint32 id);
    void showHelp();

    // Tells the user that something failed: the status bar, then the prompts' error message.
    void reportError(const QString& text, const nw::Diagnostic& diagnostic);
    void showError(const QString& text, const QString& details);
    // The summary bar and the Problems list: the network's analysis and how it fits its data.
    void updateSummary();
    void applyDataFix(const nw::DataFitFix& fix);
    void updatePlaceholder();

    // How long the status bar shows a confirmation; what takes longer to read (the canvas's notes,
    // refused edits) stays twice as long.
    static constexpr int kStatusMessageMs = 4000;

    ProjectDocument* m_document = nullptr;
    ProjectFileController* m_files = nullptr;
    Autosaver* m_autosaver = nullptr;
    GraphScene* m_scene = nullptr;
    GraphView* m_view = nullptr;
    EditorActions* m_editorActions = nullptr;
    PaletteDock* m_palette = nullptr;
    InspectorDock* m_inspector = nullptr;
    ProblemsDock* m_problems = nullptr;
    SummaryBar* m_summaryBar = nullptr;
    QSettings* m_settings = nullptr;
    RecentFiles* m_recentFiles = nullptr;
    TrainingController* m_training = nullptr;
    TrainingDock* m_trainingDock = nullptr;
    MetricsDock* m_metricsDock = nullptr;
    RunsDock* m_runsDock = nullptr;
    LessonsDock* m_lessonsDock = nullptr;
    bool m_presenter = false;
    struct {
        QByteArray state;
        QFont font;
        qreal zoom = 1;
    } m_beforePresenter;                  // the window as presenter mode found it
    SweepDialog* m_sweepDialog = nullptr; // made when first asked for
    QDockWidget* m_boundaryDock = nullptr;
    QDockWidget* m_activationDock = nullptr;
    QDockWidget* m_distributionDock = nullptr;
    QDockWidget* m_mathsDock = nullptr;
    QDockWidget* m_evaluationDock = nullptr;
    bool m_planeShown = false; // the decision boundary was brought to the front for the current plane
    QMenu* m_panelsMenu = nullptr;
    // Where the popup's choice goes: the wire dropped on empty canvas that opened it.
    struct PendingWire {
        quint32 fromNode = 0;
        int fromPort = 0;
        QPointF scenePos;
    };
    PendingWire m_pendingWire;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_lastError;
    std::vector<nw::DataFitProblem> m_dataProblems; // what the Problems list's Fix buttons refer to
};

} // namespace nw::gui
