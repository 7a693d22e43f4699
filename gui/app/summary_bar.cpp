#include "gui/app/summary_bar.h"

#include "gui/docks/number_format.h"

#include "engine/graph/shape_inference.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace nw::gui {

namespace {
constexpr int64_t kBytesPerFloat = 4;
} // namespace

int64_t estimateTrainingBytes(const nw::GraphAnalysis& analysis, int64_t batchSize, int optimizerSlots) {
    int64_t activations = 0;
    for (const auto& [id, node] : analysis.nodes)
        if (node.output) activations += node.output->numel();
    const int64_t parameterFloats = analysis.totalParams * (2 + optimizerSlots);
    const int64_t activationFloats = batchSize * activations * 2;
    return (parameterFloats + activationFloats) * kBytesPerFloat;
}

NetworkSummary summarizeNetwork(const nw::GraphAnalysis& analysis, int64_t batchSize, int64_t dataProblems) {
    NetworkSummary s;
    s.layers = static_cast<int64_t>(analysis.nodes.size());
    s.parameters = analysis.totalParams;
    s.flopsPerSample = analysis.totalFlops;
    s.trainingBytes = estimateTrainingBytes(analysis, batchSize);
    s.problems =
        analysis.nodes.empty() ? 0 : static_cast<int64_t>(analysis.diagnostics.size()) + dataProblems;
    return s;
}

SummaryBar::SummaryBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("summaryBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_layers = addPart(QStringLiteral("summary.layers"), tr("Layers in the network"));
    m_params = addPart(QStringLiteral("summary.parameters"), tr("Trainable parameters (weights and biases)"));
    m_flops =
        addPart(QStringLiteral("summary.flops"),
                tr("Floating-point operations of one forward pass for one sample (a multiply-add counts 2)"));
    m_memory = addPart(QStringLiteral("summary.memory"), {});
    m_problems = addPart(QStringLiteral("summary.problems"),
                         tr("Problems to fix before training; see the Problems list"));
}

QLabel* SummaryBar::addPart(const QString& objectName, const QString& toolTip) {
    auto* layout = static_cast<QHBoxLayout*>(this->layout());
    if (layout->count() > 0) {
        auto* separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        layout->addWidget(separator);
    }
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setToolTip(toolTip);
    layout->addWidget(label);
    return label;
}

void SummaryBar::setAnalysis(const nw::GraphAnalysis& analysis, int64_t batchSize, int64_t dataProblems) {
    m_summary = summarizeNetwork(analysis, batchSize, dataProblems);
    const NetworkSummary& s = m_summary;
    // Two strings, not "%n layer(s)": English has no plural forms in a .qm unless one is shipped.
    m_layers->setText(s.layers == 1 ? tr("1 layer") : tr("%1 layers").arg(formatCount(s.layers)));
    m_params->setText(tr("%1 parameters").arg(formatCount(s.parameters)));
    m_flops->setText(tr("%1 FLOPs/sample").arg(formatScaled(static_cast<double>(s.flopsPerSample))));
    m_memory->setText(tr("≈ %1 to train").arg(formatBytes(s.trainingBytes)));
    m_memory->setToolTip(
        tr("Estimated memory for one training step at batch size %1: parameters, their gradients "
           "and Adam's two moments, plus every layer's activations and their gradients for the "
           "batch, in 32-bit floats")
            .arg(batchSize));
    if (s.problems == 0) {
        m_problems->setText(tr("No problems"));
        m_problems->setStyleSheet({});
    } else {
        m_problems->setText(s.problems == 1 ? tr("1 problem")
                                            : tr("%1 problems").arg(formatCount(s.problems)));
        m_problems->setStyleSheet(QStringLiteral("color: #d9483b;"));
    }
}

} // namespace nw::gui
