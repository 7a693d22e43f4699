#pragma once

// File → Export Model: writes the trained network as ONNX or as PyTorch code through engine/io (the
// same functions as `neuroweave-cli export`) and reports the file's size and the verification: the
// largest difference between the engine's outputs and the consumer's.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Project;
} // namespace nw

namespace nw::gui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Format { Onnx, Pytorch };

    // `project` must outlive the dialog; `projectDir` resolves its relative data paths
    // (ProjectDocument::folder()). `targetStem` is the suggested target without its suffix:
    // ".../xor" suggests ".../xor.onnx" or the folder ".../xor_pytorch".
    ExportDialog(const nw::Project& project, const QString& projectDir, const QString& targetStem,
                 QWidget* parent = nullptr);

    void setFormat(Format format);
    Format format() const;
    void setTarget(const QString& path);
    QString target() const;
    // Writes the export now; false when it or its verification failed. resultText() says what happened.
    bool runExport();
    QString resultText() const;

private:
    void chooseTarget();
    void formatChanged();

    const nw::Project& m_project;
    QString m_projectDir;
    QString m_targetStem;
    QComboBox* m_format = nullptr;
    QLineEdit* m_target = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace nw::gui
