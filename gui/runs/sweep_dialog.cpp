#include "gui/runs/sweep_dialog.h"

#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/runs/sweep_runner.h"
#include "gui/training/training_controller.h"
#include "gui/views/colour_maps.h"

#include "engine/io/project.h"
#include "engine/train/run_record.h"
#include "engine/train/setting_fields.h"
#include "engine/train/sweep.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace nw::gui {
namespace {

constexpr int kRunIdRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1;

// Values worth trying first for a setting: a decade around the learning rate, half and double the
// batch, every choice of a setting with a few; otherwise the current value, to be edited.
QString suggestedValues(const nw::SettingField& field, const nw::TrainingSettings& settings) {
    const std::string name(field.name);
    if (name == "learningRate") {
        const double lr = settings.optimizer.learningRate;
        return QStringLiteral("%1,%2,%3").arg(lr / 10, 0, 'g', 3).arg(lr, 0, 'g', 3).arg(lr * 10, 0, 'g', 3);
    }
    if (name == "batchSize") {
        const int batch = settings.batchSize;
        return QStringLiteral("%1,%2,%3").arg(std::max(1, batch / 2)).arg(batch).arg(batch * 2);
    }
    const QString expects = QString::fromUtf8(field.expects.data(), qsizetype(field.expects.size()));
    if (expects.startsWith(QLatin1String("one of: "))) return expects.mid(8).remove(QLatin1Char(' '));
    return QString::fromStdString(field.get(settings));
}

void fillSettings(QComboBox* box) {
    for (const nw::SettingField& field : nw::trainingSettingFields()) {
        const QString name = QString::fromUtf8(field.name.data(), qsizetype(field.name.size()));
        box->addItem(name, name);
    }
}

} // namespace

SweepDialog::SweepDialog(ProjectDocument* document, TrainingController* training, QWidget* parent)
    : QDialog(parent), m_document(document), m_training(training),
      m_runner(new SweepRunner(document, training, this)) {
    setObjectName(QStringLiteral("dialog.sweep"));
    setWindowTitle(tr("Sweep"));
    setModal(false);

    m_firstSetting = new QComboBox(this);
    m_firstSetting->setObjectName(QStringLiteral("sweep.firstSetting"));
    fillSettings(m_firstSetting);
    m_firstValues = new QLineEdit(this);
    m_firstValues->setObjectName(QStringLiteral("sweep.firstValues"));
    m_useSecond = new QCheckBox(tr("And"), this);
    m_useSecond->setObjectName(QStringLiteral("sweep.useSecond"));
    m_secondSetting = new QComboBox(this);
    m_secondSetting->setObjectName(QStringLiteral("sweep.secondSetting"));
    fillSettings(m_secondSetting);
    m_secondValues = new QLineEdit(this);
    m_secondValues->setObjectName(QStringLiteral("sweep.secondValues"));
    for (QLineEdit* values : {m_firstValues, m_secondValues}) {
        values->setPlaceholderText(tr("0.001,0.01,0.1  or  1e-4..1e-1:log4  or  0..0.5:6"));
        values->setToolTip(tr("Values separated by commas, or a range lo..hi:N with N values evenly spaced "
                              "(lo..hi:logN: evenly on a log scale), both ends included"));
    }
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("sweep.epochs"));
    m_epochs->setRange(1, 1'000'000);
    m_epochs->setSuffix(tr(" epochs per run"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sweep.summary"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* first = new QHBoxLayout;
    first->addWidget(m_firstSetting);
    first->addWidget(m_firstValues, 1);
    form->addRow(tr("Setting"), first);
    auto* second = new QHBoxLayout;
    second->addWidget(m_secondSetting);
    second->addWidget(m_secondValues, 1);
    form->addRow(m_useSecond, second);
    form->addRow(tr("Training"), m_epochs);

    m_start = new QPushButton(tr("Start Sweep"), this);
    m_start->setObjectName(QStringLiteral("sweep.start"));
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("sweep.stop"));
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(close);

    m_metric = new QLabel(this);
    m_metric->setObjectName(QStringLiteral("sweep.metric"));
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("sweep.grid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setToolTip(tr("Double-click a run to show it in the Runs panel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sweep.status"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_metric);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_status);
    resize(620, 460);

    const nw::TrainingSettings& settings = document->project().training;
    m_epochs->setValue(settings.epochs);
    const auto suggest = [this](QComboBox* box, QLineEdit* values) {
        if (const nw::SettingField* field = nw::findSettingField(box->currentData().toString().toStdString()))
            values->setText(suggestedValues(*field, m_document->project().training));
    };
    m_firstSetting->setCurrentIndex(m_firstSetting->findData(QStringLiteral("learningRate")));
    m_secondSetting->setCurrentIndex(m_secondSetting->findData(QStringLiteral("batchSize")));
    suggest(m_firstSetting, m_firstValues);
    suggest(m_secondSetting, m_secondValues);
    connect(m_firstSetting, &QComboBox::activated, this,
            [=, this] { suggest(m_firstSetting, m_firstValues); });
    connect(m_secondSetting, &QComboBox::activated, this,
            [=, this] { suggest(m_secondSetting, m_secondValues); });
    for (QLineEdit* values : {m_firstValues, m_secondValues})
        connect(values, &QLineEdit::textChanged, this, &SweepDialog::updateSummary);
    connect(m_firstSetting, &QComboBox::currentIndexChanged, this, &SweepDialog::updateSummary);
    connect(m_secondSetting, &QComboBox::currentIndexChanged, this, &SweepDialog::updateSummary);
    connect(m_useSecond, &QCheckBox::toggled, this, [this](bool on) {
        m_secondSetting->setEnabled(on);
        m_secondValues->setEnabled(on);
        updateSummary();
    });
    connect(m_epochs, &QSpinBox::valueChanged, this, &SweepDialog::updateSummary);
    connect(m_start, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(m_stop, &QPushButton::clicked, m_runner, &SweepRunner::stop);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (const QTableWidgetItem* item = m_grid->item(row, column);
            item && item->data(kRunIdRole).toInt() > 0)
            emit runChosen(item->data(kRunIdRole).toInt());
    });
    connect(m_runner, &SweepRunner::runStarted, this, [this](int index) {
        if (QTableWidgetItem* item = m_grid->item(index / m_columns, index % m_columns)) {
            item->setText(tr("training…"));
            m_grid->scrollToItem(item);
        }
        m_status->setText(
            tr("Run %1 of %2: %3").arg(index + 1).arg(m_runner->count()).arg(m_runner->label(index)));
    });
    connect(m_runner, &SweepRunner::runFinished, this, &SweepDialog::showResult);
    connect(m_runner, &SweepRunner::finished, this, [this](const QString& message, bool problem) {
        m_status->setText(message);
        m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
        // A cell still saying "training…" belongs to a run that ended without a record.
        for (int i = 0; i < m_grid->rowCount() * m_grid->columnCount(); ++i)
            if (QTableWidgetItem* item = m_grid->item(i / m_columns, i % m_columns);
                item && item->data(kRunIdRole).toInt() == 0 && !item->text().isEmpty())
                item->setText({});
        setRunning(false);
    });
    m_useSecond->setChecked(false);
    m_secondSetting->setEnabled(false);
    m_secondValues->setEnabled(false);
    setRunning(false);
    updateSummary();
}

SweepDialog::~SweepDialog() = default;

QString SweepDialog::summary() const { return m_summary->text(); }

QString SweepDialog::status() const { return m_status->text(); }

void SweepDialog::setAxes(const QString& first, const QString& firstValues, const QString& second,
                          const QString& secondValues) {
    m_firstSetting->setCurrentIndex(m_firstSetting->findData(first));
    m_firstValues->setText(firstValues);
    m_useSecond->setChecked(!second.isEmpty());
    if (!second.isEmpty()) {
        m_secondSetting->setCurrentIndex(m_secondSetting->findData(second));
        m_secondValues->setText(secondValues);
    }
    updateSummary();
}

std::vector<nw::SweepAxis> SweepDialog::axes(QString* error) const {
    std::vector<nw::SweepAxis> result;
    const auto add = [&](QComboBox* setting, QLineEdit* values) {
        const QString text = setting->currentData().toString() + QLatin1Char('=') + values->text().trimmed();
        nw::Result<nw::SweepAxis> axis = nw::parseSweepAxis(text.toStdString());
        if (!axis.ok()) {
            *error = QStringLiteral("%1: %2").arg(setting->currentData().toString(),
                                                  diagnosticMessage(axis.error()));
            return false;
        }
        result.push_back(std::move(axis.value()));
        return true;
    };
    if (!add(m_firstSetting, m_firstValues)) return {};
    if (m_useSecond->isChecked()) {
        if (m_secondSetting->currentIndex() == m_firstSetting->currentIndex()) {
            *error = tr("Choose two different settings.");
            return {};
        }
        if (!add(m_secondSetting, m_secondValues)) return {};
    }
    return result;
}

void SweepDialog::updateSummary() {
    QString error;
    const std::vector<nw::SweepAxis> chosen = axes(&error);
    if (chosen.empty()) {
        m_summary->setText(error);
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_start->setEnabled(false);
        return;
    }
    size_t runs = 1;
    for (const nw::SweepAxis& axis : chosen) runs *= axis.values.size();
    m_summary->setStyleSheet({});
    // Two strings, not "%n run(s)": English has no plural forms in a .qm unless one is shipped.
    m_summary->setText((runs == 1 ? tr("1 run of %1 epochs")
                                  : tr("%n runs of %1 epochs each, one after another", nullptr, int(runs)))
                           .arg(m_epochs->value()));
    m_start->setEnabled(!m_runner->isRunning());
}

void SweepDialog::startSweep() {
    QString error;
    const std::vector<nw::SweepAxis> chosen = axes(&error);
    if (chosen.empty()) return;
    prepareGrid(chosen);
    if (const QString refused = m_runner->start(chosen, m_epochs->value()); !refused.isEmpty()) {
        m_status->setText(refused);
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_status->setStyleSheet({});
    setRunning(m_runner->isRunning());
}

void SweepDialog::prepareGrid(const std::vector<nw::SweepAxis>& chosen) {
    const auto headers = [](const nw::SweepAxis& axis) {
        QStringList labels;
        for (const std::string& value : axis.values)
            labels << QStringLiteral("%1 %2").arg(QString::fromStdString(axis.setting),
                                                  QString::fromStdString(value));
        return labels;
    };
    const QStringList rows = headers(chosen.front());
    const QStringList columns = chosen.size() > 1 ? headers(chosen[1]) : QStringList{tr("Result")};
    m_columns = static_cast<int>(columns.size());
    m_grid->clear();
    m_grid->setRowCount(static_cast<int>(rows.size()));
    m_grid->setColumnCount(m_columns);
    m_grid->setVerticalHeaderLabels(rows);
    m_grid->setHorizontalHeaderLabels(columns);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_columns; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(r, c, item);
        }
    m_metric->clear();
}

void SweepDialog::showResult(int index, int runId) {
    QTableWidgetItem* item = m_grid->item(index / m_columns, index % m_columns);
    const nw::Project& project = m_document->project();
    const auto run = std::find_if(project.runs.begin(), project.runs.end(),
                                  [runId](const nw::RunRecord& r) { return r.id == runId; });
    if (!item || run == project.runs.end()) return;
    item->setData(kRunIdRole, runId);
    const nw::RunSummary summary = nw::summarize(*run);
    QString text;
    double value = std::numeric_limits<double>::quiet_NaN();
    if (!std::isnan(summary.bestValidationAccuracy)) {
        value = summary.bestValidationAccuracy;
        text = QStringLiteral("%1%").arg(100 * value, 0, 'f', 1);
        m_higherIsBetter = true;
        m_metric->setText(tr("Best validation accuracy of each run (darker is better)"));
    } else {
        const bool validation = !std::isnan(summary.finalValidationLoss);
        value = validation ? summary.finalValidationLoss : summary.finalTrainLoss;
        text = QString::number(value, 'g', 4);
        m_higherIsBetter = false;
        m_metric->setText(validation ? tr("Final validation loss of each run (darker is better)")
                                     : tr("Final training loss of each run (darker is better)"));
    }
    if (run->outcome == nw::RunOutcome::Diverged) {
        text = tr("diverged");
        value = std::numeric_limits<double>::quiet_NaN();
    }
    item->setText(text);
    item->setData(kValueRole, std::isfinite(value) ? QVariant(value) : QVariant());
    item->setToolTip(tr("Run %1: %2 · %3 epochs · %4 s")
                         .arg(runId)
                         .arg(m_runner->label(index))
                         .arg(summary.epochs)
                         .arg(summary.seconds, 0, 'f', 1));
    shadeResults();
}

void SweepDialog::shadeResults() {
    double lo = INFINITY, hi = -INFINITY;
    const int cells = m_grid->rowCount() * m_grid->columnCount();
    for (int i = 0; i < cells; ++i)
        if (const QTableWidgetItem* item = m_grid->item(i / m_columns, i % m_columns);
            item && item->data(kValueRole).isValid()) {
            lo = std::min(lo, item->data(kValueRole).toDouble());
            hi = std::max(hi, item->data(kValueRole).toDouble());
        }
    for (int i = 0; i < cells; ++i) {
        QTableWidgetItem* item = m_grid->item(i / m_columns, i % m_columns);
        if (!item || item->data(kRunIdRole).toInt() == 0) continue;
        if (!item->data(kValueRole).isValid()) { // diverged
            item->setBackground(QColor(255, 220, 220));
            item->setForeground(QColor(160, 0, 32));
            continue;
        }
        const double v = item->data(kValueRole).toDouble();
        double t = hi > lo ? (v - lo) / (hi - lo) : 1.0;
        if (!m_higherIsBetter) t = 1.0 - t;
        // From light (worst) to dark (best), never white, so a finished cell stands out from waiting ones.
        const float shade = static_cast<float>(0.15 + 0.75 * t);
        item->setBackground(QColor(sequentialColour(shade)));
        item->setForeground(shade > 0.5f ? Qt::white : Qt::black);
    }
}

void SweepDialog::setRunning(bool running) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_firstSetting, m_firstValues, m_useSecond, m_epochs})
        w->setEnabled(!running);
    m_secondSetting->setEnabled(!running && m_useSecond->isChecked());
    m_secondValues->setEnabled(!running && m_useSecond->isChecked());
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    if (!running) updateSummary();
}

} // namespace nw::gui
