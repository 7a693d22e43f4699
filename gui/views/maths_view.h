#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace nw {
struct NeuronMaths;
}

namespace nw::gui {

class ProjectDocument;
class TrainingController;

// Step mode with the maths: for one neuron of the selected Dense layer and one sample, the numbers
// of a training step as the engine computes them (explainNeuron), shown a phase at a time: the
// forward pass (inputs, weights, z = w·x + b, the activation), the loss, the backward pass (δ and
// each weight's gradient) and the update w ← w − η·g with the real learning rate. Next after the
// update trains that step (as Step, F6, does) and starts again. With trained weights and no run
// going on, a weight can be typed in (an undoable edit), so a class can check a worked exercise.
class MathsView : public QWidget {
    Q_OBJECT

public:
    enum class Phase { Forward, Loss, Backward, Update };

    MathsView(ProjectDocument* document, TrainingController* training, QWidget* parent = nullptr);
    ~MathsView() override;

    Phase phase() const { return m_phase; }
    void setPhase(Phase phase);
    // Forward → Loss → Backward → Update; after Update, one training step and back to Forward.
    void advance();
    void setNeuron(int unit); // 0-based
    // What is shown (tests): the numbers, the summary text, the table.
    const NeuronMaths* maths() const { return m_maths.get(); }
    QString summary() const;
    QTableWidget* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void fillTable();
    void editWeight(int row, int column);

    ProjectDocument* m_document;
    TrainingController* m_training;
    std::unique_ptr<NeuronMaths> m_maths;
    Phase m_phase = Phase::Forward;
    quint32 m_node = 0;
    qint64 m_units = 0; // of the layer shown: a weight's index is row · units + neuron
    bool m_filling = false;
    bool m_stale = false; // something changed while the panel was hidden

    QSpinBox* m_neuron = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace nw::gui
