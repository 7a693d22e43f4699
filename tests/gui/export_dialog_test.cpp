// File → Export Model: the dialog writes ONNX and PyTorch exports through engine/io and reports the
// size and the verification, or the error.

#include "gui/app/export_dialog.h"

#include "engine/io/project.h"
#include "engine/train/session.h"
#include "tests/support/consumers.h"

#include "dock_screenshot.h"
#include "scripted_prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using nw::gui::ExportDialog;

class ExportDialogTest : public QObject {
    Q_OBJECT

private:
    static nw::Project trainedXor() {
        const std::filesystem::path file = NW_SOURCE_DIR "/resources/examples/xor.nwproj";
        nw::Result<nw::Project> p = nw::loadProject(file);
        if (!p.ok()) return {};
        nw::Project project = std::move(p.value());
        project.training.epochs = 2;
        auto session = nw::TrainingSession::create(project, file.parent_path());
        if (!session.ok()) return project;
        (*session)->trainer().run();
        (*session)->storeResults(project);
        return project;
    }

private slots:
    void exportsOnnxAndReportsTheDifference() {
        const nw::Project project = trainedXor();
        QVERIFY(project.weights.has_value());
        QTemporaryDir dir;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        QCOMPARE(dialog.format(), ExportDialog::Format::Onnx);
        QCOMPARE(dialog.target(), dir.filePath(QStringLiteral("xor.onnx")));
        dialog.show();
        QVERIFY(dialog.runExport());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("xor.onnx"))));
        nw::gui::test::saveScreenshot(dialog, QStringLiteral("export-dialog"));
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("xor.onnx (")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bytes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OpenCV")), qPrintable(text));
        if (const std::string missing = nw::test::missingOpenCvDnn(); !missing.empty()) {
            QVERIFY2(text.contains(QStringLiteral("Not verified")), qPrintable(text));
            QSKIP(missing.c_str());
        }
        QVERIFY2(text.contains(QStringLiteral("largest difference")), qPrintable(text));
    }

    // The int8 option writes the int8 model and reports its size and both accuracies.
    void int8ExportReportsSizeAndAccuracy() {
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        dialog.show();
        auto* int8 = dialog.findChild<QCheckBox*>(QStringLiteral("export.int8"));
        QVERIFY(int8 && int8->isVisible());
        int8->setChecked(true);
        QVERIFY(dialog.runExport());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("xor.onnx"))));
        nw::gui::test::saveScreenshot(dialog, QStringLiteral("export-dialog-int8"));
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("2 layers compute in int8; the file is ")), qPrintable(text));
        if (const std::string missing = nw::test::missingOpenCvDnn(); !missing.empty()) QSKIP(missing.c_str());
        QVERIFY2(text.contains(QStringLiteral("ran the int8 model on 100 validation samples of xor: accuracy ")),
                 qPrintable(text));
        // PyTorch code has no int8 form: the option is for ONNX only.
        dialog.setFormat(ExportDialog::Format::Pytorch);
        QVERIFY(!int8->isVisible());
    }

    void exportsPytorchIntoAFolder() {
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        dialog.setFormat(ExportDialog::Format::Pytorch);
        QCOMPARE(dialog.target(), dir.filePath(QStringLiteral("xor_pytorch")));
        QVERIFY(dialog.runExport());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("xor_pytorch/model.py"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("xor_pytorch/train.py"))));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("model.py")), qPrintable(dialog.resultText()));
        if (const std::string missing = nw::test::missingPythonModule("torch"); !missing.empty()) {
            QVERIFY2(dialog.resultText().contains(QStringLiteral("Not verified")),
                     qPrintable(dialog.resultText()));
            QSKIP(missing.c_str());
        }
        // The export ran check.py with PyTorch (/usr/bin/python3 with python3-torch).
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Verified with PyTorch")),
                 qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("largest difference")),
                 qPrintable(dialog.resultText()));
    }

    void aFailingCheckIsAFailure() {
        if (const std::string missing = nw::test::missingPython(); !missing.empty()) QSKIP(missing.c_str());
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        // check.py imports this torch.py in place of PyTorch's.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("xor_pytorch")));
        QFile fake(dir.filePath(QStringLiteral("xor_pytorch/torch.py")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("raise RuntimeError('not the real torch')\n");
        fake.close();
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        dialog.setFormat(ExportDialog::Format::Pytorch);
        QVERIFY(!dialog.runExport());
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("The verification failed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not the real torch")), qPrintable(text));
    }

    // Starts, in a shown `dialog`, a PyTorch export into `dir` whose check.py never finishes (it
    // imports a torch.py that sleeps in place of PyTorch's), and waits until it verifies.
    static void startABlockedVerification(ExportDialog& dialog, const QTemporaryDir& dir) {
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("xor_pytorch")));
        QFile fake(dir.filePath(QStringLiteral("xor_pytorch/torch.py")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("import time\ntime.sleep(3600)\n");
        fake.close();
        dialog.setFormat(ExportDialog::Format::Pytorch);
        dialog.show();
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        // The window stays live meanwhile: the step under way is shown as it begins.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.stepText().contains(QStringLiteral("PyTorch")), 120000);
    }

    void cancelStopsTheVerificationAndKeepsTheDialog() {
        if (const std::string missing = nw::test::missingPython(); !missing.empty()) QSKIP(missing.c_str());
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        nw::gui::test::ScriptedPrompts prompts;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        dialog.setPrompts(&prompts);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        startABlockedVerification(dialog, dir);
        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        cancel->click();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("verification was cancelled")),
                 qPrintable(dialog.resultText()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("xor_pytorch/model.py"))));
        QVERIFY(prompts.stopQuestions.isEmpty()); // Cancel means cancel: nothing to ask
        QVERIFY(dialog.isVisible());
        QCOMPARE(cancel->text(), QStringLiteral("Close"));
    }

    void closingDuringAnExportAsksThenStopsIt() {
        if (const std::string missing = nw::test::missingPython(); !missing.empty()) QSKIP(missing.c_str());
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        nw::gui::test::ScriptedPrompts prompts;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        dialog.setPrompts(&prompts);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        startABlockedVerification(dialog, dir);

        prompts.stopAnswer = false; // "Keep Running"
        dialog.reject();
        QCOMPARE(prompts.stopQuestions, QStringList{QStringLiteral("An export is under way.")});
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isExporting());

        prompts.stopAnswer = true;
        dialog.reject();
        QVERIFY(finished.wait(120000));
        QVERIFY(!dialog.isExporting());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void aFailureIsReportedAndNothingIsWritten() {
        const nw::Project project = trainedXor();
        QTemporaryDir dir;
        ExportDialog dialog(project, dir.path(), dir.filePath(QStringLiteral("xor")));
        const QString target = dir.filePath(QStringLiteral("missing/xor.onnx"));
        dialog.setTarget(target);
        QVERIFY(!dialog.runExport());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("failed")), qPrintable(dialog.resultText()));
    }
};

QTEST_MAIN(ExportDialogTest)
#include "export_dialog_test.moc"
