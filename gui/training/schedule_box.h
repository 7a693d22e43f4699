#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace nw::gui {

class ProjectDocument;

// The learning-rate schedule, early stopping and gradient clipping of the project's training, in the
// Training dock: only the fields the chosen schedule uses are shown. Edits go to the document as
// training settings; the engine checks the same ranges when a file is read.
class ScheduleBox : public QGroupBox {
    Q_OBJECT

public:
    explicit ScheduleBox(ProjectDocument* document, QWidget* parent = nullptr);
    ~ScheduleBox() override;

    // Shows the project's settings (another project, an undo, a change from elsewhere).
    void refresh();
    // Only while no run is going on: a run trains with the settings it started with.
    void setEditable(bool editable);

private:
    void write();
    void showRowsOfTheSchedule();

    ProjectDocument* m_document;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_warmup = nullptr;
    QSpinBox* m_stepEpochs = nullptr;
    QDoubleSpinBox* m_factor = nullptr;
    QDoubleSpinBox* m_gamma = nullptr;
    QDoubleSpinBox* m_minFactor = nullptr;
    QSpinBox* m_plateauPatience = nullptr;
    QComboBox* m_stopping = nullptr;
    QSpinBox* m_stopPatience = nullptr;
    QCheckBox* m_restoreBest = nullptr;
    QDoubleSpinBox* m_clipNorm = nullptr;
    bool m_updating = false;
};

} // namespace nw::gui
