#include "gui/views/charts/series_data.h"

#include <algorithm>
#include <cmath>

namespace nw::gui {
namespace {

bool lessX(const QPointF& p, double x) { return p.x() < x; }

} // namespace

void SeriesData::clear() {
    m_points.clear();
    m_smoothed.clear();
}

void SeriesData::append(const QVector<QPointF>& points) {
    const int first = size();
    for (const QPointF& p : points)
        if (std::isfinite(p.y())) m_points.push_back(p);
    smoothFrom(first);
}

void SeriesData::setSmoothing(double factor) {
    factor = std::clamp(factor, 0.0, 0.999);
    if (factor == m_smoothing) return;
    m_smoothing = factor;
    m_smoothed.clear();
    smoothFrom(0);
}

// TensorBoard's debiased EMA, so the first points are not pulled towards zero.
void SeriesData::smoothFrom(int index) {
    if (m_smoothing <= 0) return;
    m_smoothed.resize(m_points.size());
    double last = 0;
    double weight = 0;
    if (index > 0) {
        // Recover the running state from the previous smoothed value.
        weight = 1 - std::pow(m_smoothing, index);
        last = m_smoothed[index - 1].y() * weight;
    }
    for (int i = index; i < size(); ++i) {
        last = last * m_smoothing + (1 - m_smoothing) * m_points[i].y();
        weight = weight * m_smoothing + (1 - m_smoothing);
        m_smoothed[i] = QPointF(m_points[i].x(), last / weight);
    }
}

const QPointF* SeriesData::nearest(double x) const {
    const QVector<QPointF>& pts = shown();
    if (pts.isEmpty()) return nullptr;
    const auto it = std::lower_bound(pts.begin(), pts.end(), x, lessX);
    if (it == pts.end()) return &pts.back();
    if (it == pts.begin()) return &*it;
    const auto before = it - 1;
    return (x - before->x() <= it->x() - x) ? &*before : &*it;
}

QVector<QPointF> decimate(const QVector<QPointF>& points, double xMin, double xMax, int buckets) {
    auto first = std::lower_bound(points.begin(), points.end(), xMin, lessX);
    auto last = std::lower_bound(first, points.end(), xMax, lessX);
    if (first != points.begin()) --first;
    if (last != points.end()) ++last;
    const auto count = last - first;
    if (buckets <= 0 || count <= 2 * buckets) return QVector<QPointF>(first, last);

    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    const double width = (xMax - xMin) / buckets;
    auto it = first;
    while (it != last) {
        const double bucketEnd = xMin + (std::floor((it->x() - xMin) / width) + 1) * width;
        auto lo = it, hi = it;
        auto end = it;
        for (; end != last && end->x() < bucketEnd; ++end) {
            if (end->y() < lo->y()) lo = end;
            if (end->y() > hi->y()) hi = end;
        }
        if (end == it) ++end; // a point left of xMin: its own bucket
        if (lo == hi) {
            out.push_back(*lo);
        } else if (lo < hi) {
            out.push_back(*lo);
            out.push_back(*hi);
        } else {
            out.push_back(*hi);
            out.push_back(*lo);
        }
        it = end;
    }
    return out;
}

} // namespace nw::gui
