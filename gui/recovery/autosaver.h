#pragma once

#include "gui/recovery/recovery_folder.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace nw::gui {

class ProjectDocument;
class TrainingController;
class UserPrompts;

// Autosave and crash recovery, as Qt Creator and LibreOffice do it. While the project has unsaved
// changes, a copy of it goes into the recovery folder every `intervalSeconds` and after each training
// run (writeIfChanged); never over the user's file. Saving, or going back to the saved state, removes
// the copy, and so does a clean exit (the destructor). A crash or a kill leaves it for the next start,
// which offers to restore it (offerRecovered).
class Autosaver : public QObject {
    Q_OBJECT

public:
    // The default interval; a user may choose another in the settings ("recovery/intervalSeconds").
    static constexpr int kDefaultIntervalSeconds = 60;

    Autosaver(ProjectDocument* document, const QString& folder, int intervalSeconds,
              QObject* parent = nullptr);
    ~Autosaver() override;

    RecoveryFolder& folder() { return m_folder; }

    // Writes a copy when the project has unsaved changes that the last copy does not hold. False only
    // when writing failed (writeFailed says why).
    bool writeIfChanged();
    // A training run's checkpoint (TrainingController::checkpointReady): the project with the run's
    // results so far becomes the copy, even while the document itself has no unsaved changes, since the
    // run's results are not in it yet. False only when writing failed.
    bool writeCheckpoint(const QByteArray& projectText);
    // Keeps copies of `training`'s runs: a checkpoint at each epoch's end (at most one a second), so a
    // crash mid-run loses at most an epoch, and the finished run at once rather than a minute later.
    void followTraining(TrainingController* training);

    // Asks about each copy left by a designer that did not close properly, newest first, until one is
    // restored: it replaces the document (unsaved, with its original file name). A copy the user
    // discards is deleted; copies not asked about stay for the next start. True when one was restored.
    bool offerRecovered(UserPrompts* prompts, QWidget* parent);

signals:
    // A copy was written (tests wait for it) or could not be (the window says so in its status bar).
    void copyWritten();
    void writeFailed(const QString& text);

private:
    void onModifiedChanged(bool modified);
    bool writeCopy(const QByteArray& text);

    ProjectDocument* m_document;
    RecoveryFolder m_folder;
    QTimer m_timer;
    QByteArray m_lastWritten; // what the current copy holds; empty when there is none
};

} // namespace nw::gui
