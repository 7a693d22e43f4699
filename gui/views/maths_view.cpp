#include "gui/views/maths_view.h"

#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"
#include "engine/layers/registry.h"
#include "engine/train/neuron_maths.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nw::gui {
namespace {

QString number(double value) { return QString::number(value, 'g', 5); }

// The loss in words, for the line that shows its value.
QString lossName(nw::LossKind kind) {
    switch (kind) {
    case nw::LossKind::SoftmaxCrossEntropy: return MathsView::tr("softmax cross-entropy");
    case nw::LossKind::BinaryCrossEntropy: return MathsView::tr("binary cross-entropy");
    case nw::LossKind::MeanSquaredError: return MathsView::tr("mean squared error");
    }
    return {};
}

} // namespace

MathsView::MathsView(ProjectDocument* document, TrainingController* training, QWidget* parent)
    : QWidget(parent), m_document(document), m_training(training) {
    setObjectName(QStringLiteral("view.maths"));
    m_neuron = new QSpinBox(this);
    m_neuron->setObjectName(QStringLiteral("maths.neuron"));
    m_neuron->setPrefix(tr("neuron "));
    m_neuron->setMinimum(1);
    auto* sample = new QSpinBox(this);
    sample->setObjectName(QStringLiteral("maths.sample"));
    sample->setPrefix(tr("sample "));
    sample->setRange(0, 1'000'000'000);
    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setObjectName(QStringLiteral("maths.phase"));
    QFont bold = m_phaseLabel->font();
    bold.setBold(true);
    m_phaseLabel->setFont(bold);
    m_back = new QPushButton(tr("◀"), this);
    m_back->setObjectName(QStringLiteral("maths.back"));
    m_back->setToolTip(tr("The phase before"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("maths.next"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("maths.summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("maths.table"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    // The choices and the stepping on two rows: one row would make this tab (and with it the
    // panels it shares a column with) wider than a 1280-pixel screen allows in some languages.
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_neuron);
    choices->addWidget(sample);
    choices->addStretch();
    auto* stepping = new QHBoxLayout;
    stepping->addWidget(m_phaseLabel);
    stepping->addStretch();
    stepping->addWidget(m_back);
    stepping->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(choices);
    layout->addLayout(stepping);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_neuron, &QSpinBox::valueChanged, this, &MathsView::refresh);
    connect(sample, &QSpinBox::valueChanged, this, [this](int v) { m_training->setProbeSample(v); });
    connect(m_back, &QPushButton::clicked, this,
            [this] { setPhase(static_cast<Phase>(std::max(0, static_cast<int>(m_phase) - 1))); });
    connect(m_next, &QPushButton::clicked, this, &MathsView::advance);
    connect(m_table, &QTableWidget::cellChanged, this, &MathsView::editWeight);
    connect(training, &TrainingController::frameChanged, this, &MathsView::refresh);
    connect(training, &TrainingController::probeNodeChanged, this, &MathsView::refresh);
    connect(document, &ProjectDocument::trainingStateChanged, this, &MathsView::refresh);
    setPhase(Phase::Forward);
}

MathsView::~MathsView() = default;

void MathsView::setNeuron(int unit) { m_neuron->setValue(unit + 1); }

QString MathsView::summary() const { return m_summary->text(); }

void MathsView::setPhase(Phase phase) {
    m_phase = phase;
    static const char* const names[] = {QT_TR_NOOP("1 Forward pass"), QT_TR_NOOP("2 Loss"),
                                        QT_TR_NOOP("3 Backward pass"), QT_TR_NOOP("4 Update")};
    m_phaseLabel->setText(tr(names[static_cast<int>(phase)]));
    m_back->setEnabled(phase != Phase::Forward);
    m_next->setText(phase == Phase::Update ? tr("Train This Step ▶") : tr("Next ▶"));
    refresh();
}

void MathsView::advance() {
    if (m_phase != Phase::Update) {
        setPhase(static_cast<Phase>(static_cast<int>(m_phase) + 1));
        return;
    }
    m_training->step(); // the step whose numbers were shown (for the run's next mini-batch)
    setPhase(Phase::Forward);
}

void MathsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) refresh();
}

void MathsView::refresh() {
    // Each refresh compiles a network and runs a step on one sample: only for a panel in view, not
    // for every probe frame of a run while the tab is behind another.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_maths.reset();
    const std::shared_ptr<const ProbeFrame> frame = m_training->frame();
    const nw::Project& project = m_document->project();
    m_node = m_training->probeNode();
    const nw::Node* node = project.graph.node(nw::NodeId{m_node});
    // Between runs the project's weights are the ones to explain (and to edit); during a run, the
    // probes' latest copy of the training network's.
    const nw::Weights* weights = !m_training->isTraining() && project.weights ? &*project.weights
                                 : frame && frame->params                     ? &frame->params->weights
                                                                              : nullptr;
    QString why;
    if (!node || node->kind != nw::LayerKind::Dense)
        why = tr("Select a Dense layer on the canvas: the maths of one of its neurons appear here.");
    else if (!frame || !weights)
        why = tr("Train a step (F6) or open a trained project: the numbers come from a real step.");
    if (why.isEmpty()) {
        for (const nw::NodeWeights& w : *weights)
            if (w.node.value == m_node && !w.values.empty()) m_units = w.values.front().shape()[1];
        m_neuron->setMaximum(static_cast<int>(std::max<qint64>(1, m_units)));
        nw::Result<nw::NeuronMaths> maths = nw::explainNeuron(
            project.graph, *weights, frame->data(), frame->sample, nw::NodeId{m_node}, m_neuron->value() - 1,
            project.training.loss, project.training.optimizer.learningRate);
        if (maths.ok())
            m_maths = std::make_unique<nw::NeuronMaths>(std::move(*maths));
        else
            why = diagnosticDescription(maths.error());
    }
    if (!m_maths) {
        m_summary->setText(why);
        m_filling = true;
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_filling = false;
        return;
    }
    const nw::NeuronMaths& m = *m_maths;
    const QString name = QString::fromStdString(node->name);
    const int unit = m_neuron->value();
    double sum = 0;
    for (size_t i = 0; i < m.inputs.size(); ++i) sum += static_cast<double>(m.weights[i]) * m.inputs[i];
    QStringList lines;
    lines << tr("Neuron %1 of <b>%2</b>, sample %3:").arg(unit).arg(name.toHtmlEscaped()).arg(frame->sample);
    lines << tr("z = Σ w<sub>i</sub>·x<sub>i</sub> + b = %1 + (%2) = <b>%3</b>")
                 .arg(number(sum), number(m.bias), number(m.z));
    if (m.activationKind)
        lines << tr("a = %1(z) = <b>%2</b>")
                     .arg(QString::fromStdString(nw::layerRegistry().info(*m.activationKind).name).toLower(),
                          number(m.activated));
    if (m_phase >= Phase::Loss)
        lines << tr("L = <b>%1</b> (%2 of this sample)").arg(number(m.loss), lossName(project.training.loss));
    if (m_phase >= Phase::Backward)
        lines << tr("δ = ∂L/∂z = <b>%1</b>; ∂L/∂b = δ; ∂L/∂w<sub>i</sub> = δ·x<sub>i</sub>")
                     .arg(number(m.delta));
    if (m_phase >= Phase::Update) {
        lines
            << tr("η = %1: w<sub>i</sub> ← w<sub>i</sub> − η·∂L/∂w<sub>i</sub>; b ← %2 − %1·(%3) = <b>%4</b>")
                   .arg(number(m.learningRate), number(m.bias), number(m.biasGradient),
                        number(m.updatedBias));
        if (project.training.optimizer.kind != nw::OptimizerKind::SGD)
            lines << tr("<i>The project trains with %1, which scales each step by its running averages; "
                        "this is the plain gradient-descent rule.</i>")
                         .arg(QString::fromLatin1(
                             nw::toString(project.training.optimizer.kind).data(),
                             qsizetype(nw::toString(project.training.optimizer.kind).size())));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    fillTable();
}

void MathsView::fillTable() {
    const nw::NeuronMaths& m = *m_maths;
    QStringList headers = {tr("i"), tr("xᵢ"), tr("wᵢ"), tr("wᵢ·xᵢ")};
    if (m_phase >= Phase::Backward) headers << tr("∂L/∂wᵢ = δ·xᵢ");
    if (m_phase >= Phase::Update) headers << tr("wᵢ − η·∂L/∂wᵢ");
    m_filling = true;
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m.inputs.size()));
    // Typing a weight in is for the weights the project holds, between runs.
    const bool editable = !m_training->isTraining() && m_document->project().weights.has_value();
    for (int i = 0; i < static_cast<int>(m.inputs.size()); ++i) {
        const auto at = static_cast<size_t>(i);
        QStringList cells = {QString::number(i + 1), number(m.inputs[at]), number(m.weights[at]),
                             number(static_cast<double>(m.weights[at]) * m.inputs[at])};
        if (m_phase >= Phase::Backward) cells << number(m.gradients[at]);
        if (m_phase >= Phase::Update) cells << number(m.updated[at]);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (c == 2 && editable) {
                flags |= Qt::ItemIsEditable;
                item->setToolTip(tr("Type a weight to check a worked exercise; Ctrl+Z takes it back"));
            }
            item->setFlags(flags);
            m_table->setItem(i, c, item);
        }
    }
    m_filling = false;
}

void MathsView::editWeight(int row, int column) {
    if (m_filling || column != 2 || !m_maths) return;
    bool ok = false;
    const float value = m_table->item(row, column)->text().toFloat(&ok);
    const qint64 index = static_cast<qint64>(row) * m_units + (m_neuron->value() - 1);
    if (!ok || !m_document->setTrainedWeight(m_node, index, value)) refresh(); // back to the stored value
}

} // namespace nw::gui
