#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace nw::gui {

class LessonsDock;
class ProjectDocument;

// File → Save as Assignment…: the teacher's side of an assignment. The open project (without its
// trained weights and runs) becomes the starting project of a lesson file; its steps are those of
// the lesson being played, or one step with the instructions typed here and the goals ticked here;
// the controls ticked are locked and only the layer kinds ticked can be used. Students open the file
// from the Lessons panel; `neuroweave-cli lesson check` grades their hand-ins against it.
class AssignmentDialog : public QDialog {
    Q_OBJECT

public:
    AssignmentDialog(ProjectDocument* document, LessonsDock* lessons, QWidget* parent = nullptr);
    ~AssignmentDialog() override;

    // Writes the assignment to `path` (atomically). Empty on success, otherwise why not.
    QString saveTo(const QString& path) const;

private:
    void chooseFileAndSave();

    ProjectDocument* m_document;
    LessonsDock* m_lessons;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_instructions = nullptr;
    QCheckBox* m_accuracyGoal = nullptr;
    QDoubleSpinBox* m_accuracy = nullptr;
    QCheckBox* m_parameterGoal = nullptr;
    QSpinBox* m_parameters = nullptr;
    QListWidget* m_locked = nullptr;
    QListWidget* m_layers = nullptr;
};

} // namespace nw::gui
