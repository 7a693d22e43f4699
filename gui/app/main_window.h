#pragma once

#include <QMainWindow>
#include <QString>

#include <memory>

class QAction;
class QLabel;

// Declared, not included: moc reads this header (see project_document.h).
namespace nw {
struct Diagnostic;
class Status;
} // namespace nw

namespace nw::gui {

class EditorActions;
class GraphScene;
class GraphView;
class ProjectDocument;
class UserPrompts;

// The designer's window: the canvas in the middle, the menus, the status bar. It owns one
// ProjectDocument and keeps the title ("spirals.nwproj* — Neuroweave") in step with it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return m_document; }
    GraphView* canvas() const { return m_view; }
    GraphScene* scene() const { return m_scene; }
    EditorActions* editorActions() const { return m_editorActions; }

    // Opens `path` without asking about unsaved changes (the command line, tests). On failure the
    // error is reported and the current project stays open.
    bool openFile(const QString& path);

    // Replaces the dialogs the window asks its questions with; the window takes ownership.
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    // The last error reported to the user, text and details; empty when there was none.
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QAction* makeAction(const char* id, const QString& text, const QKeySequence& shortcut);

    void newProject();
    void openWithDialog();
    bool save();
    bool saveAs();
    void showAbout();
    void exportDiagram();
    void renameLayer(quint32 id);
    // Until the palette's search popup takes over: a menu of layer kinds to add, wired, at the drop.
    void offerConnectedLayer(quint32 fromNode, int fromPort, QPointF scenePos, QPoint globalPos);

    // Asks what to do with unsaved changes; false when the user cancels the pending operation.
    bool maybeSave();
    void reportError(const QString& text, const nw::Diagnostic& diagnostic);
    // Reports the outcome of a save of `fileName`: the error, or "Saved" in the status bar.
    bool reportSaved(const nw::Status& saved, const QString& fileName);
    void updateTitle();
    void updateSummary();
    void updatePlaceholder();

    ProjectDocument* m_document = nullptr;
    GraphScene* m_scene = nullptr;
    GraphView* m_view = nullptr;
    EditorActions* m_editorActions = nullptr;
    QLabel* m_summary = nullptr;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_lastError;
};

} // namespace nw::gui
