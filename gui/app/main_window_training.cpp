// Live training in the window: the controller, its docks and the Train menu.

#include "gui/app/file_controller.h"
#include "gui/app/main_window.h"
#include "gui/app/user_prompts.h"

#include "gui/docks/palette_dock.h"
#include "gui/docks/problems_dock.h"
#include "gui/document/graph_document.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/inspector/inspector_dock.h"
#include "gui/lessons/lesson_report.h"
#include "gui/lessons/lessons_dock.h"
#include "gui/render/diagram_export.h"
#include "gui/runs/runs_dock.h"
#include "gui/runs/sweep_dialog.h"
#include "gui/training/dataset_panel.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/training/training_dock.h"
#include "gui/views/activation_view.h"
#include "gui/views/charts/metric_chart.h"
#include "gui/views/charts/metrics_dock.h"
#include "gui/views/decision_boundary_view.h"
#include "gui/views/distribution_view.h"
#include "gui/views/evaluation_view.h"
#include "gui/views/maths_view.h"
#include "gui/views/neuron_map_overlay.h"

#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>

namespace nw::gui {

namespace {
constexpr int kTrainingMessageMs = 8000;
} // namespace

void MainWindow::createTrainingDocks() {
    m_training = new TrainingController(m_document, this);
    m_trainingDock = new TrainingDock(m_document, m_training, this);
    // The Problems list checks the network against the data once it is read, and again when the loss
    // or the scaling change.
    connect(m_trainingDock->datasetPanel(), &DatasetPanel::previewReady, this, &MainWindow::updateSummary);
    connect(m_document, &ProjectDocument::trainingStateChanged, this, &MainWindow::updateSummary);
    m_metricsDock = new MetricsDock(m_training, this);
    m_runsDock = new RunsDock(m_document, m_training, m_metricsDock, this);
    m_runsDock->setConfirmDelete(
        [this](const QString& what) { return m_prompts->askDeleteRuns(this, what); });
    m_boundaryDock = new QDockWidget(tr("Decision Boundary"), this);
    m_boundaryDock->setObjectName(QStringLiteral("dock.decisionBoundary"));
    m_boundaryDock->setWidget(new DecisionBoundaryView(m_training, m_boundaryDock));
    new NeuronMapOverlay(m_scene, m_training, this);
    m_activationDock = new QDockWidget(tr("Activations"), this);
    m_activationDock->setObjectName(QStringLiteral("dock.activations"));
    m_activationDock->setWidget(
        new ActivationView(m_training, m_document->graphDocument(), m_activationDock));
    m_distributionDock = new QDockWidget(tr("Distributions"), this);
    m_distributionDock->setObjectName(QStringLiteral("dock.distributions"));
    m_distributionDock->setWidget(
        new DistributionView(m_training, m_document->graphDocument(), m_distributionDock));
    m_mathsDock = new QDockWidget(tr("Maths"), this);
    m_mathsDock->setObjectName(QStringLiteral("dock.maths"));
    m_mathsDock->setWidget(new MathsView(m_document, m_training, m_mathsDock));
    m_lessonsDock = new LessonsDock(m_document, m_training, this);
    m_lessonsDock->setBeforeReplace([this] { return m_files->maybeSave(); });
    connect(m_lessonsDock, &LessonsDock::lessonStarted, this, &MainWindow::applyAssignment);
    connect(m_lessonsDock, &LessonsDock::lessonEnded, this, &MainWindow::applyAssignment);
    connect(m_lessonsDock, &LessonsDock::reportRequested, this, &MainWindow::exportLessonReport);
    connect(m_document->graphDocument(), &GraphDocument::refused, this,
            [this](const QString& why) { statusBar()->showMessage(why, 2 * kTrainingMessageMs); });
    m_evaluationDock = new QDockWidget(tr("Evaluation"), this);
    m_evaluationDock->setObjectName(QStringLiteral("dock.evaluation"));
    m_evaluationDock->setWidget(new EvaluationView(m_training, m_evaluationDock));

    // The side panels keep the window's full height (the inspector and the training settings are
    // long); the charts, activations and evaluation share the width under the canvas; the decision
    // boundary, square, takes the place of the problems list while a 2-D data set trains.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspector, m_trainingDock);
    m_inspector->raise();
    tabifyDockWidget(m_problems, m_boundaryDock);
    m_problems->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_metricsDock);
    tabifyDockWidget(m_metricsDock, m_activationDock);
    tabifyDockWidget(m_metricsDock, m_distributionDock);
    tabifyDockWidget(m_metricsDock, m_mathsDock);
    tabifyDockWidget(m_metricsDock, m_evaluationDock);
    tabifyDockWidget(m_metricsDock, m_runsDock);
    m_metricsDock->raise();
    // Under the palette, out of the way until a lesson is chosen (Help → Lessons).
    splitDockWidget(m_palette, m_lessonsDock, Qt::Vertical);
    m_lessonsDock->hide();
    resizeDocks({m_metricsDock}, {290}, Qt::Vertical);
    resizeDocks({m_inspector, m_problems}, {3, 2}, Qt::Vertical);
    resizeDocks({m_palette, m_inspector}, {230, 300}, Qt::Horizontal); // as createDocks() left them

    QMenu* train = new QMenu(tr("T&rain"), menuBar());
    train->setObjectName(QStringLiteral("menu.train"));
    for (QAction* a : m_trainingDock->actions()) {
        if (a->objectName() == QLatin1String("train.reset")) train->addSeparator();
        train->addAction(a);
    }
    train->addSeparator();
    QAction* sweep = train->addAction(tr("S&weep…"));
    sweep->setObjectName(QStringLiteral("train.sweep"));
    sweep->setStatusTip(tr("Train one run per combination of one or two settings' values and compare them"));
    connect(sweep, &QAction::triggered, this, &MainWindow::showSweepDialog);
    // Before Help, where menus that act on the document end.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.back(), train);
    for (QDockWidget* dock :
         {static_cast<QDockWidget*>(m_trainingDock), static_cast<QDockWidget*>(m_metricsDock), m_boundaryDock,
          m_activationDock, m_distributionDock, m_mathsDock, m_evaluationDock,
          static_cast<QDockWidget*>(m_runsDock), static_cast<QDockWidget*>(m_lessonsDock)}) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("view.panel.") + dock->objectName().mid(5));
        m_panelsMenu->addAction(toggle);
    }

    connect(m_training, &TrainingController::message, this, [this](const QString& text, bool problem) {
        statusBar()->showMessage(text, problem ? 2 * kTrainingMessageMs : kTrainingMessageMs);
    });
    // Training shows its dock; the probes follow the selected layer.
    connect(m_training, &TrainingController::stateChanged, this, [this](TrainingController::State state) {
        if (state != TrainingController::State::Idle) m_trainingDock->raise();
    });
    // The first plane of a run or of an opened project shows itself; later the person decides.
    connect(m_training, &TrainingController::frameChanged, this, [this] {
        const bool plane = m_training->frame() && m_training->frame()->grid;
        if (plane && !m_planeShown) m_boundaryDock->raise();
        m_planeShown = plane;
    });
    connect(m_scene, &GraphScene::nodeSelectionChanged, this, [this] {
        const QList<quint32> ids = m_scene->selectedNodeIds();
        if (ids.size() == 1) m_training->setProbeNode(ids.first());
    });
}

void MainWindow::showSweepDialog() {
    if (!m_sweepDialog) {
        m_sweepDialog = new SweepDialog(m_document, m_training, this);
        connect(m_sweepDialog, &SweepDialog::runChosen, this, [this](int id) {
            m_runsDock->selectRuns({id});
            m_runsDock->show();
            m_runsDock->raise();
        });
    }
    m_sweepDialog->show();
    m_sweepDialog->raise();
    m_sweepDialog->activateWindow();
}

void MainWindow::showLessons() {
    m_lessonsDock->show();
    m_lessonsDock->raise();
    // A lesson is read beside the canvas: the panel takes most of the left side while it is open.
    resizeDocks({m_palette, m_lessonsDock}, {2, 3}, Qt::Vertical);
    resizeDocks({m_lessonsDock}, {330}, Qt::Horizontal);
}

bool MainWindow::startLesson(const QString& idOrFile) {
    const bool started = idOrFile.endsWith(QLatin1String(".nwlesson"))
                             ? m_lessonsDock->openLessonFile(idOrFile)
                             : m_lessonsDock->startLesson(idOrFile);
    if (started) showLessons();
    return started;
}

void MainWindow::applyAssignment() {
    const QStringList layers = m_lessonsDock->allowedLayers();
    m_document->graphDocument()->setAllowedKinds(layers);
    m_palette->setAllowedKinds(layers);
    m_trainingDock->setLockedControls(m_lessonsDock->lockedControls());
}

QString MainWindow::writeLessonReport(const QString& path, const QString& student) {
    if (!m_lessonsDock->isPlaying()) return tr("No lesson is open.");
    LessonReport report = m_lessonsDock->reportContent();
    report.student = student;
    report.date = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const nw::Project& project = m_document->project();
    report.summary = tr("%1 layers, %2 parameters; %3 epochs trained")
                         .arg(project.graph.nodes().size())
                         .arg(nw::analyzeGraph(project.graph).totalParams)
                         .arg(m_training->epochs().size());
    // The pictures go through files, as their exports write them.
    QTemporaryDir pictures;
    const QString diagram = pictures.filePath(QStringLiteral("diagram.png"));
    if (nw::gui::renderDiagram(project, diagram).ok()) report.diagram.load(diagram);
    const QString loss = pictures.filePath(QStringLiteral("loss.png"));
    const QString accuracy = pictures.filePath(QStringLiteral("accuracy.png"));
    if (m_metricsDock->lossChart()->exportPng(loss)) report.loss.load(loss);
    if (m_metricsDock->accuracyChart()->exportPng(accuracy)) report.accuracy.load(accuracy);
    return writeReport(report, path);
}

void MainWindow::exportLessonReport() {
    bool ok = false;
    const QString student =
        QInputDialog::getText(this, tr("Lesson Report"), tr("Your name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Lesson Report"), QString(),
                                                      tr("Web page (*.html);;PDF (*.pdf)"));
    if (path.isEmpty()) return;
    if (const QString error = writeLessonReport(path, student); !error.isEmpty())
        m_prompts->showError(this, tr("The report could not be written."), error);
    else
        statusBar()->showMessage(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)),
                                 kTrainingMessageMs);
}

} // namespace nw::gui
