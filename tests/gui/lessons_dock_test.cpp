// The Lessons panel in the real main window: a built-in lesson started from the list, its goals
// ticking green as a run meets them, hints, Back and Next, and the unsaved-changes question before a
// lesson replaces the project.
#include "gui/app/main_window.h"
#include "gui/app/translations.h"
#include "gui/docks/palette_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/graph_fragment.h"
#include "gui/document/project_document.h"
#include "gui/lessons/assignment_dialog.h"
#include "gui/lessons/goal_text.h"
#include "gui/lessons/lesson_text.h"
#include "gui/lessons/lessons_dock.h"
#include "gui/training/training_controller.h"
#include "gui/training/training_dock.h"

#include "engine/lesson/builtin_lessons.h"
#include "engine/lesson/goals.h"
#include "engine/lesson/lesson.h"

#include "dock_screenshot.h"
#include "sample_projects.h"
#include "scripted_prompts.h"
#include "speaking.h"
#include "training_fixture.h"
#include "window_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

using namespace nw::gui;
using namespace nw::gui::test;

class LessonsDockTest : public QObject, private WindowFixture {
    Q_OBJECT

    static void train(MainWindow& window) {
        window.document()->changeTrainingState([](nw::Project& p) { p.training.threads = 1; });
        window.training()->start();
        trainToEnd(*window.training());
        window.lessonsDock()->evaluateNow();
    }

private slots:
    void init() { resetSettings(); }

    void theXorLessonIsPlayedStepByStep() {
        auto window = makeWindow();
        LessonsDock* dock = window->lessonsDock();
        QVERIFY(dock->isHidden());
        window->findChild<QAction*>(QStringLiteral("help.lessons"))->trigger();
        QVERIFY(dock->isVisible());
        auto* list = dock->findChild<QListWidget*>(QStringLiteral("lessons.list"));
        QCOMPARE(list->count(), static_cast<int>(nw::builtinLessons().size()));
        list->setCurrentRow(1); // xor
        dock->findChild<QPushButton*>(QStringLiteral("lessons.start"))->click();
        QVERIFY(dock->isPlaying());
        QCOMPARE(window->document()->project().graph, nw::findBuiltinLesson("xor")->project.graph);
        QVERIFY(!window->document()->isModified());
        QCOMPARE(dock->stepTitle(), QStringLiteral("Step 1 of 3: A line cannot do it"));
        QCOMPARE(dock->goalsMet(), (QList<bool>{false, false}));

        QSignalSpy completed(dock, &LessonsDock::stepCompleted);
        train(*window);
        QCOMPARE(dock->goalsMet(), (QList<bool>{true, true}));
        QCOMPARE(completed.size(), 1);
        saveScreenshot(*dock, QStringLiteral("lessons-dock"));

        auto* next = dock->findChild<QPushButton*>(QStringLiteral("lessons.next"));
        next->click();
        QCOMPARE(dock->step(), 1);
        QCOMPARE(dock->goalTexts(), (QStringList{QStringLiteral("Hidden layers: at least 1"),
                                                 QStringLiteral("Uses a Tanh layer"),
                                                 QStringLiteral("Validation accuracy at least 95.0%")}));
        QCOMPARE(dock->goalsMet(), (QList<bool>{false, false, false}));
        QVERIFY(dock->hintText().isEmpty());
        dock->showHint();
        QVERIFY(dock->hintText().contains(QStringLiteral("Drop a wire")));
        dock->showHint();
        QVERIFY(dock->hintText().contains(QStringLiteral("2 neurons")));

        // The student's edit (the scripted solution's network), one undoable step, then Train: the
        // network changed, so a new run from fresh weights.
        const nw::LessonStep& step = nw::findBuiltinLesson("xor")->steps[1];
        window->document()->graphDocument()->replaceGraph(*step.solution->graph,
                                                          QStringLiteral("Add a hidden layer"));
        dock->evaluateNow();
        QCOMPARE(dock->goalsMet(), (QList<bool>{true, true, false}));
        train(*window);
        QCOMPARE(dock->goalsMet(), (QList<bool>{true, true, true}));
        QCOMPARE(completed.size(), 2);
        // Undo takes the network back: the goals follow.
        window->document()->undoStack()->undo();
        dock->evaluateNow();
        QCOMPARE(dock->goalsMet().mid(0, 2), (QList<bool>{false, false}));

        dock->back();
        QCOMPARE(dock->step(), 0);
        QVERIFY(!dock->findChild<QPushButton*>(QStringLiteral("lessons.back"))->isEnabled());
    }

    // An assignment (a lesson file with locks): the palette offers only its layer kinds, another kind
    // added or pasted is refused with the reason, the locked settings cannot be edited; leaving the
    // assignment unlocks everything.
    void anAssignmentsLocksHoldAgainstTheDesigner() {
        std::string text;
        for (const nw::EmbeddedLesson& file : nw::embeddedLessons())
            if (file.fileName == "02-xor.nwlesson") text = std::string(file.text);
        const std::string minutes = "\"minutes\": 30,";
        QVERIFY(text.find(minutes) != std::string::npos);
        text.replace(text.find(minutes), minutes.size(),
                     minutes + R"( "assignment": {"locked": ["learningRate", "epochs", "dataset"],
                                  "layers": ["Input", "Dense", "Tanh", "Softmax"]},)");
        const QString path = writeText(m_dir.filePath(QStringLiteral("xor-homework.nwlesson")),
                                       QByteArray::fromStdString(text));

        auto window = makeWindow();
        QVERIFY2(window->startLesson(path), qPrintable(window->lessonsDock()->errorText()));
        QCOMPARE(window->lessonsDock()->lockedControls(),
                 (QStringList{QStringLiteral("learningRate"), QStringLiteral("epochs"),
                              QStringLiteral("dataset")}));
        QCOMPARE(window->palette()->visibleKinds(),
                 (QStringList{QStringLiteral("Input"), QStringLiteral("Dense"), QStringLiteral("Tanh"),
                              QStringLiteral("Softmax")}));
        GraphDocument* graph = window->document()->graphDocument();
        QSignalSpy refused(graph, &GraphDocument::refused);
        const int layers = window->document()->layerCount();
        QCOMPARE(graph->addNode(QStringLiteral("ReLU"), {0, 300}), 0u);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("does not use ReLU layers")));
        nw::Graph other;
        other.addNode(nw::LayerKind::Dropout, "dropout");
        QVERIFY(graph
                    ->paste(nw::gui::extractFragment(other, {other.nodes().front().id}), {0, 0},
                            QStringLiteral("Paste"))
                    .isEmpty());
        QCOMPARE(refused.size(), 2);
        QCOMPARE(window->document()->layerCount(), layers);
        QVERIFY(graph->addNode(QStringLiteral("Tanh"), {0, 300}) != 0);

        TrainingDock* training = window->trainingDock();
        QVERIFY(!training->findChild<QDoubleSpinBox*>(QStringLiteral("training.learningRate"))->isEnabled());
        QVERIFY(!training->findChild<QSpinBox*>(QStringLiteral("training.epochs"))->isEnabled());
        QVERIFY(!training->findChild<QComboBox*>(QStringLiteral("training.dataset.source"))->isEnabled());
        QVERIFY(training->findChild<QComboBox*>(QStringLiteral("training.schedule"))->isEnabled());

        window->lessonsDock()->showList();
        QVERIFY(training->findChild<QDoubleSpinBox*>(QStringLiteral("training.learningRate"))->isEnabled());
        QVERIFY(window->palette()->visibleKinds().contains(QStringLiteral("ReLU")));
        QVERIFY(graph->addNode(QStringLiteral("ReLU"), {0, 400}) != 0);
    }

    // The student's one-page report: name, lesson, the network and curves as pictures, every step's
    // goals met or not; as a standalone HTML file or a PDF, and nothing written when it cannot be.
    void aStudentExportsAReport() {
        auto window = makeWindow();
        QVERIFY(window->startLesson(QStringLiteral("xor")));
        train(*window);
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(window->writeLessonReport(html, QStringLiteral("Ada <Lovelace>")), QString());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(text.contains(QStringLiteral("Why a hidden layer? XOR")));
        QVERIFY(text.contains(QStringLiteral("Ada &lt;Lovelace&gt;")));
        QCOMPARE(text.count(QStringLiteral("<img src=\"data:image/png;base64,")),
                 3); // diagram, loss, accuracy
        // After the first step's training: its two goals, and three of the third step's (no Tanh, 30
        // epochs, below 80%); not the second step's three nor the third's hidden layer.
        QCOMPARE(text.count(QStringLiteral("✔ met")), 5);
        QCOMPARE(text.count(QStringLiteral("✘ not met")), 4);
        QVERIFY(text.contains(QStringLiteral("Uses a Tanh layer")));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(window->writeLessonReport(pdf, QStringLiteral("Ada")), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 10000); // with its pictures

        // To be looked at, as the screenshots are.
        if (const QString shots = qEnvironmentVariable("NW_SCREENSHOT_DIR"); !shots.isEmpty())
            window->writeLessonReport(QDir(shots).filePath(QStringLiteral("lesson-report.pdf")),
                                      QStringLiteral("Ada"));

        const QString nowhere = m_dir.filePath(QStringLiteral("missing-folder/report.html"));
        QVERIFY(!window->writeLessonReport(nowhere, QStringLiteral("Ada")).isEmpty());
        QVERIFY(!QFile::exists(nowhere));
    }

    // The teacher's side: the open network saved as an assignment with its goals and locks; the file
    // reads back as a lesson of one step, without the teacher's trained weights.
    void aTeacherSavesAnAssignment() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("xor.nwproj")));
        window->document()->changeTrainingState([](nw::Project& p) {
            p.training.threads = 1;
            p.training.epochs = 2;
        });
        window->training()->start();
        trainToEnd(*window->training());
        QVERIFY(window->document()->project().weights);
        AssignmentDialog dialog(window->document(), window->lessonsDock(), window.get());
        dialog.findChild<QLineEdit*>(QStringLiteral("assignment.title"))
            ->setText(QStringLiteral("XOR homework"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("assignment.instructions"))
            ->setPlainText(QStringLiteral("Reach 95% with at most 50 parameters."));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("assignment.accuracy"))->setValue(95);
        dialog.findChild<QCheckBox*>(QStringLiteral("assignment.parameterGoal"))->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("assignment.parameters"))->setValue(50);
        auto* locked = dialog.findChild<QListWidget*>(QStringLiteral("assignment.locked"));
        for (int i = 0; i < locked->count(); ++i)
            if (locked->item(i)->data(Qt::UserRole).toString() == QLatin1String("learningRate"))
                locked->item(i)->setCheckState(Qt::Checked);
        dialog.findChild<QPushButton*>(QStringLiteral("assignment.onlyUsed"))->click();
        dialog.show();
        saveScreenshot(dialog, QStringLiteral("assignment-dialog"));

        const QString path = m_dir.filePath(QStringLiteral("xor-homework.nwlesson"));
        QCOMPARE(dialog.saveTo(path), QString());
        const nw::Result<nw::Lesson> saved = nw::loadLesson(QFile::encodeName(path).toStdString());
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().describe().c_str());
        QCOMPARE(saved->title, std::string("XOR homework"));
        QCOMPARE(saved->id, std::string("xor-homework"));
        QCOMPARE(saved->steps.size(), size_t(1));
        QCOMPARE(saved->steps[0].goals.size(), size_t(2));
        QCOMPARE(*saved->steps[0].goals[0].atLeast, 0.95);
        QCOMPARE(*saved->steps[0].goals[1].atMost, 50.0);
        QVERIFY(!saved->project.weights && saved->project.runs.empty() &&
                saved->project.history.epochs.empty());
        QCOMPARE(saved->project.graph, window->document()->project().graph);
        QVERIFY(saved->assignment->isLocked("dataset") && saved->assignment->isLocked("learningRate"));
        QVERIFY(!saved->assignment->isLocked("epochs"));
        QVERIFY(saved->assignment->allows(nw::LayerKind::Tanh) &&
                !saved->assignment->allows(nw::LayerKind::ReLU));

        // A student opens it: the locks hold.
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->startLesson(path));
        QCOMPARE(window->lessonsDock()->stepCount(), 1);
        QVERIFY(!window->palette()->visibleKinds().contains(QStringLiteral("ReLU")));
        QVERIFY(!window->trainingDock()
                     ->findChild<QDoubleSpinBox*>(QStringLiteral("training.learningRate"))
                     ->isEnabled());
        QCOMPARE(dialog.saveTo(m_dir.filePath(QStringLiteral("missing/x.nwlesson"))).isEmpty(), false);
    }

    // Goals without their own text are described through the translation system: in English exactly
    // as the engine (and so the CLI) describes them, in German in German.
    void goalsAreDescribedInTheInterfacesLanguage() {
        // Numbers as English writes them, whatever the machine's locale.
        const QLocale machine;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(machine); });
        for (const nw::Lesson& lesson : nw::builtinLessons())
            for (const nw::LessonStep& step : lesson.steps)
                for (nw::LessonGoal goal : step.goals) {
                    goal.text.clear();
                    QCOMPARE(goalInWords(goal), QString::fromStdString(nw::describeGoal(goal)));
                }
        nw::LessonGoal uses;
        uses.kind = nw::GoalKind::Uses;
        uses.layer = nw::LayerKind::Tanh;
        const Speaking german{QLocale(QLocale::German, QLocale::Germany)};
        QVERIFY(german.ok);
        QCOMPARE(goalInWords(uses), QStringLiteral("Verwendet eine Tanh-Schicht"));
    }

    // Every text of every built-in lesson has its German entry (so the texts lupdate was given are
    // the texts the engine reads, joined the same way), and the panel shows them.
    void builtinLessonsAreTranslated() {
        const Speaking german{QLocale(QLocale::German, QLocale::Germany)};
        QVERIFY(german.ok);
        int texts = 0;
        const auto check = [&](const std::string& text) {
            ++texts;
            if (!Speaking::hasEntry("Lesson", text.c_str()))
                QFAIL(qPrintable(QStringLiteral("No German for: ") + QString::fromStdString(text)));
        };
        for (const nw::Lesson& lesson : nw::builtinLessons()) {
            check(lesson.title);
            check(lesson.summary);
            for (const nw::LessonStep& step : lesson.steps) {
                check(step.title);
                check(step.text);
                for (const std::string& hint : step.hints) check(hint);
                for (const nw::LessonGoal& goal : step.goals)
                    if (!goal.text.empty()) check(goal.text);
            }
        }
        QVERIFY(texts > 80);
        QCOMPARE(lessonText("A line of a teacher's own lesson"),
                 QStringLiteral("A line of a teacher's own lesson"));

        auto window = makeWindow();
        QVERIFY(window->startLesson(QStringLiteral("xor")));
        QCOMPARE(window->lessonsDock()->stepTitle(),
                 QStringLiteral("Schritt 1 von 3: Eine Gerade schafft es nicht"));
        QVERIFY(window->lessonsDock()->goalTexts().contains(
            QStringLiteral("Die Validierungsgenauigkeit bleibt unter 80 %")));
        const auto* text = window->lessonsDock()->findChild<QTextBrowser*>(QStringLiteral("lessons.text"));
        QVERIFY(text && text->toPlainText().startsWith(QStringLiteral("In den XOR-Daten")));
    }

    void aLessonAsksBeforeReplacingUnsavedWork() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        window->document()->markModified();
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!window->startLesson(QStringLiteral("activations")));
        QVERIFY(!window->lessonsDock()->isPlaying());
        QVERIFY(window->document()->filePath().endsWith(QStringLiteral("spirals.nwproj")));
        m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->startLesson(QStringLiteral("activations")));
        QVERIFY(window->document()->filePath().isEmpty());
        QVERIFY(!window->startLesson(QStringLiteral("no-such-lesson")));
        QVERIFY(window->lessonsDock()->errorText().contains(QStringLiteral("no-such-lesson")));
    }
};

QTEST_MAIN(LessonsDockTest)
#include "lessons_dock_test.moc"
