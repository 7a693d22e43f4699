#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;

namespace nw::gui {

class GraphDocument;
class HeatmapCanvas;
class MagnitudeBars;
class TrainingController;
struct ProbeFrame;

// What the selected layer holds, live: its output for the chosen sample (a grid of feature maps for
// a convolution, a strip of neurons for a Dense layer), its weights (a Dense matrix, the kernels of a
// convolution) or their gradients, on a diverging colour scale with its legend; and beside it, for
// every layer, the size of its gradients and of its weights' updates, so vanishing and exploding
// gradients show.
class ActivationView : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Activations, Weights, Gradients };

    ActivationView(TrainingController* controller, GraphDocument* graph, QWidget* parent = nullptr);
    ~ActivationView() override;

    void setMode(Mode mode);
    // The tiles as drawn now (tests): one image per feature map, or one strip or matrix.
    QList<QImage> tiles() const;
    // The heading: layer, what is shown, its shape.
    QString caption() const;

private:
    void showFrame();

    TrainingController* m_controller;
    GraphDocument* m_graph;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_sample = nullptr;
    QLabel* m_caption = nullptr;
    HeatmapCanvas* m_canvas = nullptr;
    MagnitudeBars* m_bars = nullptr;
};

} // namespace nw::gui
