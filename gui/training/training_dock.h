#pragma once

#include <QDockWidget>
#include <QStringList>

#include <initializer_list>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace nw::gui {

class DatasetPanel;
class ScheduleBox;
class ProjectDocument;
class TrainingController;

// The training dock: the data set (DatasetPanel), how to train (loss, optimizer, learning rate,
// batch size, epochs, weight decay, seed, threads), the run's buttons and a progress bar with the
// epoch, the batch, samples per second and the time left. The settings are the project's; while a
// run goes on only the learning rate can change (it takes effect at the next step).
class TrainingDock : public QDockWidget {
    Q_OBJECT

public:
    TrainingDock(ProjectDocument* document, TrainingController* controller, QWidget* parent = nullptr);
    ~TrainingDock() override;

    // The run's actions (train.start, train.pause, train.step, train.stop, train.reset), with their
    // shortcuts: F5, Pause, F6, Shift+F5. The window puts them in its Train menu.
    QList<QAction*> actions() const { return m_actions; }
    QAction* action(const char* id) const;
    DatasetPanel* datasetPanel() const { return m_dataset; }
    // The progress bar's text ("Epoch 3/300 · batch 12/25 · 1,234 samples/s · 0:42 left").
    QString progressText() const;

    // An assignment's locked controls, by setting name (as `train --set` names them) or "dataset":
    // their editors are disabled and say why. Empty: nothing locked.
    void setLockedControls(const QStringList& names);

private:
    bool isLocked(std::initializer_list<const char*> controls) const;
    void createActions();
    void refreshSettings();
    void writeSettings();
    void updateState();
    void updateProgress();
    void showMessage(const QString& text, bool problem);

    ProjectDocument* m_document;
    TrainingController* m_controller;
    DatasetPanel* m_dataset = nullptr;
    ScheduleBox* m_schedule = nullptr;
    QComboBox* m_speed = nullptr;
    QComboBox* m_loss = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_epochs = nullptr;
    QDoubleSpinBox* m_weightDecay = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_threads = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_pace = nullptr; // samples per second and time left, under the bar
    QLabel* m_message = nullptr;
    QList<QAction*> m_actions;
    bool m_updating = false;
    QStringList m_locked; // an assignment's locked controls
};

} // namespace nw::gui
