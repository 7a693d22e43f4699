// Presenter mode: the window made for a projector and the back of a classroom.

#include "gui/app/main_window.h"

#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/lessons/lessons_dock.h"
#include "gui/training/training_dock.h"
#include "gui/views/charts/metrics_dock.h"

#include <QAction>
#include <QDockWidget>

namespace nw::gui {
namespace {

// Text half as large again and a bit more: what a projected 1280×720 screen needs to be read from
// the back of a room (checked on a picture scaled down to 30%).
constexpr double kPresenterFontScale = 1.6;
// Cards at 130 %: their names as large as the panels' text.
constexpr double kPresenterZoom = 1.3;

} // namespace

void MainWindow::setPresenterMode(bool on) {
    if (on == m_presenter) return;
    m_presenter = on;
    if (auto* toggle = findChild<QAction*>(QStringLiteral("view.presenter"));
        toggle && toggle->isChecked() != on)
        toggle->setChecked(on);
    if (on) {
        m_beforePresenter = {saveState(kLayoutVersion), font(), m_view->zoom()};
        QFont large = font();
        large.setPointSizeF(large.pointSizeF() * kPresenterFontScale);
        setFont(large);
        // What a demonstration needs: the network, the training controls, the curves and the plane
        // (and the lesson being taught); the editing panels come back when the mode ends.
        const QList<QDockWidget*> shown = {m_trainingDock, m_metricsDock, m_boundaryDock};
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            if (!shown.contains(dock) && !(dock == m_lessonsDock && m_lessonsDock->isPlaying())) dock->hide();
        for (QDockWidget* dock : shown) dock->show();
        m_trainingDock->raise();
        m_metricsDock->raise();
        // The larger text needs wider side panels and taller charts.
        resizeDocks({m_trainingDock}, {width() * 2 / 5}, Qt::Horizontal);
        resizeDocks({m_metricsDock}, {height() * 11 / 20}, Qt::Vertical);
        resizeDocks({m_trainingDock, m_boundaryDock}, {1, 1}, Qt::Vertical);
        m_scene->setPresenterMode(true);
        m_view->setReadableZoom(kPresenterZoom);
        m_view->showNetwork();
    } else {
        setFont(m_beforePresenter.font);
        m_scene->setPresenterMode(false);
        restoreState(m_beforePresenter.state, kLayoutVersion);
        m_view->setReadableZoom(GraphView::kReadableZoom);
        m_view->setZoom(m_beforePresenter.zoom);
    }
}

} // namespace nw::gui
