// The Runs panel in the real main window: three runs of the spirals example with three learning
// rates, compared in the table (differences highlighted, numeric sorting, notes), overlaid on the
// charts, exported as CSV, restored and deleted.
#include "gui/app/main_window.h"
#include "gui/document/project_document.h"
#include "gui/runs/runs_dock.h"
#include "gui/runs/sweep_dialog.h"
#include "gui/runs/sweep_runner.h"
#include "gui/training/training_controller.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"

#include "dock_screenshot.h"
#include "scripted_prompts.h"
#include "training_fixture.h"
#include "window_fixture.h"

#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace nw::gui;
using namespace nw::gui::test;

class RunsDockTest : public QObject, private WindowFixture {
    Q_OBJECT

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
    void init() { resetSettings(); }

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

    // Train → Sweep… with two learning rates and two batch sizes trains four runs, the first setting
    // varying slowest; the grid fills in with each run's best validation accuracy, shaded darker for
    // better, and a double-click shows that run in the Runs panel.
    void aSweepTrainsEveryCombinationAsARun() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        window->document()->changeTrainingState([](nw::Project& p) { p.training.threads = 1; });
        window->findChild<QAction*>(QStringLiteral("train.sweep"))->trigger();
        auto* dialog = window->findChild<SweepDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setAxes(QStringLiteral("learningRate"), QStringLiteral("0.003,0.03"),
                        QStringLiteral("batchSize"), QStringLiteral("16,32"));
        dialog->findChild<QSpinBox*>(QStringLiteral("sweep.epochs"))->setValue(20);
        QVERIFY2(dialog->summary().startsWith(QStringLiteral("4 run")), qPrintable(dialog->summary()));
        QSignalSpy finished(dialog->runner(), &SweepRunner::finished);
        dialog->findChild<QPushButton*>(QStringLiteral("sweep.start"))->click();
        QVERIFY(dialog->runner()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QCOMPARE(finished.first().at(1).toBool(), false);

        const nw::Project& project = window->document()->project();
        QCOMPARE(project.runs.size(), size_t(4));
        const std::pair<double, int> expected[] = {{0.003, 16}, {0.003, 32}, {0.03, 16}, {0.03, 32}};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(project.runs[i].training.optimizer.learningRate, expected[i].first);
            QCOMPARE(project.runs[i].training.batchSize, expected[i].second);
            QCOMPARE(project.runs[i].history.epochs.size(), size_t(20));
        }
        QCOMPARE(dialog->runner()->runIds(), (QVector<int>{1, 2, 3, 4}));
        // The project holds the last run, with its settings.
        QCOMPARE(project.currentRun, std::optional<int>(4));
        QCOMPARE(project.training.batchSize, 32);

        QTableWidget* grid = dialog->grid();
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->columnCount(), 2);
        QCOMPARE(grid->verticalHeaderItem(1)->text(), QStringLiteral("learningRate 0.03"));
        QCOMPARE(grid->horizontalHeaderItem(0)->text(), QStringLiteral("batchSize 16"));
        const QTableWidgetItem *best = nullptr, *worst = nullptr;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) {
                const QTableWidgetItem* cell = grid->item(r, c);
                QVERIFY2(cell->text().endsWith(QLatin1Char('%')), qPrintable(cell->text()));
                const double value = cell->text().chopped(1).toDouble();
                if (!best || value > best->text().chopped(1).toDouble()) best = cell;
                if (!worst || value < worst->text().chopped(1).toDouble()) worst = cell;
            }
        if (best->text() != worst->text())
            QVERIFY(best->background().color().lightness() < worst->background().color().lightness());
        saveScreenshot(*dialog, QStringLiteral("sweep-dialog"));

        emit grid->cellDoubleClicked(0, 1);
        QCOMPARE(window->runsDock()->selectedRuns(), QList<int>{2});
    }

    // A value the project file refuses is said before anything trains; Stop ends a sweep after the
    // run under way, which is kept.
    void aSweepRefusesBadValuesAndStops() {
        auto window = makeWindow();
        QVERIFY(window->openFile(exampleProject("spirals.nwproj")));
        SweepDialog dialog(window->document(), window->training());
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("sweep.start"));
        dialog.setAxes(QStringLiteral("learningRate"), QStringLiteral("0.1..1:1"));
        QVERIFY2(dialog.summary().contains(QStringLiteral("lo..hi:N")), qPrintable(dialog.summary()));
        QVERIFY(!start->isEnabled());
        dialog.setAxes(QStringLiteral("learningRate"), QStringLiteral("0.1,-1"));
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(!dialog.runner()->isRunning());
        QVERIFY2(dialog.status().contains(QStringLiteral("learningRate")), qPrintable(dialog.status()));
        QVERIFY(window->document()->project().runs.empty());

        window->training()->setStepsPerSecond(200); // the first run lasts while it is stopped
        dialog.setAxes(QStringLiteral("learningRate"), QStringLiteral("0.01,0.02,0.03"));
        QSignalSpy finished(dialog.runner(), &SweepRunner::finished);
        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->training()->steps().isEmpty(), 60000);
        dialog.findChild<QPushButton*>(QStringLiteral("sweep.stop"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(dialog.status(), QStringLiteral("Sweep stopped after 1 of 3 runs."));
        QCOMPARE(window->document()->project().runs.size(), size_t(1));
        QVERIFY(window->document()->project().runs.front().outcome == nw::RunOutcome::Stopped);
        QVERIFY(start->isEnabled());
    }
};

QTEST_MAIN(RunsDockTest)
#include "runs_dock_test.moc"
