#pragma once

#include <QObject>
#include <QString>

class QMimeData;
class QWidget;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Diagnostic;
class Status;
} // namespace nw

namespace nw::gui {

class ProjectDocument;
class RecentFiles;
class UserPrompts;

// The main window's file handling: New (empty or from a template), Open (the dialog, a recent file, a
// dropped file, the command line), Save and Save As, the unsaved-changes question before a project is
// replaced or the window closes, the outcome of each, and the window title
// ("spirals.nwproj* — Neuroweave"). The window owns it and wires its actions to it; the questions go
// through the window's UserPrompts, the outcomes come back as signals for its status bar.
class ProjectFileController : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs and shows the title; `recentFiles` learns every file opened or
    // saved and opens its entries through this controller.
    ProjectFileController(ProjectDocument* document, RecentFiles* recentFiles, QWidget* window);

    // The dialogs to ask with: the window's, which it keeps and may replace (setPrompts).
    void setPrompts(UserPrompts* prompts) { m_prompts = prompts; }

    // Asks about unsaved changes, then for a template; an empty project when none is chosen.
    void newProject();
    // Asks about unsaved changes, then for a file, and opens it.
    void openWithDialog();
    // Opens `path` without asking about unsaved changes (the command line, tests). On failure the
    // error is reported and the current project stays open.
    bool openFile(const QString& path);
    // Asks about unsaved changes, then for an ONNX model, and imports it.
    void importWithDialog();
    // Reads the ONNX model at `path` into a new, unsaved project; Save suggests the model's name
    // beside it. On failure every node that has no layer is listed and the current project stays.
    bool importModel(const QString& path);
    // Asks about unsaved changes, then opens `path` (a recent or a dropped file).
    void openAfterAsking(const QString& path);
    // Saves to the project's file, or asks where (saveAs) while it has none or its folder cannot be
    // written; false when nothing was saved.
    bool save();
    bool saveAs();
    // Asks what to do with unsaved changes; false when the user cancels the pending operation.
    bool maybeSave();

    // Whether `path` names an ONNX model (which opening imports).
    static bool isOnnxModel(const QString& path);
    // The first project file or ONNX model among dragged URLs, empty when there is none.
    static QString droppedProject(const QMimeData* mime);

signals:
    // A short confirmation for the status bar: "Opened spirals.nwproj", "Saved …".
    void statusMessage(const QString& text);
    // A model was imported into the document: a new network the window shows whole.
    void imported();
    // An operation failed: `text` says what in a sentence, `details` is the engine's account of why.
    // The window tells the user.
    void failed(const QString& text, const QString& details);

private:
    // Starts an untitled project from the template at `path` (a resource); false if it is unreadable.
    bool adoptTemplate(const QString& path);
    bool saveAsSuggesting(const QString& suggestedPath);
    void reportError(const QString& text, const nw::Diagnostic& diagnostic);
    // Reports the outcome of a save of `fileName`: the error, or "Saved".
    bool reportSaved(const nw::Status& saved, const QString& fileName);
    void updateTitle();

    ProjectDocument* m_document;
    RecentFiles* m_recentFiles;
    QWidget* m_window;
    UserPrompts* m_prompts = nullptr;
    // Where Save As suggests saving an imported model that has no file yet: "<model>.nwproj" beside it.
    QString m_importedFrom;
};

} // namespace nw::gui
