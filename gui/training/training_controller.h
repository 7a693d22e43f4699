#pragma once

#include "gui/training/metric_points.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Project;
struct TrainingSettings;
} // namespace nw

namespace nw::gui {

class ProjectDocument;
class TrainingRun;
struct EpochDistributions;
struct ProbeFrame;

// The bridge between the designer and the engine's Trainer (docs/architecture.md, "Training in the
// designer"). A run lives on a worker thread (TrainingRun); this object, on the GUI thread, sends it
// commands and pulls its progress on a ~30 Hz timer, never one signal per batch. It keeps the whole metric
// history for the charts, stores the trained weights and history in the project when a run ends,
// and keeps a probe thread serving the views (activations, decision boundary, evaluation) from the
// latest weights, also for a project opened with trained weights.
class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Preparing, Running, Paused };
    Q_ENUM(State)

    explicit TrainingController(ProjectDocument* document, QObject* parent = nullptr);
    ~TrainingController() override;

    State state() const { return m_state; }
    // A training run exists that has not finished (preparing, running or paused).
    bool isTraining() const { return m_state != State::Idle; }

    // Idle: starts a run, from the project's trained weights when it has them; Paused: resumes.
    void start();
    // Idle only: a new run with these settings from fresh weights, however the project was trained
    // (the earlier runs stay in the project). A sweep trains each of its combinations so.
    void startFresh(const nw::TrainingSettings& settings);
    void pause();
    void resume();
    // Exactly one mini-batch, then paused; from Idle, starts a run that does one step.
    void step();
    void stop();
    // Forgets the trained weights and the history (undoable only by reopening the file).
    void resetWeights();
    // Takes effect at the next step of a running run and is kept in the project.
    void setLearningRate(double learningRate);
    // At most `rate` steps per second, for this and later runs (0: as fast as possible). A setting of
    // the window, not of the project: the numbers do not change, and the CLI always runs flat out.
    void setStepsPerSecond(double rate);
    double stepsPerSecond() const { return m_stepsPerSecond; }

    // What the probe views look at: a node (0: none) and a sample row of the data set.
    void setProbeNode(quint32 node);
    void setProbeSample(qint64 sample);
    quint32 probeNode() const { return m_probeNode; }
    qint64 probeSample() const { return m_probeSample; }
    // The newest probe results, nullptr before any.
    std::shared_ptr<const ProbeFrame> frame() const { return m_frame; }
    // The layers' distributions the probes took at epoch ends since the history was last replaced,
    // one per epoch, oldest first. Runs in the designer only: they are not stored in the project.
    const std::vector<std::shared_ptr<const EpochDistributions>>& distributions() const {
        return m_distributions;
    }

    // The whole history, this run's steps included.
    // Every step and epoch of the project, the stored history first; steps are numbered over it.
    const QVector<nw::BatchMetrics>& steps() const { return m_steps; }
    const QVector<EpochPoint>& epochs() const { return m_epochs; }
    TrainingProgress progress() const { return m_progress; }
    // The last thing said about a run ("Diverged: …"), for tests and the dock.
    QString lastMessage() const { return m_lastMessage; }

    // Stops a run and waits for the batch under way to end, so its results are in the project
    // (closing the window). Nothing happens when no run is going on.
    void stopAndWait();
    // Pulls at once instead of waiting for the timer (tests).
    void poll();
    // Blocks until the current run's worker has finished (tests; the GUI never waits).
    void waitForRunEnd();
    // Blocks until the probe thread has caught up (tests).
    void waitForProbes();

signals:
    void stateChanged(nw::gui::TrainingController::State state);
    // New points at the end of steps() and epochs(): from index `firstStep` and `firstEpoch` on.
    void metricsAppended(int firstStep, int firstEpoch);
    // steps() and epochs() were replaced (another project, reset weights): redraw from scratch.
    void historyReset();
    void progressChanged();
    void frameChanged();
    // The layer the views explain changed (the canvas selection), with or without a run.
    void probeNodeChanged();
    // distributions() gained or replaced an epoch, or was cleared.
    void distributionsChanged();
    // At an epoch's end (at most one a second): the project as it is now with the run's results so
    // far, as .nwproj text. A copy of it in the recovery folder lets a designer that crashed or was
    // killed mid-run offer the run back, and Train then continues it from that epoch.
    void checkpointReady(const QByteArray& projectText);
    // Something to tell the user; `problem`: an error or a stop they did not ask for.
    void message(const QString& text, bool problem);

private:
    void setState(State state);
    void beginRun(bool paused, int steps);
    void finishRun();
    void reloadHistory();
    void inspectStoredWeights();
    void onNetworkEdited();
    void say(const QString& text, bool problem);
    void sendProbeRequest();
    void addDistributions(std::vector<std::shared_ptr<const EpochDistributions>> taken);
    void clearDistributions();

    ProjectDocument* m_document;
    std::unique_ptr<TrainingRun> m_run;
    double m_stepsPerSecond = 0;
    bool m_runTrains = false;   // m_run is a training run, not an inspection
    bool m_runFinished = false; // its end has been handled
    bool m_discardRun = false;  // the network changed under it: its weights are not kept
    State m_state = State::Idle;
    QTimer m_timer;
    QTimer m_inspectDelay;
    QVector<nw::BatchMetrics> m_steps;
    QVector<EpochPoint> m_epochs;
    TrainingProgress m_progress;
    double m_smoothedRate = 0;
    quint32 m_probeNode = 0;
    qint64 m_probeSample = 0;
    std::shared_ptr<const ProbeFrame> m_frame;
    std::vector<std::shared_ptr<const EpochDistributions>> m_distributions;
    QString m_lastMessage;
    bool m_lastIsProblem = false;
    QString m_runNote; // said with the run's progress: why it is a new run
};

} // namespace nw::gui
