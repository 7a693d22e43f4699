#include "gui/runs/runs_dock.h"

#include "gui/docks/child_signals.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/training/training_controller.h"
#include "gui/views/charts/metrics_dock.h"
#include "gui/views/colour_maps.h"

#include "engine/io/project.h"
#include "engine/train/run_table.h"
#include "engine/train/session.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nw::gui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;
const QColor kDiffers(255, 230, 160);

// Sorts by number where the cell holds one ("97.0%", "0.1375", "12"), otherwise by text.
class RunItem : public QTableWidgetItem {
public:
    explicit RunItem(const QString& text) : QTableWidgetItem(text) {
        QString number = text;
        number.remove(QLatin1Char('%'));
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (ok) setData(kSortRole, value);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        const QVariant a = data(kSortRole), b = other.data(kSortRole);
        if (a.isValid() && b.isValid()) return a.toDouble() < b.toDouble();
        return text() < other.text();
    }
};

const nw::RunRecord* findRun(const nw::Project& project, int id) {
    const auto it = std::find_if(project.runs.begin(), project.runs.end(),
                                 [id](const nw::RunRecord& r) { return r.id == id; });
    return it == project.runs.end() ? nullptr : &*it;
}

// Per epoch, x at its last step: the validation figures, or the training ones without validation.
RunOverlay overlayOf(const nw::RunRecord& run, const QString& name, const QColor& colour) {
    RunOverlay overlay{name, colour, {}, {}};
    const auto& epochs = run.history.epochs;
    const qint64 steps = static_cast<qint64>(run.history.batchLosses.size());
    for (const nw::EpochMetrics& e : epochs) {
        const double x = e.steps > 0
                             ? static_cast<double>(e.steps)
                             : static_cast<double>(steps) * e.epoch / std::max<size_t>(1, epochs.size());
        overlay.loss.push_back({x, std::isnan(e.validationLoss) ? e.trainLoss : e.validationLoss});
        overlay.accuracy.push_back(
            {x, std::isnan(e.validationAccuracy) ? e.trainAccuracy : e.validationAccuracy});
    }
    return overlay;
}

} // namespace

RunsDock::~RunsDock() { disconnectChildren(this); }

RunsDock::RunsDock(ProjectDocument* document, TrainingController* controller, MetricsDock* metrics,
                   QWidget* parent)
    : QDockWidget(tr("Runs"), parent), m_document(document), m_controller(controller), m_metrics(metrics) {
    setObjectName(QStringLiteral("dock.runs"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* hint = new QLabel(tr("Select runs to draw their curves over the charts; settings that differ from "
                               "the current run are highlighted."),
                            body);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(body);
    m_table->setObjectName(QStringLiteral("runs.table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("&Restore"), body);
    m_restore->setObjectName(QStringLiteral("runs.restore"));
    m_restore->setToolTip(tr("Put the selected run's network and settings back into the project"));
    m_delete = new QPushButton(tr("&Delete"), body);
    m_delete->setObjectName(QStringLiteral("runs.delete"));
    m_export = new QPushButton(tr("Export CSV…"), body);
    m_export->setObjectName(QStringLiteral("runs.export"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateOverlays();
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling) writeNote(item->row());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QList<int> ids = selectedRuns(); ids.size() == 1) restoreRun(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRuns(selectedRuns()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Runs"), QStringLiteral("runs.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    connect(document, &ProjectDocument::projectReplaced, this, &RunsDock::refresh);
    connect(document, &ProjectDocument::trainingStateChanged, this, &RunsDock::refresh);
    connect(controller, &TrainingController::stateChanged, this, &RunsDock::updateButtons);
    refresh();
}

QList<int> RunsDock::selectedRuns() const {
    QList<int> ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->isSelected())
            ids << m_table->item(row, 0)->data(kIdRole).toInt();
    return ids;
}

void RunsDock::selectRuns(const QList<int>& ids) {
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (ids.contains(m_table->item(row, 0)->data(kIdRole).toInt()))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void RunsDock::refresh() {
    const QList<int> selected = selectedRuns();
    const nw::Project& project = m_document->project();
    const nw::RunTable table = nw::runTable(project.runs);
    m_filling = true;
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(table.columns.size()));
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    QStringList headers;
    for (const nw::RunTable::Column& c : table.columns) headers << QString::fromStdString(c.name);
    m_table->setHorizontalHeaderLabels(headers);
    // Settings are compared with the current run's (the first one's when no run is current).
    size_t reference = 0;
    for (size_t i = 0; i < project.runs.size(); ++i)
        if (project.currentRun == project.runs[i].id) reference = i;
    const int noteColumn = static_cast<int>(table.columns.size()) - 1;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const int id = project.runs[r].id;
        const bool current = project.currentRun == id;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            QString text = QString::fromStdString(table.rows[r][c]);
            if (c == 0 && current) text = tr("%1 (current)").arg(text);
            auto* item = new RunItem(text);
            item->setData(kIdRole, id);
            if (c == 0) item->setData(kSortRole, id);
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (static_cast<int>(c) == noteColumn) flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            if (table.columns[c].setting && table.rows[r][c] != table.rows[reference][c]) {
                item->setBackground(kDiffers);
                item->setToolTip(tr("Differs from run %1: %2")
                                     .arg(project.runs[reference].id)
                                     .arg(QString::fromStdString(table.rows[reference][c])));
            }
            if (current) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    m_table->setSortingEnabled(true);
    m_filling = false;
    selectRuns(selected);
    updateOverlays();
    updateButtons();
}

void RunsDock::updateOverlays() {
    const nw::Project& project = m_document->project();
    const nw::RunTable table = nw::runTable(project.runs);
    QVector<RunOverlay> overlays;
    int colour = 0;
    for (const int id : selectedRuns()) {
        if (project.currentRun == id) continue; // its curves are the live ones
        const nw::RunRecord* run = findRun(project, id);
        if (!run) continue;
        // The name says how the run differs from the current one.
        QStringList differences;
        const auto index = static_cast<size_t>(run - project.runs.data());
        const auto currentIt =
            std::find_if(project.runs.begin(), project.runs.end(),
                         [&](const nw::RunRecord& r) { return project.currentRun == r.id; });
        if (currentIt != project.runs.end()) {
            const auto currentIndex = static_cast<size_t>(currentIt - project.runs.begin());
            for (size_t c = 0; c < table.columns.size(); ++c)
                if (table.columns[c].setting && table.rows[index][c] != table.rows[currentIndex][c])
                    differences << QStringLiteral("%1 %2").arg(QString::fromStdString(table.columns[c].name),
                                                               QString::fromStdString(table.rows[index][c]));
        }
        QString name = tr("run %1").arg(id);
        if (!differences.isEmpty()) name += QStringLiteral(" · ") + differences.join(QStringLiteral(", "));
        overlays << overlayOf(*run, name, classColour(3 + colour++));
    }
    m_metrics->setOverlays(overlays);
}

void RunsDock::updateButtons() {
    const bool idle = !m_controller->isTraining();
    const int count = static_cast<int>(selectedRuns().size());
    m_restore->setEnabled(idle && count == 1);
    m_delete->setEnabled(idle && count > 0);
    m_export->setEnabled(m_table->rowCount() > 0);
}

void RunsDock::writeNote(int row) {
    QTableWidgetItem* note = m_table->item(row, m_table->columnCount() - 1);
    QTableWidgetItem* first = m_table->item(row, 0);
    if (!note || !first) return;
    const int id = first->data(kIdRole).toInt();
    const std::string text = note->text().toStdString();
    const nw::RunRecord* run = findRun(m_document->project(), id);
    if (!run || run->note == text) return;
    m_document->changeTrainingState([id, text](nw::Project& p) {
        for (nw::RunRecord& r : p.runs)
            if (r.id == id) r.note = text;
    });
}

void RunsDock::restoreRun(int id) {
    const nw::RunRecord* run = findRun(m_document->project(), id);
    if (!run || m_controller->isTraining()) return;
    const nw::RunRecord copy = *run;
    if (nw::networkFingerprint(copy.graph) != nw::networkFingerprint(m_document->project().graph) ||
        copy.graph.nodes().size() != m_document->project().graph.nodes().size())
        m_document->graphDocument()->replaceGraph(copy.graph, tr("Restore the Network of Run %1").arg(id));
    const bool current = m_document->project().currentRun == id;
    m_document->changeTrainingState([&copy, current](nw::Project& p) {
        p.training = copy.training;
        p.dataset = copy.dataset;
        // Only the current run's weights are kept: another run's network starts from fresh ones.
        if (!current) nw::TrainingSession::clearResults(p);
    });
}

void RunsDock::deleteRuns(const QList<int>& ids) {
    if (ids.isEmpty() || m_controller->isTraining()) return;
    const QString what =
        ids.size() == 1 ? tr("Delete run %1?").arg(ids.first()) : tr("Delete these %1 runs?").arg(ids.size());
    if (!m_confirmDelete || !m_confirmDelete(what)) return;
    m_document->changeTrainingState([&ids](nw::Project& p) {
        std::erase_if(p.runs, [&](const nw::RunRecord& r) { return ids.contains(r.id); });
        if (p.currentRun && ids.contains(*p.currentRun)) p.currentRun.reset();
    });
}

bool RunsDock::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    const std::string csv = nw::runTableCsv(nw::runTable(m_document->project().runs));
    file.write(csv.data(), static_cast<qint64>(csv.size()));
    return file.commit();
}

} // namespace nw::gui
