#include "gui/runs/sweep_runner.h"

#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"
#include "engine/train/setting_fields.h"
#include "engine/train/sweep.h"

#include <QTimer>

#include <algorithm>

namespace nw::gui {

struct SweepRunner::Plan {
    std::vector<nw::SweepAxis> axes;
    std::vector<nw::TrainingSettings> grid;
};

namespace {

int newestRunId(const nw::Project& project) {
    int id = 0;
    for (const nw::RunRecord& run : project.runs) id = std::max(id, run.id);
    return id;
}

} // namespace

SweepRunner::SweepRunner(ProjectDocument* document, TrainingController* training, QObject* parent)
    : QObject(parent), m_document(document), m_training(training) {
    connect(training, &TrainingController::stateChanged, this, [this](TrainingController::State state) {
        if (m_running && m_index >= 0 && state == TrainingController::State::Idle) onRunEnded();
    });
}

SweepRunner::~SweepRunner() = default;

QString SweepRunner::start(const std::vector<nw::SweepAxis>& axes, int epochs) {
    if (m_running || m_training->isTraining()) return tr("A network is training: stop it before a sweep.");
    nw::TrainingSettings base = m_document->project().training;
    base.epochs = epochs;
    nw::Result<std::vector<nw::TrainingSettings>> grid = nw::sweepGrid(base, axes);
    if (!grid.ok()) return diagnosticMessage(grid.error());
    m_plan = std::make_unique<Plan>(Plan{axes, std::move(grid.value())});
    m_runIds = QVector<int>(static_cast<qsizetype>(m_plan->grid.size()), 0);
    m_index = -1;
    m_running = true;
    m_stopRequested = false;
    startNext();
    return {};
}

void SweepRunner::stop() {
    if (!m_running) return;
    m_stopRequested = true;
    if (m_training->isTraining())
        m_training->stop();
    else
        finish(tr("Sweep stopped after %n of %1 runs.", nullptr, m_index).arg(count()), false);
}

QString SweepRunner::label(int index) const {
    if (!m_plan || index < 0 || index >= count()) return {};
    QStringList parts;
    for (const nw::SweepAxis& axis : m_plan->axes)
        if (const nw::SettingField* field = nw::findSettingField(axis.setting))
            parts << QStringLiteral("%1 %2").arg(
                QString::fromStdString(axis.setting),
                QString::fromStdString(field->get(m_plan->grid[size_t(index)])));
    return parts.join(QStringLiteral(", "));
}

void SweepRunner::startNext() {
    if (!m_running) return;
    ++m_index;
    if (m_index >= count()) {
        finish(count() == 1
                   ? tr("Sweep finished: its one run is in the Runs panel.")
                   : tr("Sweep finished: %n runs, one per combination; the Runs panel compares them.",
                        nullptr, count()),
               false);
        return;
    }
    m_lastRunId = newestRunId(m_document->project());
    m_training->startFresh(m_plan->grid[size_t(m_index)]);
    if (!m_training->isTraining()) {
        finish(tr("The sweep could not start run %1.").arg(m_index + 1), true);
        return;
    }
    emit runStarted(m_index);
}

void SweepRunner::onRunEnded() {
    const nw::Project& project = m_document->project();
    const int id = newestRunId(project);
    if (id == m_lastRunId && m_stopRequested) { // stopped before its first step
        finish(tr("Sweep stopped after %n of %1 runs.", nullptr, m_index).arg(count()), false);
        return;
    }
    if (id == m_lastRunId) { // no run recorded: it could not start, or the network was edited under it
        finish(tr("The sweep ended at run %1 of %2: %3")
                   .arg(m_index + 1)
                   .arg(count())
                   .arg(m_training->lastMessage()),
               true);
        return;
    }
    m_runIds[m_index] = id;
    emit runFinished(m_index, id);
    // Stop in the training panel stops the sweep too: a stopped run is not what the grid compares.
    const bool stoppedByUser = project.runs.back().outcome == nw::RunOutcome::Stopped;
    if (m_stopRequested || stoppedByUser) {
        finish(tr("Sweep stopped after %n of %1 runs.", nullptr, m_index + 1).arg(count()), false);
        return;
    }
    // Not from within the controller's own state change: the next run starts once it has returned.
    QTimer::singleShot(0, this, &SweepRunner::startNext);
}

void SweepRunner::finish(const QString& message, bool problem) {
    m_running = false;
    emit finished(message, problem);
}

} // namespace nw::gui
