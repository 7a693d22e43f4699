#include "gui/views/charts/metrics_dock.h"

#include "gui/training/training_controller.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/colour_maps.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace nw::gui {
namespace {

constexpr int kSmoothingSteps = 100; // the slider's positions: 0.00 … 0.99

void addSeries(MetricChart* chart) {
    const QColor training = classColour(1);
    const QColor validation = classColour(0);
    chart->addSeries(MetricChart::tr("training (step)"), training, MetricChart::Style::FaintLine, true);
    chart->addSeries(MetricChart::tr("training (epoch)"), training.darker(130),
                     MetricChart::Style::LineWithPoints, false);
    chart->addSeries(MetricChart::tr("validation (epoch)"), validation, MetricChart::Style::LineWithPoints,
                     false);
}

} // namespace

MetricsDock::MetricsDock(TrainingController* controller, QWidget* parent)
    : QDockWidget(tr("Metrics"), parent), m_controller(controller) {
    setObjectName(QStringLiteral("dock.metrics"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* bar = new QHBoxLayout;
    m_log = new QCheckBox(tr("Log scale"), body);
    m_log->setObjectName(QStringLiteral("metrics.log"));
    m_smoothing = new QSlider(Qt::Horizontal, body);
    m_smoothing->setObjectName(QStringLiteral("metrics.smoothing"));
    m_smoothing->setRange(0, kSmoothingSteps - 1);
    m_smoothing->setMinimumWidth(40);
    m_smoothing->setValue(60);
    m_smoothing->setToolTip(tr("Smoothing of the per-step curves (an exponential moving average)"));
    auto* reset = new QToolButton(body);
    reset->setText(tr("Show All"));
    reset->setToolTip(tr("Show every step again after zooming (or double-click a chart)"));
    auto* exportButton = new QToolButton(body);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save both charts as PNG or SVG pictures, or their data as CSV"));
    bar->addWidget(m_log);
    bar->addWidget(new QLabel(tr("Smoothing"), body));
    bar->addWidget(m_smoothing, 1);
    layout->addLayout(bar);
    // The series, named once for both charts, in their colours.
    auto* legend = new QLabel(body);
    m_legend = legend;
    legend->setObjectName(QStringLiteral("metrics.legend"));
    legend->setWordWrap(true);
    const auto swatch = [](const QColor& c, const QString& name) {
        return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
            .arg(c.name(), name.toHtmlEscaped());
    };
    m_liveLegend = swatch(classColour(1).lighter(130), tr("training, per step")) +
                   QStringLiteral("&nbsp;&nbsp; ") +
                   swatch(classColour(1).darker(130), tr("training, per epoch")) +
                   QStringLiteral("&nbsp;&nbsp; ") + swatch(classColour(0), tr("validation, per epoch"));
    legend->setText(m_liveLegend);
    // The legend and the buttons share a second row, so the dock stays narrow under a small canvas.
    auto* row = new QHBoxLayout;
    row->addWidget(legend, 1);
    row->addWidget(reset);
    row->addWidget(exportButton);
    layout->addLayout(row);

    m_loss = new MetricChart(tr("Loss"), tr("loss"), body);
    m_accuracy = new MetricChart(tr("Accuracy"), tr("accuracy"), body);
    addSeries(m_loss);
    addSeries(m_accuracy);
    // The rate each step used, schedule applied: on a log axis, as schedules span orders of magnitude.
    m_learningRate = new MetricChart(tr("Learning rate"), tr("learning rate"), body);
    m_learningRate->setObjectName(QStringLiteral("metrics.learningRate"));
    m_learningRate->addSeries(MetricChart::tr("learning rate (step)"), classColour(2),
                              MetricChart::Style::Line, false);
    m_learningRate->addSeries(MetricChart::tr("learning rate (epoch)"), classColour(2).darker(130),
                              MetricChart::Style::LineWithPoints, false);
    m_learningRate->setLogScale(true);
    auto* split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(m_loss);
    split->addWidget(m_accuracy);
    split->addWidget(m_learningRate);
    for (int i = 0; i < split->count(); ++i) split->setStretchFactor(i, 1);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_log, &QCheckBox::toggled, this, [this](bool on) { m_loss->setLogScale(on); });
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int v) {
        const double factor = v / static_cast<double>(kSmoothingSteps);
        m_loss->setSmoothing(factor);
        m_accuracy->setSmoothing(factor);
    });
    connect(reset, &QToolButton::clicked, this, [this] {
        m_loss->resetZoom();
        m_accuracy->resetZoom();
        m_learningRate->resetZoom();
    });
    connect(exportButton, &QToolButton::clicked, this, &MetricsDock::chooseExport);
    connect(controller, &TrainingController::metricsAppended, this, &MetricsDock::appendFrom);
    connect(controller, &TrainingController::historyReset, this, &MetricsDock::reload);
    m_loss->setSmoothing(m_smoothing->value() / static_cast<double>(kSmoothingSteps));
    m_accuracy->setSmoothing(m_smoothing->value() / static_cast<double>(kSmoothingSteps));
    reload();
}

void MetricsDock::appendFrom(int firstStep, int firstEpoch) {
    const QVector<nw::BatchMetrics>& steps = m_controller->steps();
    const QVector<EpochPoint>& epochs = m_controller->epochs();
    QVector<QPointF> loss, accuracy, epochLoss, epochAccuracy, validationLoss, validationAccuracy, rate,
        epochRate;
    loss.reserve(steps.size() - firstStep);
    accuracy.reserve(steps.size() - firstStep);
    for (int i = firstStep; i < steps.size(); ++i) {
        const auto x = static_cast<double>(steps[i].step);
        loss.push_back({x, steps[i].loss});
        accuracy.push_back({x, steps[i].accuracy});
        // Steps read back from a file have no rate of their own (0): their epochs show it.
        if (steps[i].learningRate > 0) rate.push_back({x, steps[i].learningRate});
    }
    for (int i = firstEpoch; i < epochs.size(); ++i) {
        const auto x = static_cast<double>(epochs[i].step);
        epochLoss.push_back({x, epochs[i].trainLoss});
        epochAccuracy.push_back({x, epochs[i].trainAccuracy});
        validationLoss.push_back({x, epochs[i].validationLoss});
        validationAccuracy.push_back({x, epochs[i].validationAccuracy});
        if (epochs[i].learningRate > 0) epochRate.push_back({x, epochs[i].learningRate});
    }
    m_loss->append(StepSeries, loss);
    m_loss->append(EpochSeries, epochLoss);
    m_loss->append(ValidationSeries, validationLoss);
    m_accuracy->append(StepSeries, accuracy);
    m_accuracy->append(EpochSeries, epochAccuracy);
    m_accuracy->append(ValidationSeries, validationAccuracy);
    m_learningRate->append(StepSeries, rate);
    m_learningRate->append(EpochSeries, epochRate);
    m_loss->refresh();
    m_accuracy->refresh();
    m_learningRate->refresh();
}

void MetricsDock::reload() {
    m_loss->clear();
    m_accuracy->clear();
    m_learningRate->clear();
    appendFrom(0, 0);
    const QVector<RunOverlay> overlays = m_overlays;
    setOverlays(overlays);
}

void MetricsDock::setOverlays(const QVector<RunOverlay>& overlays) {
    constexpr int kLiveSeries = ValidationSeries + 1;
    m_overlays = overlays;
    m_loss->removeSeriesFrom(kLiveSeries);
    m_accuracy->removeSeriesFrom(kLiveSeries);
    QString legend = m_liveLegend;
    for (const RunOverlay& run : overlays) {
        for (auto [chart, points] : {std::pair{m_loss, &run.loss}, std::pair{m_accuracy, &run.accuracy}}) {
            const int series =
                chart->addSeries(run.name, run.colour, MetricChart::Style::LineWithPoints, false);
            chart->append(series, *points);
            chart->refresh();
        }
        legend += QStringLiteral("<br><span style=\"color:%1\">■</span>&nbsp;%2")
                      .arg(run.colour.name(), run.name.toHtmlEscaped());
    }
    m_legend->setText(legend);
}

bool MetricsDock::exportCharts(const QString& base, const QString& format) {
    const auto write = [&](MetricChart* chart, const QString& path) {
        if (format == QLatin1String("svg")) return chart->exportSvg(path);
        if (format == QLatin1String("csv")) return chart->exportCsv(path);
        return chart->exportPng(path);
    };
    return write(m_loss, base + QStringLiteral("-loss.") + format) &&
           write(m_accuracy, base + QStringLiteral("-accuracy.") + format) &&
           write(m_learningRate, base + QStringLiteral("-learning-rate.") + format);
}

void MetricsDock::chooseExport() {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Charts"), QStringLiteral("metrics.png"),
        tr("PNG pictures (*.png);;SVG pictures (*.svg);;CSV data (*.csv)"), &selected);
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    QString format = info.suffix().toLower();
    if (format != QLatin1String("svg") && format != QLatin1String("csv")) format = QStringLiteral("png");
    exportCharts(info.absolutePath() + QLatin1Char('/') + info.completeBaseName(), format);
}

} // namespace nw::gui
