#pragma once

#include <QDockWidget>
#include <QList>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace nw::gui {

class ProjectDocument;
class TrainingController;
struct LessonReport;
struct LessonSession;

// The Lessons panel: the built-in lessons (and lesson files) to choose from, then the lesson being
// played: the step's text, its goals ticking green as the live state meets them (evaluated by the
// engine, as `neuroweave-cli lesson check` does), hints one at a time, Back and Next. Starting a
// lesson opens its starting project as an untitled one, after the unsaved-changes question.
class LessonsDock : public QDockWidget {
    Q_OBJECT

public:
    LessonsDock(ProjectDocument* document, TrainingController* training, QWidget* parent = nullptr);
    ~LessonsDock() override;

    // Asked before a lesson replaces the project (the window's unsaved-changes question); without
    // it the project is replaced at once.
    void setBeforeReplace(std::function<bool()> ask) { m_beforeReplace = std::move(ask); }

    // Starts a built-in lesson by id; false when there is none or the user kept the project.
    bool startLesson(const QString& id);
    // Starts the lesson in a .nwlesson file; false (and the reason in errorText) when it cannot be read.
    bool openLessonFile(const QString& path);
    // Back to the list of lessons.
    void showList();

    bool isPlaying() const { return m_session != nullptr; }
    // The lesson being played (lesson_session.h), nullptr on the list.
    const LessonSession* session() const { return m_session.get(); }
    int step() const; // 0-based
    int stepCount() const;
    void next();
    void back();
    void showHint();
    // What the panel shows (tests): the step's heading, each goal with whether it is met, the hints.
    QString stepTitle() const;
    QList<bool> goalsMet() const;
    QStringList goalTexts() const;
    QString hintText() const;
    QString errorText() const { return m_error; }
    // An assignment's locks (empty for a lesson): the controls locked (setting names and "dataset")
    // and the layer kinds allowed (empty: every kind).
    QStringList lockedControls() const;
    QStringList allowedLayers() const;
    // Evaluates the goals now instead of on the short timer (tests).
    void evaluateNow();
    // The lesson's title and every step's goals evaluated now, for the student's report (the window
    // adds the name, the pictures and the summary).
    LessonReport reportContent() const;

signals:
    void lessonStarted();
    // Back to the list, or another project opened: the lesson (and an assignment's locks) ended.
    void lessonEnded();
    // Report… was pressed: the window asks for the name and the file and writes the report.
    void reportRequested();
    // Every goal of the current step holds (emitted when that becomes true).
    void stepCompleted(int step);

private:
    void fillList();
    bool start(std::unique_ptr<LessonSession> session);
    void showStep();
    void scheduleEvaluation();

    ProjectDocument* m_document;
    TrainingController* m_training;
    std::unique_ptr<LessonSession> m_session;
    std::function<bool()> m_beforeReplace;
    QString m_error;
    QTimer m_evaluation;
    bool m_stepDone = false;
    bool m_starting = false; // the project is being replaced by the lesson's own

    QStackedWidget* m_pages = nullptr;
    QListWidget* m_lessons = nullptr;
    QLabel* m_lessonTitle = nullptr;
    QLabel* m_stepHeading = nullptr;
    QTextBrowser* m_text = nullptr;
    QListWidget* m_goals = nullptr;
    QLabel* m_done = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_hintButton = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace nw::gui
