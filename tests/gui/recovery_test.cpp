#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/recovery/autosaver.h"
#include "gui/training/training_controller.h"

#include "child_process.h"
#include "sample_projects.h"
#include "scripted_prompts.h"
#include "training_fixture.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <memory>

using nw::gui::Autosaver;
using nw::gui::ProjectDocument;
using nw::gui::TrainingController;
using namespace nw::gui::test;

namespace {

// The argument that makes this program the designer that gets killed (see killedDesigner).
constexpr auto kKilledDesignerArg = "--edit-save-a-copy-and-die";

QByteArray serialized(const ProjectDocument& doc) {
    return QByteArray::fromStdString(nw::serializeProject(doc.project()));
}

// The argument that makes this program the designer killed in the middle of a training run.
constexpr auto kKilledTrainingArg = "--train-checkpoint-and-die";
// Epochs of the run killed in the middle, and its pace: slow enough that the first checkpoint is far
// from the run's end, so the kill always interrupts it.
constexpr int kKilledRunEpochs = 40;
constexpr double kKilledRunStepsPerSecond = 100;

// An unsaved edit.
nw::Status renameFirstLayer(ProjectDocument& doc, const QString& name) {
    return doc.graphDocument()->rename(doc.project().graph.nodes().front().id.value, name);
}

// The files in the recovery folder, sorted by name.
QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files, QDir::Name); }

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The one recovery copy in `folder` (its .nwproj), empty when there is not exactly one.
QString onlyCopy(const QString& folder) {
    const QStringList copies = QDir(folder).entryList({QStringLiteral("*.nwproj")}, QDir::Files);
    return copies.size() == 1 ? QDir(folder).filePath(copies.first()) : QString();
}

// Opens `projectPath`, renames its first layer (an unsaved edit), writes the recovery copy, writes
// the document's bytes to `editedPath` and is killed with SIGKILL: no destructor runs, as after a
// crash.
int killedDesigner(const QString& folder, const QString& projectPath, const QString& editedPath) {
    ProjectDocument doc;
    if (!doc.open(projectPath)) return 3;
    Autosaver autosaver(&doc, folder, Autosaver::kDefaultIntervalSeconds);
    if (!renameFirstLayer(doc, QStringLiteral("renamed"))) return 4;
    if (!autosaver.writeIfChanged()) return 5;
    QFile edited(editedPath);
    if (!edited.open(QIODevice::WriteOnly) || edited.write(serialized(doc)) < 0) return 6;
    edited.close();
    std::raise(SIGKILL);
    return 7;
}

// Opens `projectPath` (saved: no unsaved changes), trains it until the run's first checkpoint is in
// the recovery copy and is killed with SIGKILL, mid-run.
int killedDuringTraining(const QString& folder, const QString& projectPath) {
    ProjectDocument doc;
    if (!doc.open(projectPath)) return 3;
    Autosaver autosaver(&doc, folder, Autosaver::kDefaultIntervalSeconds);
    TrainingController training(&doc);
    autosaver.followTraining(&training);
    training.setStepsPerSecond(kKilledRunStepsPerSecond);
    QSignalSpy written(&autosaver, &Autosaver::copyWritten);
    training.start();
    while (written.isEmpty() && training.isTraining()) written.wait(100);
    if (written.isEmpty()) {
        std::fprintf(stderr, "the run ended without a checkpoint in the recovery folder\n");
        return 4;
    }
    if (!training.isTraining()) return 5; // the run ended before the kill: nothing was tested
    std::raise(SIGKILL);
    return 7;
}

} // namespace

class RecoveryTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString folder() const { return m_dir.filePath(QStringLiteral("recovery")); }
    QString projectPath() const { return m_dir.filePath(QStringLiteral("tiny.nwproj")); }

    // Runs killedDesigner in a child process; returns the document it was editing when it was killed.
    QByteArray runKilledDesigner() {
        const QString editedPath = m_dir.filePath(QStringLiteral("edited.bytes"));
        QFile::remove(editedPath);
        const nw::ChildProcessResult child =
            runChild(QCoreApplication::applicationFilePath(),
                     {QLatin1String(kKilledDesignerArg), folder(), projectPath(), editedPath});
        if (child.exitCode != 128 + SIGKILL) {
            qWarning("the child exited with %d instead of being killed: %s", child.exitCode,
                     child.output.c_str());
            return {};
        }
        QFile edited(editedPath);
        return edited.open(QIODevice::ReadOnly) ? edited.readAll() : QByteArray();
    }

private slots:
    void init() {
        QDir(folder()).removeRecursively();
        writeSampleProject(projectPath());
    }

    void aCopyFollowsUnsavedChangesAndGoesWithTheSave() {
        ProjectDocument doc;
        QVERIFY(doc.open(projectPath()));
        Autosaver autosaver(&doc, folder(), 1);
        QSignalSpy written(&autosaver, &Autosaver::copyWritten);
        QVERIFY(renameFirstLayer(doc, QStringLiteral("renamed")));

        // The timer writes it; however long a loaded machine takes, the test waits for the signal.
        QTRY_VERIFY_WITH_TIMEOUT(written.count() > 0, 120000);
        QCOMPARE(readAll(onlyCopy(folder())), serialized(doc));
        const QStringList files = filesIn(folder());
        QCOMPARE(files.size(), 3); // the copy, its info and its lock
        const QString info = QDir(folder()).filePath(files.filter(QStringLiteral(".json")).value(0));
        const QJsonObject object = QJsonDocument::fromJson(readAll(info)).object();
        QCOMPARE(object.value(QStringLiteral("originalPath")).toString(), doc.filePath());
        QVERIFY(QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)
                    .isValid());

        // Nothing new: no new copy.
        QVERIFY(autosaver.writeIfChanged());
        QCOMPARE(written.count(), 1);
        // Another edit: a new copy replaces the old one.
        QVERIFY(renameFirstLayer(doc, QStringLiteral("again")));
        QVERIFY(autosaver.writeIfChanged());
        QCOMPARE(written.count(), 2);
        QCOMPARE(readAll(onlyCopy(folder())), serialized(doc));

        QVERIFY(doc.save());
        QCOMPARE(filesIn(folder()), QStringList());
    }

    void undoingBackToTheSavedStateRemovesTheCopy() {
        ProjectDocument doc;
        QVERIFY(doc.open(projectPath()));
        Autosaver autosaver(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        QVERIFY(renameFirstLayer(doc, QStringLiteral("renamed")));
        QVERIFY(autosaver.writeIfChanged());
        QVERIFY(!onlyCopy(folder()).isEmpty());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(filesIn(folder()), QStringList());
    }

    void aCleanExitLeavesNoFiles() {
        ProjectDocument doc;
        QVERIFY(doc.open(projectPath()));
        auto autosaver = std::make_unique<Autosaver>(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        doc.markModified();
        QVERIFY(autosaver->writeIfChanged());
        QCOMPARE(filesIn(folder()).size(), 3);
        autosaver.reset();
        QCOMPARE(filesIn(folder()), QStringList());
    }

    void aRunningDesignersCopyIsNotOffered() {
        ProjectDocument running;
        QVERIFY(running.open(projectPath()));
        Autosaver runningSaver(&running, folder(), Autosaver::kDefaultIntervalSeconds);
        running.markModified();
        QVERIFY(runningSaver.writeIfChanged());

        ProjectDocument starting;
        Autosaver startingSaver(&starting, folder(), Autosaver::kDefaultIntervalSeconds);
        ScriptedPrompts prompts;
        prompts.restoreRecovered = true;
        QVERIFY(!startingSaver.offerRecovered(&prompts, nullptr));
        QCOMPARE(prompts.recoveryOffers, QStringList());
        QCOMPARE(filesIn(folder()).size(), 3); // still the running designer's
    }

    void aKilledDesignersCopyIsRestoredByteForByte() {
        const QByteArray edited = runKilledDesigner();
        QVERIFY(!edited.isEmpty());
        QVERIFY(edited != readAll(projectPath())); // the edit was never saved
        QCOMPARE(filesIn(folder()).size(), 3);     // its lock is left behind too

        ProjectDocument doc;
        Autosaver autosaver(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        ScriptedPrompts prompts;
        prompts.restoreRecovered = true;
        QVERIFY(autosaver.offerRecovered(&prompts, nullptr));
        QCOMPARE(prompts.recoveryOffers, QStringList{QStringLiteral("tiny.nwproj")});
        QCOMPARE(serialized(doc), edited);
        QCOMPARE(doc.filePath(), QFileInfo(projectPath()).absoluteFilePath());
        QVERIFY(doc.isModified()); // restored, not yet saved

        // The killed designer's copy is gone; this designer's own holds the restored project.
        QCOMPARE(readAll(onlyCopy(folder())), edited);
        QVERIFY(autosaver.folder().hasOwnCopy());
        // Offered once only.
        ProjectDocument later;
        Autosaver laterSaver(&later, folder(), Autosaver::kDefaultIntervalSeconds);
        QVERIFY(!laterSaver.offerRecovered(&prompts, nullptr));
        QCOMPARE(prompts.recoveryOffers.size(), 1);
    }

    void aDiscardedCopyIsDeleted() {
        QVERIFY(!runKilledDesigner().isEmpty());
        ProjectDocument doc;
        Autosaver autosaver(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        ScriptedPrompts prompts;
        QVERIFY(!autosaver.offerRecovered(&prompts, nullptr));
        QCOMPARE(prompts.recoveryOffers.size(), 1);
        QCOMPARE(doc.layerCount(), 0);
        QVERIFY(!doc.isModified());
        QCOMPARE(filesIn(folder()), QStringList());
    }

    // A designer killed during a run leaves the run's last checkpoint as its copy; restored, Train
    // takes the run up from that epoch and ends as if it had never been interrupted.
    void aRunKilledMidwayContinuesFromItsCheckpoint() {
        {
            ProjectDocument doc;
            openExample(doc, "spirals.nwproj", kKilledRunEpochs);
            QVERIFY(doc.saveAs(projectPath()).ok());
        }
        const nw::ChildProcessResult child =
            runChild(QCoreApplication::applicationFilePath(),
                     {QLatin1String(kKilledTrainingArg), folder(), projectPath()});
        QVERIFY2(child.exitCode == 128 + SIGKILL, child.output.c_str());

        ProjectDocument doc;
        Autosaver autosaver(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        ScriptedPrompts prompts;
        prompts.restoreRecovered = true;
        QVERIFY(autosaver.offerRecovered(&prompts, nullptr));
        {
            const nw::Project& recovered = doc.project();
            QVERIFY(recovered.weights && recovered.trainingState);
            QVERIFY(!recovered.history.epochs.empty());
            QVERIFY(recovered.history.epochs.size() < size_t(kKilledRunEpochs));
            QCOMPARE(recovered.runs.size(), size_t(1));
            QVERIFY(recovered.runs.front().outcome == nw::RunOutcome::Stopped);
        }
        TrainingController training(&doc);
        training.start();
        trainToEnd(training);
        QCOMPARE(doc.project().history.epochs.size(), size_t(kKilledRunEpochs));
        QCOMPARE(doc.project().runs.size(), size_t(1)); // the same run, taken up
        QVERIFY(doc.project().runs.front().outcome == nw::RunOutcome::Completed);

        ProjectDocument uninterrupted;
        QVERIFY(uninterrupted.open(projectPath()).ok());
        TrainingController whole(&uninterrupted);
        whole.start();
        trainToEnd(whole);
        QVERIFY(uninterrupted.project().weights == doc.project().weights);
        QCOMPARE(uninterrupted.project().history.epochs.back().trainLoss,
                 doc.project().history.epochs.back().trainLoss);
    }

    void anUnfinishedCopyIsRemovedWithoutAsking() {
        QVERIFY(QDir().mkpath(folder()));
        // A copy whose designer died before it wrote the info beside it.
        writeText(QDir(folder()).filePath(QStringLiteral("1-999999.nwproj")), readAll(projectPath()));
        ProjectDocument doc;
        Autosaver autosaver(&doc, folder(), Autosaver::kDefaultIntervalSeconds);
        ScriptedPrompts prompts;
        prompts.restoreRecovered = true;
        QVERIFY(!autosaver.offerRecovered(&prompts, nullptr));
        QCOMPARE(prompts.recoveryOffers, QStringList());
        QCOMPARE(filesIn(folder()), QStringList());
    }
};

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    if (argc == 5 && QByteArray(argv[1]) == kKilledDesignerArg)
        return killedDesigner(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                              QString::fromLocal8Bit(argv[4]));
    if (argc == 4 && QByteArray(argv[1]) == kKilledTrainingArg)
        return killedDuringTraining(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    RecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "recovery_test.moc"
