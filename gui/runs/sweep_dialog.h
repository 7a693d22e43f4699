#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace nw {
struct SweepAxis;
}

namespace nw::gui {

class ProjectDocument;
class SweepRunner;
class TrainingController;

// Training → Sweep…: one or two settings and their values ("0.001,0.01,0.1", or a range:
// "1e-4..1e-1:log4", "0..0.5:6", as `neuroweave-cli sweep --set` takes them), trained as one run per
// combination in the background, and a grid of the results that fills in as the runs end: a row
// per value of the first setting, a column per value of the second, each cell the run's best
// validation accuracy (or its final loss), shaded from worst to best. A double-click on a cell shows
// that run in the Runs panel. The window can stay open while the network trains; it is not modal.
class SweepDialog : public QDialog {
    Q_OBJECT

public:
    SweepDialog(ProjectDocument* document, TrainingController* training, QWidget* parent = nullptr);
    ~SweepDialog() override;

    SweepRunner* runner() const { return m_runner; }
    QTableWidget* grid() const { return m_grid; }
    // What the line under the settings says: the number of runs, or what is wrong with a value.
    QString summary() const;
    QString status() const;
    // Fills the form (tests): `second` empty for one setting.
    void setAxes(const QString& first, const QString& firstValues, const QString& second = {},
                 const QString& secondValues = {});

signals:
    // A finished cell was double-clicked: its run.
    void runChosen(int runId);

public slots:
    void startSweep();

private:
    // The axes the form describes, or why it describes none.
    std::vector<nw::SweepAxis> axes(QString* error) const;
    void updateSummary();
    void prepareGrid(const std::vector<nw::SweepAxis>& axes);
    void showResult(int index, int runId);
    void shadeResults();
    void setRunning(bool running);

    ProjectDocument* m_document;
    TrainingController* m_training;
    SweepRunner* m_runner;
    QComboBox* m_firstSetting = nullptr;
    QLineEdit* m_firstValues = nullptr;
    QCheckBox* m_useSecond = nullptr;
    QComboBox* m_secondSetting = nullptr;
    QLineEdit* m_secondValues = nullptr;
    QSpinBox* m_epochs = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_metric = nullptr;
    QTableWidget* m_grid = nullptr;
    QLabel* m_status = nullptr;
    int m_columns = 1;
    bool m_higherIsBetter = true;
};

} // namespace nw::gui
