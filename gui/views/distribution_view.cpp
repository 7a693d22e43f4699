#include "gui/views/distribution_view.h"

#include "gui/document/graph_document.h"
#include "gui/training/training_controller.h"
#include "gui/views/distribution_plot.h"

#include "engine/graph/graph.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace nw::gui {

// The heatmap in a frame with the value axis on the left and the epochs below.
class DistributionCanvas : public QWidget {
public:
    explicit DistributionCanvas(QWidget* parent) : QWidget(parent) { setMinimumSize(200, 120); }

    void show(DistributionPlot plot, const QString& placeholder) {
        m_plot = std::move(plot);
        m_placeholder = placeholder;
        update();
    }
    const DistributionPlot& plot() const { return m_plot; }
    const QString& placeholder() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        if (m_plot.empty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
            return;
        }
        const QFontMetrics fm(font());
        const QString top = QString::number(m_plot.hi, 'g', 3);
        const QString bottom = QString::number(m_plot.lo, 'g', 3);
        const int left = std::max(fm.horizontalAdvance(top), fm.horizontalAdvance(bottom)) + 10;
        const QRect area = rect().adjusted(left, fm.height() / 2 + 2, -8, -(fm.height() + 8));
        if (area.width() < 10 || area.height() < 10) return;
        p.drawImage(area, m_plot.image);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(area.adjusted(0, 0, -1, -1));

        p.setPen(palette().color(QPalette::WindowText));
        const auto valueY = [&](double v) {
            return area.bottom() -
                   static_cast<int>((v - m_plot.lo) / (m_plot.hi - m_plot.lo) * area.height());
        };
        const auto valueLabel = [&](double v, const QString& text) {
            const int y = valueY(v);
            p.drawText(QRect(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, text);
        };
        valueLabel(m_plot.hi, top);
        valueLabel(m_plot.lo, bottom);
        // Zero, where it lies inside and clear of the two ends' labels: which side the values are on.
        if (m_plot.lo < 0 && m_plot.hi > 0) {
            const int y = valueY(0);
            if (y - area.top() > fm.height() && area.bottom() - y > fm.height()) {
                valueLabel(0, QStringLiteral("0"));
                p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
                p.drawLine(area.left(), y, area.right(), y);
                p.setPen(palette().color(QPalette::WindowText));
            }
        }
        const QRect epochs(area.left(), area.bottom() + 4, area.width(), fm.height());
        p.drawText(epochs, Qt::AlignLeft | Qt::AlignTop,
                   DistributionView::tr("epoch %1").arg(m_plot.firstEpoch));
        if (m_plot.lastEpoch != m_plot.firstEpoch)
            p.drawText(epochs, Qt::AlignRight | Qt::AlignTop,
                       DistributionView::tr("epoch %1").arg(m_plot.lastEpoch));
    }

private:
    DistributionPlot m_plot;
    QString m_placeholder;
};

DistributionView::DistributionView(TrainingController* controller, GraphDocument* graph, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_graph(graph) {
    setObjectName(QStringLiteral("view.distributions"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("distributions.kind"));
    m_kind->addItems({tr("Weights"), tr("Gradients"), tr("Activations")});
    m_kind->setToolTip(tr("Which values of the selected layer: its weights and biases, their gradients, or "
                          "its outputs for a fixed set of validation samples"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("distributions.caption"));
    m_canvas = new DistributionCanvas(this);
    m_canvas->setToolTip(tr("One column per epoch: the darker a cell, the more of that epoch's values lie "
                            "in its interval"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_caption, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionView::refresh);
    connect(controller, &TrainingController::distributionsChanged, this, &DistributionView::refresh);
    // The selected layer travels with the probe request; a new frame may be for another layer.
    connect(controller, &TrainingController::frameChanged, this, [this] {
        if (m_controller->probeNode() != m_shownNode) refresh();
    });
    connect(graph, &GraphDocument::nodeChanged, this, &DistributionView::refresh); // a renamed layer
    refresh();
}

DistributionView::~DistributionView() = default;

void DistributionView::setKind(Kind kind) { m_kind->setCurrentIndex(static_cast<int>(kind)); }

const DistributionPlot& DistributionView::plot() const { return m_canvas->plot(); }

QString DistributionView::caption() const { return m_caption->text(); }

QString DistributionView::placeholder() const { return m_canvas->placeholder(); }

void DistributionView::refresh() {
    m_shownNode = m_controller->probeNode();
    const Node* node = m_graph->engineGraph().node(NodeId{m_shownNode});
    if (!node) {
        m_caption->clear();
        m_canvas->show({}, tr("Select a layer on the canvas to see how its values are distributed, epoch "
                              "after epoch."));
        return;
    }
    const QString name = QString::fromStdString(node->name);
    const auto kind = static_cast<Kind>(m_kind->currentIndex());
    const auto& distributions = m_controller->distributions();
    DistributionPlot plot = distributionPlot(distributions, node->id, static_cast<DistributionKind>(kind));
    if (plot.empty()) {
        m_caption->setText(name);
        const bool trained = std::any_of(distributions.begin(), distributions.end(),
                                         [&](const auto& d) { return d->layer(node->id) != nullptr; });
        m_canvas->show({}, trained && kind != Kind::Activations
                               ? tr("%1 has no weights: choose Activations to see its outputs.").arg(name)
                               : tr("Train the network: each epoch adds a column showing how the values "
                                    "of %1 are distributed.")
                                     .arg(name));
        return;
    }
    const QString what = kind == Kind::Weights     ? tr("weights")
                         : kind == Kind::Gradients ? tr("gradients")
                                                   : tr("outputs");
    m_caption->setText(
        plot.epochsWithData == plot.lastEpoch - plot.firstEpoch + 1
            ? tr("%1: %2, epochs %3–%4").arg(name, what).arg(plot.firstEpoch).arg(plot.lastEpoch)
            : tr("%1: %2, epochs %3–%4 (%5 of them sampled)")
                  .arg(name, what)
                  .arg(plot.firstEpoch)
                  .arg(plot.lastEpoch)
                  .arg(plot.epochsWithData));
    m_canvas->show(std::move(plot), {});
}

} // namespace nw::gui
