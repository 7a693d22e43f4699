#pragma once

// File → Export Model: writes the trained network as ONNX or as PyTorch code through engine/io (the
// same functions as `neuroweave-cli export`) and reports the file's size and the verification: the
// largest difference between the engine's outputs and the consumer's. The export runs on a thread of
// its own (a PyTorch verification takes up to two minutes): the dialog shows the step under way with a
// busy bar, and Cancel stops it.

#include <QDialog>

#include <atomic>
#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Project;
} // namespace nw

namespace nw::gui {

class UserPrompts;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Format { Onnx, Pytorch };

    // The dialog exports a copy of `project`, taken when an export starts; `projectDir` resolves its
    // relative data paths
    // (ProjectDocument::folder()). `targetStem` is the suggested target without its suffix:
    // ".../xor" suggests ".../xor.onnx" or the folder ".../xor_pytorch".
    ExportDialog(const nw::Project& project, const QString& projectDir, const QString& targetStem,
                 QWidget* parent = nullptr);

    // The dialogs to ask with (closing during an export); the window's. Without, the standard ones.
    void setPrompts(UserPrompts* prompts) { m_prompts = prompts; }

    void setFormat(Format format);
    Format format() const;
    void setTarget(const QString& path);
    QString target() const;
    ~ExportDialog() override;

    // Starts the export on a thread of its own; exportFinished() tells how it went. Nothing happens while
    // an export is under way.
    void startExport();
    bool isExporting() const { return m_running != nullptr; }
    // Stops the export under way: its verification is stopped and reported as cancelled.
    void cancelExport();
    // Starts the export and waits for it; false when it or its verification failed. resultText()
    // says what happened.
    bool runExport();
    QString resultText() const;
    // The step the export under way is at ("Verifying with PyTorch (check.py)").
    QString stepText() const;

    // Closing the dialog (Close, Escape, the window's button) while an export runs asks whether to
    // stop it; the dialog closes once it has stopped.
    void reject() override;

signals:
    void exportFinished(bool ok);

private:
    void chooseTarget();
    void formatChanged();
    void showStep(const QString& step);
    void finishExport(bool ok, const QString& text);
    void setExporting(bool exporting);

    const nw::Project& m_project;
    QString m_projectDir;
    QString m_targetStem;
    QComboBox* m_format = nullptr;
    QLineEdit* m_target = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_scaledInputs = nullptr;
    QCheckBox* m_int8 = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_result = nullptr;
    // The export under way: its cancel flag (null while none runs) and its thread.
    std::shared_ptr<std::atomic<bool>> m_running;
    std::thread m_worker;
    UserPrompts* m_prompts = nullptr;
    bool m_closeWhenDone = false; // closed during an export: close once it has stopped
};

} // namespace nw::gui
