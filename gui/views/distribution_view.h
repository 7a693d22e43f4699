#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace nw::gui {

class DistributionCanvas;
class GraphDocument;
class TrainingController;
struct DistributionPlot;

// How the selected layer's values are distributed, epoch after epoch: its weights, their gradients or
// its outputs over a fixed set of validation samples, as a heatmap with a column per epoch
// (TensorBoard's "distributions"). Weights spreading or collapsing, gradients shrinking to nothing,
// ReLU outputs piling up at zero all show at a glance. The probe thread takes the histograms at epoch
// ends (TrainingController::distributions).
class DistributionView : public QWidget {
    Q_OBJECT

public:
    // In the order of the kind selector.
    enum class Kind { Weights, Gradients, Activations };

    DistributionView(TrainingController* controller, GraphDocument* graph, QWidget* parent = nullptr);
    ~DistributionView() override;

    void setKind(Kind kind);
    // As drawn now (tests).
    const DistributionPlot& plot() const;
    QString caption() const;
    QString placeholder() const; // what the empty chart says

private:
    void refresh();

    TrainingController* m_controller;
    GraphDocument* m_graph;
    QComboBox* m_kind = nullptr;
    QLabel* m_caption = nullptr;
    DistributionCanvas* m_canvas = nullptr;
    quint32 m_shownNode = 0;
};

} // namespace nw::gui
