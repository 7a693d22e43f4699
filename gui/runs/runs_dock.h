#pragma once

#include <QDockWidget>
#include <QList>

#include <functional>

class QPushButton;
class QTableWidget;

namespace nw::gui {

class MetricsDock;
class ProjectDocument;
class TrainingController;

// The Runs panel: every training run of the project as a row of the engine's run table (figures,
// then the network and the settings that differ), sortable, with the settings that differ from the
// current run highlighted. Selected runs are overlaid on the Metrics charts. A run's network and
// settings can be restored, runs deleted, a note written, and the table exported as CSV.
class RunsDock : public QDockWidget {
    Q_OBJECT

public:
    RunsDock(ProjectDocument* document, TrainingController* controller, MetricsDock* metrics,
             QWidget* parent = nullptr);
    ~RunsDock() override;

    // Asked before runs are deleted (the window's prompts); without it nothing is deleted.
    void setConfirmDelete(std::function<bool(const QString&)> confirm) {
        m_confirmDelete = std::move(confirm);
    }

    QTableWidget* table() const { return m_table; }
    // The ids of the selected runs, in the table's order.
    QList<int> selectedRuns() const;
    void selectRuns(const QList<int>& ids);
    // Puts the run's network (one undo step) and settings back into the project.
    void restoreRun(int id);
    void deleteRuns(const QList<int>& ids);
    bool exportCsv(const QString& path) const;

private:
    void refresh();
    void updateOverlays();
    void updateButtons();
    void writeNote(int row);

    ProjectDocument* m_document;
    TrainingController* m_controller;
    MetricsDock* m_metrics;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_export = nullptr;
    std::function<bool(const QString&)> m_confirmDelete;
    bool m_filling = false;
};

} // namespace nw::gui
