#pragma once

#include "gui/views/charts/series_data.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QString>
#include <QVector>
#include <QWidget>

#include <vector>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;

namespace nw::gui {

class ChartInteraction;

// One chart of training metrics over steps: several series, each kept whole in a SeriesData and
// drawn decimated to the part in view. Linear or logarithmic y axis, smoothing of the per-step
// series, rubber-band and wheel zoom, drag to pan, a double-click to see everything again, a
// read-out of the values under the mouse, and export as PNG, SVG or CSV. This is the only class that
// knows Qt Charts (deprecated after Qt 6.10): everything else talks to this interface.
class MetricChart : public QWidget {
    Q_OBJECT

public:
    enum class Style { Line, FaintLine, LineWithPoints };

    explicit MetricChart(const QString& title, const QString& yTitle, QWidget* parent = nullptr);
    ~MetricChart() override;

    // Adds a series and returns its index. Smoothing applies to `smoothable` series only.
    int addSeries(const QString& name, const QColor& colour, Style style, bool smoothable);
    void append(int series, const QVector<QPointF>& points);
    // Removes the series from index `first` on (the overlaid runs, replaced when the choice changes).
    void removeSeriesFrom(int first);
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    void clear();
    // Redraws what changed since the last call, at most ~7 times a second (a later call is
    // deferred, not dropped); cheap when nothing changed.
    void refresh();

    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    void setSmoothing(double factor);
    // Shows all data again after a zoom or pan.
    void resetZoom();
    // Zooms to [xMin, xMax] (tests; the mouse does this through the rubber band).
    void zoomTo(double xMin, double xMax);

    // All points of every series, and the drawn ones (tests, the read-out).
    const SeriesData& data(int series) const { return m_series[static_cast<size_t>(series)].data; }
    int drawnPoints(int series) const;
    // The read-out for x: "step 120 · training 0.41 · validation 0.52".
    QString readOut(double x) const;

    // The font of the step axis's labels (it grows with the widget's font, see changeEvent).
    QFont axisLabelsFont() const;

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    bool exportCsv(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();
    friend class ChartInteraction;
    struct Series {
        QString name;
        QColor colour;
        Style style{};
        bool smoothable = false;
        SeriesData data;
        QLineSeries* line = nullptr;
        QScatterSeries* points = nullptr;
    };
    void rebuildYAxis();
    void redraw();
    void redrawIfDirty();
    void showReadOut(const QPointF& chartPosition);
    void panBy(double dxPixels, double dyPixels);
    void zoomBy(double factor, double atX);
    void userRangeChanged(double xMin, double xMax);

    // The fonts the chart was made with, and the widget's point size then: applyFonts scales them.
    struct BaseFonts {
        double pointSize = 0;
        QFont title, labels, axisTitle;
    } m_baseFonts;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_readOut = nullptr;
    QAbstractAxis* m_xAxis = nullptr;
    QAbstractAxis* m_yAxis = nullptr;
    std::vector<Series> m_series;
    QString m_yTitle;
    bool m_log = false;
    bool m_dirty = false;
    bool m_zoomed = false;
    double m_ticksForWidth = 0; // the plot width the step axis's ticks were counted for // the user chose the
                                // x range; otherwise it follows the data
    double m_xMin = 0;
    double m_xMax = 1;
    bool m_settingRange = false;
    bool m_redrawPending = false;
    QElapsedTimer m_sinceRedraw;
};

} // namespace nw::gui
