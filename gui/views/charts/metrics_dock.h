#pragma once

#include <QColor>
#include <QDockWidget>
#include <QPointF>
#include <QString>
#include <QVector>

class QCheckBox;
class QLabel;
class QSlider;

namespace nw::gui {

class MetricChart;

// Another run's curves drawn over the live ones, to compare: per epoch, its validation figures (its
// training ones when it had no validation split).
struct RunOverlay {
    QString name; // "run 2 · learningRate 0.1": the run and how it differs
    QColor colour;
    QVector<QPointF> loss;
    QVector<QPointF> accuracy;
};
class TrainingController;

// The Metrics dock: loss and accuracy, training per step and per epoch and validation per epoch,
// following the TrainingController live; log scale, smoothing, zoom reset and export.
class MetricsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit MetricsDock(TrainingController* controller, QWidget* parent = nullptr);

    MetricChart* lossChart() const { return m_loss; }
    MetricChart* accuracyChart() const { return m_accuracy; }
    MetricChart* learningRateChart() const { return m_learningRate; }
    // Writes the charts as `base`-loss.<format>, `base`-accuracy.<format> and
    // `base`-learning-rate.<format> (png, svg, csv).
    bool exportCharts(const QString& base, const QString& format);

    // Replaces the overlaid runs (none: only the live curves).
    void setOverlays(const QVector<RunOverlay>& overlays);
    int overlayCount() const { return static_cast<int>(m_overlays.size()); }

    // Series indices, the same in the loss and accuracy charts; the learning-rate chart has the first two.
    enum Series { StepSeries = 0, EpochSeries = 1, ValidationSeries = 2 };

private:
    void appendFrom(int firstStep, int firstEpoch);
    void reload();
    void chooseExport();

    TrainingController* m_controller;
    MetricChart* m_loss = nullptr;
    MetricChart* m_accuracy = nullptr;
    MetricChart* m_learningRate = nullptr;
    QCheckBox* m_log = nullptr;
    QSlider* m_smoothing = nullptr;
    QLabel* m_legend = nullptr;
    QString m_liveLegend;
    QVector<RunOverlay> m_overlays;
};

} // namespace nw::gui
