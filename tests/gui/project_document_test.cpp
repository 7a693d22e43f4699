#include "gui/document/project_document.h"

#include "sample_projects.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using nw::gui::ProjectDocument;
using namespace nw::gui::test;

class ProjectDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void startsUntitledAndClean() {
        ProjectDocument doc;
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.layerCount(), 0);
    }

    void openTakesTheFilesProjectAndPath() {
        QTemporaryDir dir;
        const QString path = writeSampleProject(dir.filePath(QStringLiteral("tiny.nwproj")));
        ProjectDocument doc;
        QSignalSpy replaced(&doc, &ProjectDocument::projectReplaced);
        QSignalSpy pathChanged(&doc, &ProjectDocument::filePathChanged);

        const nw::Status opened = doc.open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().describe().c_str());
        QCOMPARE(doc.project(), sampleProject());
        QCOMPARE(doc.filePath(), path);
        QCOMPARE(doc.displayName(), QStringLiteral("tiny.nwproj"));
        QCOMPARE(doc.layerCount(), 3);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(pathChanged.count(), 1);
        QVERIFY(!doc.isModified());
    }

    void relativeDataPathsResolveInTheFilesFolder() {
        ProjectDocument doc;
        QCOMPARE(doc.folder(), QDir::currentPath()); // untitled: where the program runs
        QTemporaryDir dir;
        const QString path = writeSampleProject(dir.filePath(QStringLiteral("tiny.nwproj")));
        QVERIFY(doc.open(path).ok());
        QCOMPARE(doc.folder(), QFileInfo(path).absolutePath());
    }

    void failedOpenChangesNothing() {
        QTemporaryDir dir;
        const QString good = writeSampleProject(dir.filePath(QStringLiteral("good.nwproj")));
        const QString bad =
            writeText(dir.filePath(QStringLiteral("bad.nwproj")), "{\"format\": 1, \"graph\": [");
        ProjectDocument doc;
        QVERIFY(doc.open(good).ok());
        doc.undoStack()->push(new NoopCommand);
        QSignalSpy replaced(&doc, &ProjectDocument::projectReplaced);

        const nw::Status opened = doc.open(bad);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().describe().empty());
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.project(), sampleProject());
        QVERIFY(doc.isModified()); // the unsaved edit survives too
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(replaced.count(), 0);

        QVERIFY(!doc.open(dir.filePath(QStringLiteral("missing.nwproj"))).ok());
        QCOMPARE(doc.filePath(), good);
    }

    void undoStackDrivesTheModifiedFlag() {
        ProjectDocument doc;
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        doc.undoStack()->push(new NoopCommand);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        doc.markModified();
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 3);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
        QCOMPARE(modified.at(2).at(0).toBool(), true);
    }

    void saveAsWritesTheProjectAndAdoptsThePath() {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(doc.open(writeSampleProject(dir.filePath(QStringLiteral("a.nwproj")))).ok());
        doc.markModified();
        QSignalSpy pathChanged(&doc, &ProjectDocument::filePathChanged);

        const QString copy = dir.filePath(QStringLiteral("b.nwproj"));
        QVERIFY(doc.saveAs(copy).ok());
        QCOMPARE(doc.filePath(), copy);
        QCOMPARE(pathChanged.count(), 1);
        QVERIFY(!doc.isModified());

        const nw::Result<nw::Project> reloaded = nw::loadProject(QFile::encodeName(copy).toStdString());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value(), doc.project());
    }

    void failedSaveKeepsPathAndChanges() {
        QTemporaryDir dir;
        ProjectDocument doc;
        const QString path = writeSampleProject(dir.filePath(QStringLiteral("a.nwproj")));
        QVERIFY(doc.open(path).ok());
        doc.markModified();

        const nw::Status saved = doc.saveAs(dir.filePath(QStringLiteral("no/such/dir/b.nwproj")));
        QVERIFY(!saved.ok());
        QCOMPARE(doc.filePath(), path);
        QVERIFY(doc.isModified());
    }

    void resetForgetsFileAndHistory() {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(doc.open(writeSampleProject(dir.filePath(QStringLiteral("a.nwproj")))).ok());
        doc.undoStack()->push(new NoopCommand);
        doc.reset();
        QVERIFY(doc.filePath().isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.layerCount(), 0);
    }
};

QTEST_MAIN(ProjectDocumentTest)
#include "project_document_test.moc"
