#include "gui/training/schedule_box.h"

#include "gui/docks/child_signals.h"
#include "gui/document/project_document.h"

#include "engine/io/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace nw::gui {
namespace {

// The combo box's entries in the order of nw::ScheduleKind.
constexpr nw::ScheduleKind kKinds[] = {nw::ScheduleKind::Constant,    nw::ScheduleKind::Step,
                                       nw::ScheduleKind::Exponential, nw::ScheduleKind::Cosine,
                                       nw::ScheduleKind::OneCycle,    nw::ScheduleKind::Plateau};

QDoubleSpinBox* fractionBox(QWidget* parent, double min, double max) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(4);
    box->setRange(min, max);
    box->setSingleStep(0.05);
    return box;
}

QSpinBox* epochsBox(QWidget* parent, int min) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, 1000000);
    return box;
}

} // namespace

ScheduleBox::~ScheduleBox() { disconnectChildren(this); }

ScheduleBox::ScheduleBox(ProjectDocument* document, QWidget* parent)
    : QGroupBox(tr("Schedule and stopping"), parent), m_document(document) {
    setObjectName(QStringLiteral("training.scheduleBox"));
    m_form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("training.schedule"));
    m_kind->addItems({tr("Constant"), tr("Step decay"), tr("Exponential"), tr("Cosine"), tr("One-cycle"),
                      tr("Reduce on plateau")});
    m_kind->setToolTip(tr("How the learning rate changes over the epochs; the Learning rate chart shows "
                          "the rate each step used"));
    m_warmup = epochsBox(this, 0);
    m_warmup->setToolTip(tr("The rate rises from zero to its value over these first epochs"));
    m_stepEpochs = epochsBox(this, 1);
    m_factor = fractionBox(this, 0.0001, 0.9999);
    m_factor->setToolTip(tr("The rate is multiplied by this at each step down"));
    m_gamma = fractionBox(this, 0.0001, 1);
    m_gamma->setToolTip(tr("The rate is multiplied by this after every epoch"));
    m_minFactor = fractionBox(this, 0, 0.9999);
    m_minFactor->setToolTip(tr("The lowest rate, as a fraction of the learning rate"));
    m_plateauPatience = epochsBox(this, 0);
    m_plateauPatience->setToolTip(tr("Epochs without a lower validation loss before the rate is lowered"));
    m_stopping = new QComboBox(this);
    m_stopping->setObjectName(QStringLiteral("training.earlyStopping"));
    m_stopping->addItems({tr("Off"), tr("Validation loss"), tr("Validation accuracy")});
    m_stopping->setToolTip(tr("Stop when this validation figure has not improved for a number of epochs"));
    m_stopPatience = epochsBox(this, 1);
    m_restoreBest = new QCheckBox(tr("Keep the best epoch's weights"), this);
    m_clipNorm = new QDoubleSpinBox(this);
    m_clipNorm->setObjectName(QStringLiteral("training.clipNorm"));
    m_clipNorm->setDecimals(3);
    m_clipNorm->setRange(0, 1000000);
    m_clipNorm->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_clipNorm->setSpecialValueText(tr("Off"));
    m_clipNorm->setToolTip(tr("Scales the gradients down so that their joint length is at most this"));

    const std::pair<QWidget*, const char*> names[] = {{m_warmup, "training.warmupEpochs"},
                                                      {m_stepEpochs, "training.stepEpochs"},
                                                      {m_factor, "training.factor"},
                                                      {m_gamma, "training.gamma"},
                                                      {m_minFactor, "training.minFactor"},
                                                      {m_plateauPatience, "training.plateauPatience"},
                                                      {m_stopPatience, "training.stopPatience"},
                                                      {m_restoreBest, "training.restoreBest"}};
    for (const auto& [widget, name] : names) widget->setObjectName(QString::fromLatin1(name));

    m_form->addRow(tr("Schedule"), m_kind);
    m_form->addRow(tr("Warm-up epochs"), m_warmup);
    m_form->addRow(tr("Step every (epochs)"), m_stepEpochs);
    m_form->addRow(tr("Factor"), m_factor);
    m_form->addRow(tr("Factor per epoch"), m_gamma);
    m_form->addRow(tr("Lowest factor"), m_minFactor);
    m_form->addRow(tr("Patience (epochs)"), m_plateauPatience);
    m_form->addRow(tr("Early stopping"), m_stopping);
    m_form->addRow(tr("Stop after (epochs)"), m_stopPatience);
    m_form->addRow(QString(), m_restoreBest);
    m_form->addRow(tr("Clip gradients"), m_clipNorm);

    for (QComboBox* box : {m_kind, m_stopping})
        connect(box, &QComboBox::activated, this, &ScheduleBox::write);
    for (QSpinBox* box : {m_warmup, m_stepEpochs, m_plateauPatience, m_stopPatience})
        connect(box, &QSpinBox::editingFinished, this, &ScheduleBox::write);
    for (QDoubleSpinBox* box : {m_factor, m_gamma, m_minFactor, m_clipNorm})
        connect(box, &QDoubleSpinBox::editingFinished, this, &ScheduleBox::write);
    connect(m_restoreBest, &QCheckBox::toggled, this, &ScheduleBox::write);
    refresh();
}

void ScheduleBox::refresh() {
    m_updating = true;
    const nw::TrainingSettings& t = m_document->project().training;
    const nw::ScheduleSettings& s = t.schedule;
    m_kind->setCurrentIndex(
        static_cast<int>(std::find(std::begin(kKinds), std::end(kKinds), s.kind) - std::begin(kKinds)));
    m_warmup->setValue(s.warmupEpochs);
    m_stepEpochs->setValue(s.stepEpochs);
    m_factor->setValue(s.factor);
    m_gamma->setValue(s.gamma);
    m_minFactor->setValue(s.minFactor);
    m_plateauPatience->setValue(s.patience);
    m_stopping->setCurrentIndex(!t.earlyStopping.enabled                                   ? 0
                                : t.earlyStopping.metric == nw::StopMetric::ValidationLoss ? 1
                                                                                           : 2);
    m_stopPatience->setValue(t.earlyStopping.patience);
    m_restoreBest->setChecked(t.earlyStopping.restoreBest);
    m_clipNorm->setValue(t.clipNorm);
    showRowsOfTheSchedule();
    m_updating = false;
}

void ScheduleBox::setEditable(bool editable) {
    for (QWidget* w : findChildren<QWidget*>()) w->setEnabled(editable);
}

void ScheduleBox::showRowsOfTheSchedule() {
    using K = nw::ScheduleKind;
    const K kind = kKinds[std::max(0, m_kind->currentIndex())];
    m_form->setRowVisible(m_warmup, kind != K::OneCycle);
    m_form->setRowVisible(m_stepEpochs, kind == K::Step);
    m_form->setRowVisible(m_factor, kind == K::Step || kind == K::Plateau);
    m_form->setRowVisible(m_gamma, kind == K::Exponential);
    m_form->setRowVisible(m_minFactor, kind == K::Cosine || kind == K::Plateau);
    m_form->setRowVisible(m_plateauPatience, kind == K::Plateau);
    const bool stopping = m_stopping->currentIndex() > 0;
    m_form->setRowVisible(m_stopPatience, stopping);
    m_form->setRowVisible(m_restoreBest, stopping);
}

void ScheduleBox::write() {
    if (m_updating) return;
    showRowsOfTheSchedule();
    nw::TrainingSettings t = m_document->project().training;
    nw::ScheduleSettings& s = t.schedule;
    s.kind = kKinds[std::max(0, m_kind->currentIndex())];
    s.warmupEpochs = m_warmup->value();
    s.stepEpochs = m_stepEpochs->value();
    s.factor = m_factor->value();
    s.gamma = m_gamma->value();
    s.minFactor = m_minFactor->value();
    s.patience = m_plateauPatience->value();
    t.earlyStopping.enabled = m_stopping->currentIndex() > 0;
    t.earlyStopping.metric =
        m_stopping->currentIndex() == 2 ? nw::StopMetric::ValidationAccuracy : nw::StopMetric::ValidationLoss;
    t.earlyStopping.patience = m_stopPatience->value();
    t.earlyStopping.restoreBest = m_restoreBest->isChecked();
    t.clipNorm = m_clipNorm->value();
    if (t == m_document->project().training) return;
    m_document->changeTrainingState([&t](nw::Project& p) { p.training = t; });
}

} // namespace nw::gui
