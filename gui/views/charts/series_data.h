#pragma once

#include <QPointF>
#include <QVector>

namespace nw::gui {

// The full points of one chart series (x increasing) and what is drawn of them. A run of a
// million steps keeps every point here; the chart only ever gets a decimated copy of the part in
// view, a few points per pixel column, so drawing stays fast.
class SeriesData {
public:
    void clear();
    void append(const QVector<QPointF>& points);
    const QVector<QPointF>& points() const { return m_points; }
    int size() const { return static_cast<int>(m_points.size()); }

    // Exponential moving average weight of the past, 0 (none) to < 1 (TensorBoard's slider).
    void setSmoothing(double factor);
    double smoothing() const { return m_smoothing; }
    // The points as drawn: smoothed when smoothing is on.
    const QVector<QPointF>& shown() const { return m_smoothing > 0 ? m_smoothed : m_points; }

    // The shown point nearest to x, or nullptr when there are none.
    const QPointF* nearest(double x) const;

private:
    void smoothFrom(int index);

    QVector<QPointF> m_points;
    QVector<QPointF> m_smoothed;
    double m_smoothing = 0;
};

// At most 2·buckets points of `points` between xMin and xMax (plus one on each side, so the line
// runs to the edges): each bucket keeps its lowest and its highest point, in x order, so spikes
// survive. Fewer points than that are returned as they are.
QVector<QPointF> decimate(const QVector<QPointF>& points, double xMin, double xMax, int buckets);

} // namespace nw::gui
