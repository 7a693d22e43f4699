#include "gui/lessons/assignment_dialog.h"

#include "gui/document/project_document.h"
#include "gui/lessons/lesson_session.h"
#include "gui/lessons/lesson_text.h"
#include "gui/lessons/lessons_dock.h"
#include "gui/render/engine_text.h"

#include "engine/io/project.h"
#include "engine/layers/registry.h"
#include "engine/train/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nw::gui {
namespace {

// The controls an assignment can lock, as the lesson file names them, with their labels.
const std::pair<const char*, const char*> kLockable[] = {
    {"dataset", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Data set")},
    {"loss", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Loss")},
    {"optimizer", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Optimizer")},
    {"learningRate", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Learning rate")},
    {"batchSize", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Batch size")},
    {"epochs", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Epochs")},
    {"weightDecay", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Weight decay")},
    {"seed", QT_TRANSLATE_NOOP("nw::gui::AssignmentDialog", "Seed")},
};

QListWidget* checkList(QWidget* parent, const QString& objectName) {
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

QListWidgetItem* addCheck(QListWidget* list, const QString& text, const QString& key, bool checked) {
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedKeys(const QListWidget* list) {
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) keys << list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace

AssignmentDialog::AssignmentDialog(ProjectDocument* document, LessonsDock* lessons, QWidget* parent)
    : QDialog(parent), m_document(document), m_lessons(lessons) {
    setObjectName(QStringLiteral("dialog.assignment"));
    setWindowTitle(tr("Save as Assignment"));
    const LessonSession* playing = lessons->session();

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("assignment.title"));
    m_title->setText(playing
                         ? lessonText(playing->lesson.title)
                         : tr("Assignment: %1").arg(QFileInfo(document->displayName()).completeBaseName()));
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setObjectName(QStringLiteral("assignment.instructions"));
    m_instructions->setPlaceholderText(tr("What the students should do (Markdown)"));
    m_accuracyGoal = new QCheckBox(tr("Validation accuracy at least"), this);
    m_accuracyGoal->setObjectName(QStringLiteral("assignment.accuracyGoal"));
    m_accuracyGoal->setChecked(true);
    m_accuracy = new QDoubleSpinBox(this);
    m_accuracy->setObjectName(QStringLiteral("assignment.accuracy"));
    m_accuracy->setRange(1, 100);
    m_accuracy->setValue(90);
    m_accuracy->setSuffix(QStringLiteral(" %"));
    m_parameterGoal = new QCheckBox(tr("At most this many parameters"), this);
    m_parameterGoal->setObjectName(QStringLiteral("assignment.parameterGoal"));
    m_parameters = new QSpinBox(this);
    m_parameters->setObjectName(QStringLiteral("assignment.parameters"));
    m_parameters->setRange(1, 2'000'000'000);
    m_parameters->setValue(1000);
    m_locked = checkList(this, QStringLiteral("assignment.locked"));
    for (const auto& [key, label] : kLockable)
        addCheck(m_locked, tr(label), QString::fromLatin1(key),
                 QLatin1String(key) == QLatin1String("dataset"));
    m_layers = checkList(this, QStringLiteral("assignment.layers"));
    for (const nw::LayerInfo& info : nw::layerRegistry().all()) {
        const QString name = QString::fromStdString(info.name);
        addCheck(m_layers, name, name, true);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    if (playing) {
        auto* kept = new QLabel(tr("The steps and goals of the lesson being played are kept."), this);
        kept->setWordWrap(true);
        form->addRow(tr("Steps"), kept);
        m_instructions->hide();
        m_accuracyGoal->hide();
        m_accuracy->hide();
        m_parameterGoal->hide();
        m_parameters->hide();
    } else {
        form->addRow(tr("Instructions"), m_instructions);
        auto* accuracy = new QHBoxLayout;
        accuracy->addWidget(m_accuracyGoal);
        accuracy->addWidget(m_accuracy);
        form->addRow(tr("Goals"), accuracy);
        auto* parameters = new QHBoxLayout;
        parameters->addWidget(m_parameterGoal);
        parameters->addWidget(m_parameters);
        form->addRow(QString(), parameters);
    }
    auto* lists = new QHBoxLayout;
    auto* lockedBox = new QVBoxLayout;
    lockedBox->addWidget(new QLabel(tr("Locked for the students"), this));
    lockedBox->addWidget(m_locked);
    auto* layersBox = new QVBoxLayout;
    layersBox->addWidget(new QLabel(tr("Layer kinds they may use"), this));
    layersBox->addWidget(m_layers);
    auto* onlyUsed = new QPushButton(tr("Only Those in the Network"), this);
    onlyUsed->setObjectName(QStringLiteral("assignment.onlyUsed"));
    layersBox->addWidget(onlyUsed);
    lists->addLayout(lockedBox);
    lists->addLayout(layersBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(560, 560);

    connect(onlyUsed, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_layers->count(); ++i) {
            QListWidgetItem* item = m_layers->item(i);
            const nw::LayerInfo* info =
                nw::layerRegistry().find(item->data(Qt::UserRole).toString().toStdString());
            const bool used = std::any_of(
                m_document->project().graph.nodes().begin(), m_document->project().graph.nodes().end(),
                [&](const nw::Node& node) { return info && node.kind == info->kind; });
            item->setCheckState(used ? Qt::Checked : Qt::Unchecked);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AssignmentDialog::~AssignmentDialog() = default;

QString AssignmentDialog::saveTo(const QString& path) const {
    nw::Lesson lesson;
    if (const LessonSession* playing = m_lessons->session()) lesson = playing->lesson;
    // An unchanged title stays the lesson's own, so it is translated for each student like its steps.
    const QString title = m_title->text().trimmed();
    if (title != lessonText(lesson.title)) lesson.title = title.toStdString();
    if (lesson.title.empty()) return tr("The assignment needs a title.");
    lesson.id = QFileInfo(path).completeBaseName().toStdString();
    if (lesson.summary.empty()) lesson.summary = lesson.title;
    // The students start from the network, not from its training.
    lesson.project = m_document->project();
    nw::TrainingSession::clearResults(lesson.project);
    lesson.project.runs.clear();
    if (!m_lessons->session()) {
        nw::LessonStep step;
        step.title = lesson.title;
        step.text = m_instructions->toPlainText().toStdString();
        if (!step.text.empty() && step.text.back() != '\n') step.text += '\n';
        if (m_accuracyGoal->isChecked()) {
            nw::LessonGoal goal;
            goal.kind = nw::GoalKind::Metric;
            goal.name = "validationAccuracy";
            goal.atLeast = m_accuracy->value() / 100;
            step.goals.push_back(goal);
        }
        if (m_parameterGoal->isChecked()) {
            nw::LessonGoal goal;
            goal.kind = nw::GoalKind::Parameters;
            goal.atMost = m_parameters->value();
            step.goals.push_back(goal);
        }
        if (step.goals.empty()) return tr("Tick at least one goal: it is what the hand-ins are graded on.");
        lesson.steps = {step};
    }
    nw::AssignmentLocks locks;
    for (const QString& key : checkedKeys(m_locked)) locks.locked.push_back(key.toStdString());
    const QStringList layers = checkedKeys(m_layers);
    if (layers.size() < m_layers->count()) {
        auto& kinds = locks.layers.emplace();
        for (const QString& name : layers)
            if (const nw::LayerInfo* info = nw::layerRegistry().find(name.toStdString()))
                kinds.push_back(info->kind);
    }
    lesson.assignment = locks;
    const nw::Status saved = nw::saveLesson(lesson, QFile::encodeName(path).toStdString());
    return saved.ok() ? QString() : diagnosticDescription(saved.error());
}

void AssignmentDialog::chooseFileAndSave() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Assignment"), QString(),
                                                      tr("Neuroweave lessons (*.nwlesson)"));
    if (path.isEmpty()) return;
    const QString target =
        path.endsWith(QLatin1String(".nwlesson")) ? path : path + QStringLiteral(".nwlesson");
    if (const QString error = saveTo(target); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save as Assignment"), error);
        return;
    }
    accept();
}

} // namespace nw::gui
