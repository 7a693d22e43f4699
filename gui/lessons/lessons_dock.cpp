#include "gui/lessons/lessons_dock.h"

#include "gui/docks/child_signals.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/lessons/goal_text.h"
#include "gui/lessons/lesson_report.h"
#include "gui/lessons/lesson_session.h"
#include "gui/lessons/lesson_text.h"
#include "gui/render/engine_text.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nw::gui {
namespace {

constexpr int kLessonIdRole = Qt::UserRole;
// Goals are evaluated at most this often while a run pours in steps.
constexpr int kEvaluationDelayMs = 150;
const QColor kMet(30, 130, 60);

// A round mark for a goal: green with a tick when met, an empty ring while not.
QIcon goalIcon(bool met) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (met) {
        p.setBrush(kMet);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(2, 2, 28, 28));
        p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(9, 17), QPointF(14, 22), QPointF(23, 11)}));
    } else {
        p.setPen(QPen(QColor(150, 150, 150), 3));
        p.drawEllipse(QRectF(3, 3, 26, 26));
    }
    return QIcon(pixmap);
}

// The history the goals look at: the run under way as the controller holds it.
nw::MetricHistory liveHistory(const TrainingController& training) {
    nw::MetricHistory history;
    history.batchLosses.reserve(static_cast<size_t>(training.steps().size()));
    for (const nw::BatchMetrics& b : training.steps())
        history.batchLosses.push_back(static_cast<float>(b.loss));
    for (const EpochPoint& e : training.epochs()) history.epochs.push_back(e);
    return history;
}

} // namespace

LessonsDock::~LessonsDock() { disconnectChildren(this); }

LessonsDock::LessonsDock(ProjectDocument* document, TrainingController* training, QWidget* parent)
    : QDockWidget(tr("Lessons"), parent), m_document(document), m_training(training) {
    setObjectName(QStringLiteral("dock.lessons"));
    m_pages = new QStackedWidget;

    // The list of lessons.
    auto* listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(listPage);
    auto* intro = new QLabel(tr("Each lesson opens a ready network and walks through one idea in a few "
                                "steps; its goals tick green as you reach them."));
    intro->setWordWrap(true);
    m_lessons = new QListWidget;
    m_lessons->setObjectName(QStringLiteral("lessons.list"));
    m_lessons->setWordWrap(true);
    m_lessons->setSpacing(2);
    auto* startButton = new QPushButton(tr("Start Lesson"));
    startButton->setObjectName(QStringLiteral("lessons.start"));
    auto* fileButton = new QPushButton(tr("Open Lesson File…"));
    fileButton->setObjectName(QStringLiteral("lessons.openFile"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(fileButton);
    listButtons->addStretch();
    listButtons->addWidget(startButton);
    listLayout->addWidget(intro);
    listLayout->addWidget(m_lessons, 1);
    listLayout->addLayout(listButtons);

    // The lesson being played.
    auto* playPage = new QWidget;
    auto* playLayout = new QVBoxLayout(playPage);
    m_lessonTitle = new QLabel;
    m_lessonTitle->setObjectName(QStringLiteral("lessons.title"));
    m_lessonTitle->setWordWrap(true);
    QFont titleFont = m_lessonTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_lessonTitle->setFont(titleFont);
    m_stepHeading = new QLabel;
    m_stepHeading->setObjectName(QStringLiteral("lessons.step"));
    m_stepHeading->setWordWrap(true);
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("lessons.text"));
    m_text->setOpenExternalLinks(false);
    auto* goalsLabel = new QLabel(tr("Goals"));
    QFont bold = goalsLabel->font();
    bold.setBold(true);
    goalsLabel->setFont(bold);
    m_goals = new QListWidget;
    m_goals->setObjectName(QStringLiteral("lessons.goals"));
    m_goals->setWordWrap(true);
    m_goals->setSelectionMode(QAbstractItemView::NoSelection);
    m_goals->setFocusPolicy(Qt::NoFocus);
    m_goals->setIconSize(QSize(18, 18));
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("lessons.done"));
    m_done->setWordWrap(true);
    m_done->setStyleSheet(
        QStringLiteral("QLabel { background: #dff3e4; color: #1e5c30; padding: 4px; border-radius: 3px; }"));
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("lessons.hint"));
    m_hint->setWordWrap(true);
    m_hintButton = new QPushButton(tr("Hint"));
    m_hintButton->setObjectName(QStringLiteral("lessons.hintButton"));
    m_back = new QPushButton(tr("Back"));
    m_back->setObjectName(QStringLiteral("lessons.back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("lessons.next"));
    auto* report = new QPushButton(tr("Report…"));
    report->setObjectName(QStringLiteral("lessons.report"));
    report->setToolTip(tr("A one-page report with your name, the network, the curves and the goals met, as "
                          "HTML or PDF"));
    connect(report, &QPushButton::clicked, this, &LessonsDock::reportRequested);
    auto* allLessons = new QPushButton(tr("All Lessons"));
    allLessons->setObjectName(QStringLiteral("lessons.all"));
    // Two rows, so five buttons do not set the width of the window's whole left column (in French
    // and German they would ask for more than a 1280-pixel screen leaves for it).
    auto* places = new QHBoxLayout;
    places->addWidget(allLessons);
    places->addWidget(report);
    places->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_hintButton);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    playLayout->addWidget(m_lessonTitle);
    playLayout->addWidget(m_stepHeading);
    playLayout->addWidget(m_text, 3);
    playLayout->addWidget(goalsLabel);
    playLayout->addWidget(m_goals, 2);
    playLayout->addWidget(m_done);
    playLayout->addWidget(m_hint);
    playLayout->addLayout(buttons);
    playLayout->addLayout(places);

    m_pages->addWidget(listPage);
    m_pages->addWidget(playPage);
    setWidget(m_pages);
    fillList();

    m_evaluation.setSingleShot(true);
    m_evaluation.setInterval(kEvaluationDelayMs);
    connect(&m_evaluation, &QTimer::timeout, this, &LessonsDock::evaluateNow);
    connect(startButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_lessons->currentItem())
            startLesson(item->data(kLessonIdRole).toString());
    });
    connect(m_lessons, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { startLesson(item->data(kLessonIdRole).toString()); });
    connect(fileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson"), QString(),
                                                          tr("Neuroweave lessons (*.nwlesson)"));
        if (!path.isEmpty()) openLessonFile(path);
    });
    connect(allLessons, &QPushButton::clicked, this, &LessonsDock::showList);
    connect(m_hintButton, &QPushButton::clicked, this, &LessonsDock::showHint);
    connect(m_back, &QPushButton::clicked, this, &LessonsDock::back);
    connect(m_next, &QPushButton::clicked, this, &LessonsDock::next);
    // Anything a goal looks at: the network, the settings and runs, the run under way.
    connect(document->graphDocument(), &GraphDocument::analysisChanged, this,
            &LessonsDock::scheduleEvaluation);
    connect(document, &ProjectDocument::trainingStateChanged, this, &LessonsDock::scheduleEvaluation);
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        // Another project opened over the lesson's: the lesson is over.
        if (!m_starting) showList();
    });
    connect(training, &TrainingController::metricsAppended, this, &LessonsDock::scheduleEvaluation);
    connect(training, &TrainingController::historyReset, this, &LessonsDock::scheduleEvaluation);
    connect(training, &TrainingController::stateChanged, this, &LessonsDock::scheduleEvaluation);
}

void LessonsDock::fillList() {
    for (const nw::Lesson& lesson : nw::builtinLessons()) {
        auto* item = new QListWidgetItem(tr("%1\n%2 · about %3 minutes")
                                             .arg(lessonText(lesson.title), lessonText(lesson.summary))
                                             .arg(lesson.minutes),
                                         m_lessons);
        item->setData(kLessonIdRole, QString::fromStdString(lesson.id));
    }
    if (m_lessons->count() > 0) m_lessons->setCurrentRow(0);
}

bool LessonsDock::startLesson(const QString& id) {
    const nw::Lesson* lesson = nw::findBuiltinLesson(id.toStdString());
    if (!lesson) {
        m_error = tr("There is no lesson “%1”.").arg(id);
        return false;
    }
    return start(std::make_unique<LessonSession>(LessonSession{*lesson}));
}

bool LessonsDock::openLessonFile(const QString& path) {
    nw::Result<nw::Lesson> lesson = nw::loadLesson(QFile::encodeName(path).toStdString());
    if (!lesson.ok()) {
        m_error = tr("The lesson %1 cannot be opened: %2").arg(path, diagnosticDescription(lesson.error()));
        return false;
    }
    return start(std::make_unique<LessonSession>(LessonSession{std::move(*lesson)}));
}

bool LessonsDock::start(std::unique_ptr<LessonSession> session) {
    if (m_beforeReplace && !m_beforeReplace()) return false;
    m_error.clear();
    m_session = std::move(session);
    m_starting = true;
    m_document->adopt(m_session->lesson.project);
    m_starting = false;
    m_lessonTitle->setText(lessonText(m_session->lesson.title));
    m_pages->setCurrentIndex(1);
    showStep();
    emit lessonStarted();
    return true;
}

void LessonsDock::showList() {
    const bool ended = m_session != nullptr;
    m_session.reset();
    m_pages->setCurrentIndex(0);
    if (ended) emit lessonEnded();
}

QStringList LessonsDock::lockedControls() const {
    QStringList controls;
    if (m_session && m_session->lesson.assignment)
        for (const std::string& name : m_session->lesson.assignment->locked)
            controls << QString::fromStdString(name);
    return controls;
}

QStringList LessonsDock::allowedLayers() const {
    QStringList kinds;
    if (m_session && m_session->lesson.assignment && m_session->lesson.assignment->layers)
        for (const nw::LayerKind kind : *m_session->lesson.assignment->layers)
            kinds << QString::fromStdString(nw::layerRegistry().info(kind).name);
    return kinds;
}

int LessonsDock::step() const { return m_session ? m_session->step : 0; }

int LessonsDock::stepCount() const { return m_session ? m_session->stepCount() : 0; }

void LessonsDock::next() {
    if (!m_session || m_session->step + 1 >= m_session->stepCount()) return;
    ++m_session->step;
    showStep();
}

void LessonsDock::back() {
    if (!m_session || m_session->step == 0) return;
    --m_session->step;
    showStep();
}

void LessonsDock::showHint() {
    if (!m_session) return;
    const auto& hints = m_session->current().hints;
    if (m_session->hintsShown >= static_cast<int>(hints.size())) return;
    ++m_session->hintsShown;
    QStringList shown;
    for (int i = 0; i < m_session->hintsShown; ++i)
        shown << tr("Hint: %1").arg(lessonText(hints[static_cast<size_t>(i)]));
    m_hint->setText(shown.join(QLatin1Char('\n')));
    m_hint->setVisible(true);
    m_hintButton->setEnabled(m_session->hintsShown < static_cast<int>(hints.size()));
}

void LessonsDock::showStep() {
    const nw::LessonStep& step = m_session->current();
    m_session->hintsShown = 0;
    m_stepHeading->setText(tr("Step %1 of %2: %3")
                               .arg(m_session->step + 1)
                               .arg(m_session->stepCount())
                               .arg(lessonText(step.title)));
    m_text->setMarkdown(lessonText(step.text));
    m_hint->clear();
    m_hint->setVisible(false);
    m_hintButton->setEnabled(!step.hints.empty());
    m_back->setEnabled(m_session->step > 0);
    m_next->setEnabled(m_session->step + 1 < m_session->stepCount());
    m_goals->clear();
    for (const nw::LessonGoal& goal : step.goals)
        new QListWidgetItem(goalIcon(false), goalInWords(goal), m_goals);
    m_stepDone = false;
    evaluateNow();
}

void LessonsDock::scheduleEvaluation() {
    if (m_session && !m_evaluation.isActive()) m_evaluation.start();
}

void LessonsDock::evaluateNow() {
    m_evaluation.stop();
    if (!m_session) return;
    const nw::MetricHistory history = liveHistory(*m_training);
    const std::vector<nw::GoalResult> results = m_session->evaluate({m_document->project(), history});
    bool all = !results.empty();
    for (int i = 0; i < m_goals->count() && i < static_cast<int>(results.size()); ++i) {
        const nw::GoalResult& result = results[static_cast<size_t>(i)];
        QListWidgetItem* item = m_goals->item(i);
        item->setIcon(goalIcon(result.met));
        item->setForeground(result.met ? QBrush(kMet) : palette().brush(QPalette::Text));
        item->setData(Qt::UserRole, result.met);
        item->setToolTip(tr("Now: %1").arg(QString::fromStdString(result.now)));
        all = all && result.met;
    }
    const bool last = m_session->step + 1 >= m_session->stepCount();
    m_done->setText(last ? tr("Every goal is met: you have finished this lesson.")
                         : tr("Every goal of this step is met: press Next when you are ready."));
    m_done->setVisible(all);
    m_next->setDefault(all);
    if (all && !m_stepDone) emit stepCompleted(m_session->step);
    m_stepDone = all;
}

LessonReport LessonsDock::reportContent() const {
    LessonReport report;
    if (!m_session) return report;
    report.lessonTitle = lessonText(m_session->lesson.title);
    const nw::MetricHistory history = liveHistory(*m_training);
    const nw::GoalState state{m_document->project(), history};
    for (const nw::LessonStep& step : m_session->lesson.steps) {
        LessonReport::Step& shown = report.steps.emplace_back();
        shown.title = lessonText(step.title);
        for (const nw::LessonGoal& goal : step.goals) {
            const nw::GoalResult result = nw::evaluateGoal(goal, state);
            shown.goals.append({goalInWords(goal), result.met, QString::fromStdString(result.now)});
        }
    }
    return report;
}

QString LessonsDock::stepTitle() const { return m_stepHeading->text(); }

QList<bool> LessonsDock::goalsMet() const {
    QList<bool> met;
    for (int i = 0; i < m_goals->count(); ++i) met << m_goals->item(i)->data(Qt::UserRole).toBool();
    return met;
}

QStringList LessonsDock::goalTexts() const {
    QStringList texts;
    for (int i = 0; i < m_goals->count(); ++i) texts << m_goals->item(i)->text();
    return texts;
}

QString LessonsDock::hintText() const { return m_hint->text(); }

} // namespace nw::gui
