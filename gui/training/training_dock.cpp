#include "gui/training/training_dock.h"

#include "gui/docks/child_signals.h"

#include "gui/document/project_document.h"
#include "gui/training/dataset_panel.h"
#include "gui/training/schedule_box.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace nw::gui {
namespace {

QString duration(double seconds) {
    const auto s = static_cast<qint64>(std::lround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingDock::~TrainingDock() { disconnectChildren(this); }

TrainingDock::TrainingDock(ProjectDocument* document, TrainingController* controller, QWidget* parent)
    : QDockWidget(tr("Training"), parent), m_document(document), m_controller(controller) {
    setObjectName(QStringLiteral("dock.training"));
    createActions();

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    // Two rows, so the dock stays narrow: the run's buttons, then Reset Weights on its own.
    auto* buttons = new QGridLayout;
    buttons->setHorizontalSpacing(4);
    for (int i = 0; i < m_actions.size(); ++i) {
        auto* button = new QToolButton(body);
        button->setDefaultAction(m_actions[i]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        if (i < 4)
            buttons->addWidget(button, 0, i);
        else
            buttons->addWidget(button, 1, 0, 1, 4);
    }
    layout->addLayout(buttons);
    // How fast to train: flat out, or slowly enough for a class to watch the boundary form.
    auto* speedRow = new QHBoxLayout;
    auto* speedLabel = new QLabel(tr("Speed"), body);
    m_speed = new QComboBox(body);
    m_speed->setObjectName(QStringLiteral("training.speed"));
    m_speed->setToolTip(tr("Slow the training down to watch it learn step by step; the numbers stay the "
                           "same. Can be changed while training runs."));
    m_speed->addItem(tr("As fast as possible"), 0.0);
    for (const int rate : {100, 30, 10, 3, 1})
        m_speed->addItem(rate == 1 ? tr("1 step per second") : tr("%1 steps per second").arg(rate),
                         double(rate));
    speedLabel->setBuddy(m_speed);
    speedRow->addWidget(speedLabel);
    speedRow->addWidget(m_speed, 1);
    layout->addLayout(speedRow);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setStepsPerSecond(m_speed->currentData().toDouble()); });
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("training.progress"));
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    // The pace and the time left under the bar: in it they would not fit a narrow dock.
    m_pace = new QLabel(body);
    m_pace->setObjectName(QStringLiteral("training.pace"));
    layout->addWidget(m_pace);
    m_message = new QLabel(body);
    m_message->setObjectName(QStringLiteral("training.message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* dataBox = new QGroupBox(tr("Data"), body);
    auto* dataLayout = new QVBoxLayout(dataBox);
    m_dataset = new DatasetPanel(document, dataBox);
    dataLayout->addWidget(m_dataset);
    layout->addWidget(dataBox);

    auto* settingsBox = new QGroupBox(tr("Training"), body);
    auto* form = new QFormLayout(settingsBox);
    m_loss = new QComboBox(settingsBox);
    m_loss->addItems({tr("Softmax cross-entropy"), tr("Mean squared error"), tr("Binary cross-entropy")});
    m_optimizer = new QComboBox(settingsBox);
    m_optimizer->addItems({tr("SGD"), tr("Momentum"), tr("Adam"), tr("RMSprop")});
    m_learningRate = new QDoubleSpinBox(settingsBox);
    m_learningRate->setObjectName(QStringLiteral("training.learningRate"));
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(0.000001, 10);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_learningRate->setToolTip(tr("Can be changed while training runs; takes effect at the next step"));
    m_batch = new QSpinBox(settingsBox);
    m_batch->setRange(1, 65536);
    m_epochs = new QSpinBox(settingsBox);
    m_epochs->setObjectName(QStringLiteral("training.epochs"));
    m_epochs->setRange(1, 1000000);
    m_weightDecay = new QDoubleSpinBox(settingsBox);
    m_weightDecay->setDecimals(6);
    m_weightDecay->setRange(0, 1);
    m_weightDecay->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_seed = new QSpinBox(settingsBox);
    m_seed->setRange(0, 2147483647);
    m_seed->setToolTip(tr("Draws the initial weights and the order of the samples: the same seed gives the "
                          "same numbers"));
    m_threads = new QSpinBox(settingsBox);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores"));
    form->addRow(tr("Loss"), m_loss);
    form->addRow(tr("Optimizer"), m_optimizer);
    form->addRow(tr("Learning rate"), m_learningRate);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Weight decay"), m_weightDecay);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Threads"), m_threads);
    layout->addWidget(settingsBox);
    m_schedule = new ScheduleBox(document, body);
    layout->addWidget(m_schedule);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    // Scrolled up and down only: the dock is never narrower than its widest row, so no button or label
    // is cut at the side (German's "Stopp" and "Durchsuchen…" were).
    scroll->setMinimumWidth(body->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
    setWidget(scroll);

    for (QComboBox* box : {m_loss, m_optimizer})
        connect(box, &QComboBox::activated, this, &TrainingDock::writeSettings);
    for (QSpinBox* box : {m_batch, m_epochs, m_seed, m_threads})
        connect(box, &QSpinBox::editingFinished, this, &TrainingDock::writeSettings);
    connect(m_weightDecay, &QDoubleSpinBox::editingFinished, this, &TrainingDock::writeSettings);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this](double lr) {
        if (!m_updating) m_controller->setLearningRate(lr);
    });

    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        refreshSettings();
        m_schedule->refresh();
        m_dataset->refresh();
        m_message->clear();
    });
    // Settings and data set may change from elsewhere too (a fix in the Problems list, the command line).
    connect(document, &ProjectDocument::trainingStateChanged, this, [this] {
        refreshSettings();
        m_schedule->refresh();
        m_dataset->refresh();
    });
    connect(controller, &TrainingController::stateChanged, this, &TrainingDock::updateState);
    connect(controller, &TrainingController::progressChanged, this, &TrainingDock::updateProgress);
    connect(controller, &TrainingController::message, this, &TrainingDock::showMessage);
    refreshSettings();
    updateState();
    updateProgress();
}

QAction* TrainingDock::action(const char* id) const {
    for (QAction* a : m_actions)
        if (a->objectName() == QLatin1String(id)) return a;
    return nullptr;
}

void TrainingDock::createActions() {
    const auto make = [this](const char* id, const QString& text, const QKeySequence& key,
                             const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(id));
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        m_actions << a;
        return a;
    };
    QAction* start =
        make("train.start", tr("&Train"), Qt::Key_F5, tr("Train the network, or resume a paused run"));
    QAction* pause =
        make("train.pause", tr("&Pause"), Qt::Key_F8, tr("Pause the run after the current batch"));
    QAction* step =
        make("train.step", tr("S&tep"), Qt::Key_F6, tr("Train exactly one mini-batch, then pause"));
    QAction* stop = make("train.stop", tr("St&op"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                         tr("Stop the run and keep the weights trained so far"));
    QAction* reset = make("train.reset", tr("&Reset Weights"), {},
                          tr("Forget the trained weights and the history; the next run starts afresh"));
    reset->setToolTip(reset->statusTip());
    connect(start, &QAction::triggered, m_controller, &TrainingController::start);
    connect(pause, &QAction::triggered, m_controller, &TrainingController::pause);
    connect(step, &QAction::triggered, m_controller, &TrainingController::step);
    connect(stop, &QAction::triggered, m_controller, &TrainingController::stop);
    connect(reset, &QAction::triggered, m_controller, &TrainingController::resetWeights);
}

void TrainingDock::refreshSettings() {
    const nw::TrainingSettings& t = m_document->project().training;
    m_updating = true;
    m_loss->setCurrentIndex(static_cast<int>(t.loss));
    m_optimizer->setCurrentIndex(static_cast<int>(t.optimizer.kind));
    m_learningRate->setValue(t.optimizer.learningRate);
    m_batch->setValue(static_cast<int>(t.batchSize));
    m_epochs->setValue(t.epochs);
    m_weightDecay->setValue(t.optimizer.weightDecay);
    m_seed->setValue(static_cast<int>(std::min<uint64_t>(t.seed, 2147483647)));
    m_threads->setValue(t.threads);
    m_updating = false;
}

void TrainingDock::writeSettings() {
    if (m_updating) return;
    nw::TrainingSettings t = m_document->project().training;
    t.loss = static_cast<nw::LossKind>(m_loss->currentIndex());
    t.optimizer.kind = static_cast<nw::OptimizerKind>(m_optimizer->currentIndex());
    t.batchSize = m_batch->value();
    t.epochs = m_epochs->value();
    t.optimizer.weightDecay = m_weightDecay->value();
    t.seed = static_cast<uint64_t>(m_seed->value());
    t.threads = m_threads->value();
    if (t == m_document->project().training) return;
    m_document->changeTrainingState([&t](nw::Project& p) { p.training = t; });
}

void TrainingDock::updateState() {
    using State = TrainingController::State;
    const State state = m_controller->state();
    const bool idle = state == State::Idle;
    action("train.start")->setEnabled(state != State::Running && state != State::Preparing);
    action("train.start")->setText(state == State::Paused ? tr("&Resume") : tr("&Train"));
    action("train.pause")->setEnabled(state == State::Running || state == State::Preparing);
    action("train.step")->setEnabled(state != State::Preparing);
    action("train.stop")->setEnabled(!idle);
    action("train.reset")->setEnabled(idle);
    // Settings change between runs (the learning rate also during one), unless an assignment locked them.
    const std::pair<QWidget*, bool> editors[] = {
        {m_loss, isLocked({"loss"})},
        {m_optimizer, isLocked({"optimizer"})},
        {m_batch, isLocked({"batchSize"})},
        {m_epochs, isLocked({"epochs"})},
        {m_weightDecay, isLocked({"weightDecay"})},
        {m_seed, isLocked({"seed"})},
        {m_threads, isLocked({"threads"})},
    };
    for (const auto& [editor, locked] : editors) {
        editor->setEnabled(idle && !locked);
        editor->setStatusTip(locked ? tr("Locked by the assignment") : QString());
    }
    const bool rateLocked = isLocked({"learningRate"});
    m_learningRate->setEnabled(!rateLocked);
    m_learningRate->setStatusTip(rateLocked ? tr("Locked by the assignment") : QString());
    m_dataset->setEditable(idle && !isLocked({"dataset"}));
    // The schedule box edits these together.
    m_schedule->setEditable(
        idle && !isLocked({"schedule", "warmupEpochs", "stepEpochs", "factor", "gamma", "minFactor",
                           "plateauPatience", "earlyStopping", "stopPatience", "restoreBest", "clipNorm"}));
    if (state == State::Preparing) {
        m_progress->setRange(0, 0); // busy while the data loads
    } else {
        m_progress->setRange(0, 1000);
        updateProgress();
    }
}

QString TrainingDock::progressText() const { return m_progress->format(); }

void TrainingDock::updateProgress() {
    const TrainingProgress progress = m_controller->progress();
    const nw::BatchMetrics& p = progress.last;
    if (m_controller->state() == TrainingController::State::Preparing) return;
    const double epochsDone =
        p.batchesPerEpoch > 0
            ? (p.epoch - 1) + static_cast<double>(p.batch) / static_cast<double>(p.batchesPerEpoch)
            : p.epoch;
    m_progress->setValue(progress.epochs > 0
                             ? static_cast<int>(1000 * std::clamp(epochsDone / progress.epochs, 0.0, 1.0))
                             : 0);
    QStringList where;
    where << tr("Epoch %1/%2").arg(p.epoch).arg(progress.epochs);
    if (p.batchesPerEpoch > 0 && m_controller->isTraining())
        where << tr("batch %1/%2").arg(p.batch).arg(p.batchesPerEpoch);
    m_progress->setFormat(where.join(QStringLiteral(" · ")));
    QStringList pace;
    if (p.samplesPerSecond > 0 && m_controller->isTraining())
        pace << tr("%1 samples/s")
                    .arg(QLocale().toString(static_cast<qint64>(std::lround(p.samplesPerSecond))));
    if (progress.secondsLeft >= 0 && m_controller->state() == TrainingController::State::Running)
        pace << tr("%1 left").arg(duration(progress.secondsLeft));
    m_pace->setText(pace.join(QStringLiteral(" · ")));
    m_pace->setVisible(!pace.isEmpty());
}

void TrainingDock::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void TrainingDock::setLockedControls(const QStringList& names) {
    m_locked = names;
    updateState();
}

bool TrainingDock::isLocked(std::initializer_list<const char*> controls) const {
    return std::any_of(controls.begin(), controls.end(),
                       [&](const char* control) { return m_locked.contains(QLatin1String(control)); });
}

} // namespace nw::gui
