#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace nw::gui {

// The questions the main window asks the user, behind one interface so that tests and unattended
// runs (--screenshot) can answer them without a modal dialog waiting for a click.
class UserPrompts {
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)

public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;

    // `text` says what failed in a sentence; `details` is the engine's account of why.
    virtual void showError(QWidget* parent, const QString& text, const QString& details);
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& documentName);
    // An existing .nwproj file, or an empty string when the user cancels.
    virtual QString askOpenPath(QWidget* parent, const QString& startDir);
    // An ONNX model to import, or an empty string when the user cancels.
    virtual QString askImportPath(QWidget* parent, const QString& startDir);
    // Where to save, or an empty string when the user cancels.
    virtual QString askSavePath(QWidget* parent, const QString& suggestedPath);
    // Where to export the diagram (.svg or .png), or an empty string when the user cancels.
    virtual QString askDiagramPath(QWidget* parent, const QString& suggestedPath);
    // A new name for a layer, or an empty string when the user cancels.
    virtual QString askLayerName(QWidget* parent, const QString& currentName);
    // File → New: the chosen template's path, empty for an empty project; `cancelled` is set when the
    // user closes the gallery instead (see TemplateGallery::choose).
    virtual QString askTemplate(QWidget* parent, bool* cancelled);
    // `work` ("Training is under way.") would be stopped by closing: true to stop it and close.
    virtual bool askStopAndClose(QWidget* parent, const QString& work);
    // A recovery copy of `documentName` made at `savedAt` was left by a designer that did not close
    // properly: true to restore it, false to discard it.
    virtual bool askRestoreRecovered(QWidget* parent, const QString& documentName, const QDateTime& savedAt);
    // `what` ("Delete run 3?") cannot be undone: true to go ahead.
    virtual bool askDeleteRuns(QWidget* parent, const QString& what);
    // Rich text about a layer or about the designer (F1).
    virtual void showHelp(QWidget* parent, const QString& title, const QString& html);
};

// Answers without asking: errors go to stderr, unsaved changes are discarded, file dialogs cancel.
class UnattendedPrompts : public UserPrompts {
public:
    void showError(QWidget* parent, const QString& text, const QString& details) override;
    SaveChoice askSaveChanges(QWidget*, const QString&) override { return SaveChoice::Discard; }
    QString askOpenPath(QWidget*, const QString&) override { return {}; }
    QString askImportPath(QWidget*, const QString&) override { return {}; }
    QString askSavePath(QWidget*, const QString&) override { return {}; }
    QString askDiagramPath(QWidget*, const QString&) override { return {}; }
    QString askLayerName(QWidget*, const QString&) override { return {}; }
    QString askTemplate(QWidget*, bool* cancelled) override;
    bool askStopAndClose(QWidget*, const QString&) override { return true; }
    bool askDeleteRuns(QWidget*, const QString&) override { return false; }
    // Unattended runs keep their settings, and so their recovery copies, apart: never asked.
    bool askRestoreRecovered(QWidget*, const QString&, const QDateTime&) override { return false; }
    void showHelp(QWidget*, const QString&, const QString&) override {}
};

} // namespace nw::gui
