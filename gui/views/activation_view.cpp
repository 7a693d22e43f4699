#include "gui/views/activation_view.h"

#include "gui/document/graph_document.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/views/colour_maps.h"
#include "gui/views/heatmap_images.h"

#include "engine/graph/graph.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nw::gui {
namespace {

constexpr int kGap = 3;
constexpr int kLegendHeight = 30;
constexpr int kStripHeight = 28;

QString layerName(const GraphDocument& document, NodeId id) {
    const Node* node = document.engineGraph().node(id);
    return node ? QString::fromStdString(node->name) : QString::number(id.value);
}

const NodeWeights* findNode(const Weights& weights, NodeId node) {
    for (const NodeWeights& w : weights)
        if (w.node == node) return &w;
    return nullptr;
}

} // namespace

// The tiles, laid out as large as they fit, drawn pixel-exact, with the colour legend below.
class HeatmapCanvas : public QWidget {
public:
    explicit HeatmapCanvas(QWidget* parent) : QWidget(parent) { setMinimumSize(120, 100); }

    void setHeatmap(Heatmap map, const QString& empty) {
        m_map = std::move(map);
        m_empty = empty;
        update();
    }
    const Heatmap& heatmap() const { return m_map; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        const QRect area = rect().adjusted(kGap, kGap, -kGap, -kLegendHeight);
        if (m_map.tiles.empty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_empty);
            return;
        }
        const int n = static_cast<int>(m_map.tiles.size());
        const QSize t = m_map.tiles.front().size();
        if (n == 1 && t.height() <= 2) { // a strip of neurons: wide and short
            const int h = std::min(kStripHeight, area.height());
            p.drawImage(QRect(area.left(), area.top() + (area.height() - h) / 2, area.width(), h),
                        m_map.tiles[0]);
        } else {
            // The column count that makes the tiles largest.
            double bestScale = 0;
            int bestColumns = 1;
            for (int c = 1; c <= n; ++c) {
                const int rows = (n + c - 1) / c;
                const double s = std::min((area.width() - (c - 1) * kGap) / double(c * t.width()),
                                          (area.height() - (rows - 1) * kGap) / double(rows * t.height()));
                if (s > bestScale) bestScale = s, bestColumns = c;
            }
            const int w = std::max(1, static_cast<int>(t.width() * bestScale));
            const int h = std::max(1, static_cast<int>(t.height() * bestScale));
            for (int i = 0; i < n; ++i)
                p.drawImage(QRect(area.left() + (i % bestColumns) * (w + kGap),
                                  area.top() + (i / bestColumns) * (h + kGap), w, h),
                            m_map.tiles[static_cast<size_t>(i)]);
        }
        // Legend: the scale from -limit to +limit.
        const QRect bar(width() / 4, height() - kLegendHeight + 6, width() / 2, 8);
        p.drawImage(bar, divergingLegend(bar.width(), 1));
        p.setPen(palette().color(QPalette::WindowText));
        const QString limit = QString::number(m_map.limit, 'g', 3);
        const QRect labels(0, bar.bottom() + 1, width(), kLegendHeight - 15);
        p.drawText(labels.adjusted(bar.left() - 60, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("−") + limit);
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("0"));
        p.drawText(labels.adjusted(0, 0, -(width() - bar.right()) + 60, 0), Qt::AlignRight | Qt::AlignTop,
                   limit);
    }

private:
    Heatmap m_map;
    QString m_empty;
};

// Per layer: the root mean square of its gradients and of its last updates, on a log scale.
class MagnitudeBars : public QWidget {
public:
    MagnitudeBars(GraphDocument* graph, QWidget* parent) : QWidget(parent), m_graph(graph) {
        setMinimumWidth(120);
        setToolTip(
            ActivationView::tr("Root mean square of each layer's weight gradients and of the change of "
                               "its weights per step, on a log scale: bars shrinking towards the input "
                               "mean vanishing gradients, bars growing mean exploding ones"));
    }

    QSize sizeHint() const override { return {270, 160}; }

    void setMagnitudes(std::vector<LayerMagnitude> magnitudes) {
        m_magnitudes = std::move(magnitudes);
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        constexpr double lowExp = -8, highExp = 1; // 1e-8 … 10
        constexpr int nameWidth = 70, rowHeight = 22;
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        // The title names the bars in their own colours.
        const QString gradient = ActivationView::tr("gradient");
        const QString update = ActivationView::tr("update");
        const QFontMetrics titleMetrics(font());
        int tx = 4;
        p.fillRect(QRect(tx, 7, 10, 8), classColour(1));
        tx += 14;
        p.drawText(QPoint(tx, 15), gradient);
        tx += titleMetrics.horizontalAdvance(gradient) + 10;
        p.fillRect(QRect(tx, 7, 10, 8), classColour(0));
        tx += 14;
        p.drawText(QPoint(tx, 15), update);
        const QFontMetrics fm(font());
        const int barLeft = nameWidth + 8, barWidth = std::max(20, width() - barLeft - 8);
        const auto x = [&](double v) {
            const double e = v > 0 ? std::clamp(std::log10(v), lowExp, highExp) : lowExp;
            return static_cast<int>((e - lowExp) / (highExp - lowExp) * barWidth);
        };
        int y = 24;
        for (const LayerMagnitude& m : m_magnitudes) {
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(4, y, nameWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(layerName(*m_graph, m.node), Qt::ElideRight, nameWidth));
            p.fillRect(QRect(barLeft, y + 3, x(m.gradientRms), 7), classColour(1));
            p.fillRect(QRect(barLeft, y + 11, x(m.updateRms), 7), classColour(0));
            y += rowHeight;
        }
        const bool noGradients = std::all_of(m_magnitudes.begin(), m_magnitudes.end(),
                                             [](const LayerMagnitude& m) { return m.gradientRms == 0; });
        if (!m_magnitudes.empty() && noGradients) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRect(barLeft, 24, barWidth, y - 24), Qt::AlignCenter | Qt::TextWordWrap,
                       ActivationView::tr("Gradients appear once training runs."));
        }
        // The scale's decades.
        p.setPen(palette().color(QPalette::Mid));
        for (int e = static_cast<int>(lowExp); e <= static_cast<int>(highExp); e += 3) {
            const int gx = barLeft + x(std::pow(10.0, e));
            p.drawLine(gx, 22, gx, y);
            // The last label ends at the widget's edge rather than past it.
            const QRect label(std::min(gx - 20, width() - 40), y, 40, 16);
            p.drawText(label, gx - 20 > width() - 40 ? Qt::AlignRight : Qt::AlignHCenter,
                       QStringLiteral("1e%1").arg(e));
        }
    }

private:
    GraphDocument* m_graph;
    std::vector<LayerMagnitude> m_magnitudes;
};

ActivationView::ActivationView(TrainingController* controller, GraphDocument* graph, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_graph(graph) {
    setObjectName(QStringLiteral("view.activations"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("activations.mode"));
    m_mode->addItems({tr("Activations"), tr("Weights"), tr("Gradients")});
    m_sample = new QSpinBox(this);
    m_sample->setObjectName(QStringLiteral("activations.sample"));
    m_sample->setPrefix(tr("sample "));
    m_sample->setRange(0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("activations.caption"));
    m_canvas = new HeatmapCanvas(this);
    m_bars = new MagnitudeBars(graph, this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_sample);
    bar->addWidget(m_caption, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_canvas, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_bars);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({440, 270});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ActivationView::showFrame);
    connect(m_sample, &QSpinBox::valueChanged, this, [this](int v) { m_controller->setProbeSample(v); });
    connect(controller, &TrainingController::frameChanged, this, &ActivationView::showFrame);
    showFrame();
}

ActivationView::~ActivationView() = default;

void ActivationView::setMode(Mode mode) { m_mode->setCurrentIndex(static_cast<int>(mode)); }

QList<QImage> ActivationView::tiles() const {
    return QList<QImage>(m_canvas->heatmap().tiles.begin(), m_canvas->heatmap().tiles.end());
}

QString ActivationView::caption() const { return m_caption->text(); }

void ActivationView::showFrame() {
    const std::shared_ptr<const ProbeFrame> frame = m_controller->frame();
    if (!frame || !frame->params) {
        m_caption->clear();
        m_canvas->setHeatmap({}, tr("Train the network, then select a layer to see what it computes."));
        m_bars->setMagnitudes({});
        return;
    }
    const int64_t samples = frame->data().size();
    if (m_sample->maximum() != samples - 1) {
        const QSignalBlocker block(m_sample);
        m_sample->setRange(0, static_cast<int>(std::max<int64_t>(0, samples - 1)));
    }
    m_bars->setMagnitudes(frame->magnitudes);
    if (frame->node.value == 0) {
        m_caption->clear();
        m_canvas->setHeatmap(
            {}, tr("Select a layer on the canvas to see its activations, weights and gradients."));
        return;
    }
    const QString name = layerName(*m_graph, frame->node);
    const auto mode = static_cast<Mode>(m_mode->currentIndex());
    const Tensor* shown = nullptr;
    if (mode == Mode::Activations) {
        if (frame->activation) shown = &*frame->activation;
    } else {
        const Weights& source = mode == Mode::Weights ? frame->params->weights : frame->params->gradients;
        if (const NodeWeights* w = findNode(source, frame->node); w && !w->values.empty())
            shown = &w->values.front();
    }
    if (!shown) {
        m_caption->setText(name);
        m_canvas->setHeatmap({}, mode == Mode::Activations ? tr("%1 has no output to show.").arg(name)
                                                           : tr("%1 has no weights.").arg(name));
        return;
    }
    const QString what = mode == Mode::Activations
                             ? tr("output for sample %1").arg(frame->sample)
                             : (mode == Mode::Weights ? tr("weights") : tr("weight gradients"));
    m_caption->setText(tr("%1: %2, %3 · step %4")
                           .arg(name, what, QString::fromStdString(shown->shape().toString()))
                           .arg(frame->params->step));
    m_canvas->setHeatmap(heatmapOf(*shown), {});
}

} // namespace nw::gui
