// The Runs panel in the real main window: three runs of the spirals example with three learning
// rates, compared in the table (differences highlighted, numeric sorting, notes), overlaid on the
// charts, exported as CSV, restored and deleted.
#include "gui/app/main_window.h"
#include "gui/document/project_document.h"
#include "gui/runs/runs_dock.h"
#include "gui/training/training_controller.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"

#include "dock_screenshot.h"
#include "scripted_prompts.h"
#include "training_fixture.h"

#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace nw::gui;
using namespace nw::gui::test;

class RunsDockTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompts* m_prompts = nullptr;

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>(nullptr, m_settings.get());
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        window->setPrompts(std::move(prompts));
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) qFatal("the window was not shown");
        return window;
    }

    static void trainRun(MainWindow& window, double learningRate) {
        TrainingController* controller = window.training();
        controller->resetWeights();
        window.document()->changeTrainingState([learningRate](nw::Project& p) {
            p.training.epochs = 100;
            p.training.threads = 1;
            p.training.optimizer.learningRate = learningRate;
        });
        controller->start();
        trainToEnd(*controller);
    }

    static int column(QTableWidget* table, const QString& name) {
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == name) return c;
        return -1;
    }

    static int rowOfRun(QTableWidget* table, int id) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toInt() == id) return r;
        return -1;
    }

private slots:
    void init() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void threeRunsAreComparedOverlaidExportedRestoredAndDeleted() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        for (const double rate : {0.003, 0.01, 0.03}) trainRun(*window, rate);
        const nw::Project& project = window->document()->project();
        QCOMPARE(project.runs.size(), size_t(3));
        QCOMPARE(*project.currentRun, 3);

        RunsDock* runs = window->runsDock();
        QTableWidget* table = runs->table();
        QCOMPARE(table->rowCount(), 3);
        const int rate = column(table, QStringLiteral("learningRate"));
        QVERIFY(rate >= 0);
        QCOMPARE(table->item(rowOfRun(table, 1), rate)->text(), QStringLiteral("0.003"));
        // Compared with the current run: the other two rates differ, the batch size does not.
        QVERIFY(table->item(rowOfRun(table, 1), rate)->background().style() != Qt::NoBrush);
        QVERIFY(table->item(rowOfRun(table, 3), rate)->background().style() == Qt::NoBrush);
        const int batch = column(table, QStringLiteral("batchSize"));
        QVERIFY(table->item(rowOfRun(table, 1), batch)->background().style() == Qt::NoBrush);
        QVERIFY(table->item(rowOfRun(table, 3), 0)->text().contains(QStringLiteral("current")));

        // Numbers sort as numbers.
        const int accuracy = column(table, QStringLiteral("val. loss"));
        table->sortItems(accuracy, Qt::AscendingOrder);
        double previous = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            const double value = table->item(r, accuracy)->text().toDouble();
            QVERIFY(value >= previous);
            previous = value;
        }

        // The two other runs over the live curves of the current one.
        runs->selectRuns({1, 2});
        MetricsDock* metrics = window->metricsDock();
        QCOMPARE(metrics->overlayCount(), 2);
        QCOMPARE(metrics->lossChart()->seriesCount(), 3 + 2);
        QCOMPARE(metrics->lossChart()->data(3).size(), 100);
        metrics->raise();
        saveScreenshot(*window, QStringLiteral("runs-overlay"));
        runs->raise();
        saveScreenshot(*runs, QStringLiteral("runs-table"));

        // A note is kept in the project.
        QTableWidgetItem* note = table->item(rowOfRun(table, 2), table->columnCount() - 1);
        note->setText(QStringLiteral("the example's rate"));
        QCOMPARE(window->document()->project().runs[1].note, std::string("the example's rate"));

        const QString csv = m_dir.filePath(QStringLiteral("runs.csv"));
        QVERIFY(runs->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3 + 2); // header, three runs, and the empty text after the last line break
        QVERIFY(lines[0].startsWith("run,outcome,epochs trained"));
        QVERIFY(lines[2].contains("the example's rate"));

        // Restoring run 1 brings its rate back; its weights were not kept, so the next run starts fresh.
        runs->restoreRun(1);
        QCOMPARE(window->document()->project().training.optimizer.learningRate, 0.003);
        QVERIFY(!window->document()->project().weights);

        m_prompts->deleteAnswer = false;
        runs->deleteRuns({2});
        QCOMPARE(window->document()->project().runs.size(), size_t(3));
        m_prompts->deleteAnswer = true;
        runs->deleteRuns({2});
        QCOMPARE(m_prompts->deleteQuestions.size(), 2);
        QCOMPARE(window->document()->project().runs.size(), size_t(2));
        QCOMPARE(table->rowCount(), 2);
    }
};

QTEST_MAIN(RunsDockTest)
#include "runs_dock_test.moc"
