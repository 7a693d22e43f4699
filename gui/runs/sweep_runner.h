#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct SweepAxis;
}

namespace nw::gui {

class ProjectDocument;
class TrainingController;

// A sweep in the designer: every combination of one or two settings' values trained as a run of its
// own, from fresh weights, one after another through the window's TrainingController, so each run's
// curves show live and the window stays usable. The combinations are the engine's (sweepGrid), as
// `neuroweave-cli sweep` trains them. After the sweep the project holds the last run, as after the
// CLI's; the Runs panel restores any other.
class SweepRunner : public QObject {
    Q_OBJECT

public:
    SweepRunner(ProjectDocument* document, TrainingController* training, QObject* parent = nullptr);
    ~SweepRunner() override;

    // Starts training the combinations of `axes` (the first varying slowest), `epochs` epochs each.
    // Empty when it started; otherwise why not (a run going on, a value the project file refuses).
    QString start(const std::vector<nw::SweepAxis>& axes, int epochs);
    // Stops the run under way and ends the sweep; the runs finished so far stay in the project.
    void stop();

    bool isRunning() const { return m_running; }
    int count() const { return static_cast<int>(m_runIds.size()); }
    // The run each combination became, in the order they train; 0 where none (yet).
    const QVector<int>& runIds() const { return m_runIds; }
    // What combination `index` sets: "learningRate 0.01, batchSize 64".
    QString label(int index) const;

signals:
    void runStarted(int index);
    // `runId`: the run the combination became.
    void runFinished(int index, int runId);
    // The sweep is over: all runs done, stopped, or a run could not start (`problem`).
    void finished(const QString& message, bool problem);

private:
    struct Plan;
    void startNext();
    void onRunEnded();
    void finish(const QString& message, bool problem);

    ProjectDocument* m_document;
    TrainingController* m_training;
    std::unique_ptr<Plan> m_plan;
    QVector<int> m_runIds;
    int m_index = -1; // the combination training now
    int m_lastRunId = 0;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace nw::gui
