#include "gui/views/charts/metric_chart.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw::gui {
namespace {

constexpr double kWheelZoom = 0.8; // one notch shows 80 % of the range
constexpr qint64 kMinRedrawMs = 150;

// The 1-2-5 number at or above v (at or below with `down`), so that axis ends move rarely and
// land on round values.
double niceBound(double v, bool down) {
    if (v == 0 || !std::isfinite(v)) return 0;
    const double sign = v < 0 ? -1 : 1;
    const double a = std::abs(v);
    const double decade = std::pow(10.0, std::floor(std::log10(a)));
    const bool roundDown = (sign > 0) == down;
    double best = roundDown ? decade : 10 * decade;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        const double c = m * decade;
        if (roundDown && c <= a * (1 + 1e-12)) best = c;
        if (!roundDown && c >= a * (1 - 1e-12)) {
            best = c;
            break;
        }
    }
    return sign * best;
}

void setRangeIfChanged(QAbstractAxis* axis, double lo, double hi) {
    if (auto* v = qobject_cast<QValueAxis*>(axis); v && v->min() == lo && v->max() == hi) return;
    if (auto* l = qobject_cast<QLogValueAxis*>(axis); l && l->min() == lo && l->max() == hi) return;
    axis->setRange(lo, hi);
}

QString number(double v) { return QString::number(v, 'g', 4); }

} // namespace

// The mouse on the chart: wheel zoom, drag with the right or middle button to pan, double-click to
// reset, and the read-out under the pointer. The left button keeps QChartView's rubber band.
class ChartInteraction : public QObject {
public:
    explicit ChartInteraction(MetricChart* chart) : QObject(chart), m_chart(chart) {}

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        switch (event->type()) {
        case QEvent::Wheel: {
            auto* e = static_cast<QWheelEvent*>(event);
            const QPointF value =
                m_chart->m_chart->mapToValue(m_chart->m_view->mapToScene(e->position().toPoint()));
            m_chart->zoomBy(e->angleDelta().y() > 0 ? kWheelZoom : 1 / kWheelZoom, value.x());
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (e->button() != Qt::RightButton && e->button() != Qt::MiddleButton) return false;
            m_panning = true;
            m_last = e->position();
            return true;
        }
        case QEvent::MouseMove: {
            auto* e = static_cast<QMouseEvent*>(event);
            if (m_panning) {
                m_chart->panBy(e->position().x() - m_last.x(), e->position().y() - m_last.y());
                m_last = e->position();
                return true;
            }
            m_chart->showReadOut(m_chart->m_view->mapToScene(e->position().toPoint()));
            return false;
        }
        case QEvent::MouseButtonRelease:
            if (m_panning) {
                m_panning = false;
                return true;
            }
            return false;
        case QEvent::MouseButtonDblClick: m_chart->resetZoom(); return true;
        default: return false;
        }
    }

private:
    MetricChart* m_chart;
    bool m_panning = false;
    QPointF m_last;
};

MetricChart::MetricChart(const QString& title, const QString& yTitle, QWidget* parent)
    : QWidget(parent), m_yTitle(yTitle) {
    m_chart = new QChart;
    m_chart->setTitle(title);
    // One legend for both charts lives in the dock's toolbar: a legend per chart would need more
    // width than the area under the canvas has.
    m_chart->legend()->setVisible(false);
    m_chart->setMinimumSize(140, 120);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setMinimumSize(140, 150);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(new ChartInteraction(this));
    m_readOut = new QLabel(this);
    m_readOut->setObjectName(QStringLiteral("chart.readOut"));
    m_readOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readOut);

    auto* x = new QValueAxis;
    x->setTitleText(tr("Step"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_xAxis = x;
    // The rubber band zooms through the axis: follow it.
    connect(x, &QValueAxis::rangeChanged, this, &MetricChart::userRangeChanged);
    // How many step labels fit depends on the plot's width: a resized chart counts them again (not
    // for the few pixels the y labels' own width moves it by).
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        if (std::abs(area.width() - m_ticksForWidth) < 16) return;
        m_dirty = true;
        refresh();
    });
    m_baseFonts = {font().pointSizeF(), m_chart->titleFont(), x->labelsFont(), x->titleFont()};
    rebuildYAxis();
}

QFont MetricChart::axisLabelsFont() const { return m_xAxis->labelsFont(); }

void MetricChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange) return;
    applyFonts();
    m_dirty = true;
    refresh();
}

// The chart's own fonts (Qt Charts does not follow the widget's) grow and shrink with the widget's:
// presenter mode enlarges the window's font, and the charts' text must grow with it.
void MetricChart::applyFonts() {
    const double scale = m_baseFonts.pointSize > 0 ? font().pointSizeF() / m_baseFonts.pointSize : 1;
    const auto scaled = [scale](QFont f) {
        if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * scale);
        return f;
    };
    m_chart->setTitleFont(scaled(m_baseFonts.title));
    for (QAbstractAxis* axis : {m_xAxis, m_yAxis}) {
        if (!axis) continue;
        axis->setLabelsFont(scaled(m_baseFonts.labels));
        axis->setTitleFont(scaled(m_baseFonts.axisTitle));
    }
}

MetricChart::~MetricChart() = default;

int MetricChart::addSeries(const QString& name, const QColor& colour, Style style, bool smoothable) {
    Series s;
    s.name = name;
    s.colour = colour;
    s.style = style;
    s.smoothable = smoothable;
    s.line = new QLineSeries;
    s.line->setName(name);
    QPen pen(colour);
    pen.setWidthF(style == Style::FaintLine ? 1.0 : 2.0);
    if (style == Style::FaintLine) pen.setColor(QColor(colour.red(), colour.green(), colour.blue(), 110));
    s.line->setPen(pen);
    s.line->setPointsVisible(style == Style::LineWithPoints);
    m_chart->addSeries(s.line);
    s.line->attachAxis(m_xAxis);
    s.line->attachAxis(m_yAxis);
    m_series.push_back(std::move(s));
    return static_cast<int>(m_series.size()) - 1;
}

void MetricChart::append(int series, const QVector<QPointF>& points) {
    if (points.isEmpty()) return;
    m_series[static_cast<size_t>(series)].data.append(points);
    m_dirty = true;
}

void MetricChart::removeSeriesFrom(int first) {
    while (static_cast<int>(m_series.size()) > std::max(0, first)) {
        m_chart->removeSeries(m_series.back().line);
        delete m_series.back().line;
        m_series.pop_back();
    }
    m_dirty = true;
    refresh();
}

void MetricChart::clear() {
    for (Series& s : m_series) s.data.clear();
    m_zoomed = false;
    m_dirty = true;
    refresh();
}

void MetricChart::refresh() {
    if (!m_dirty || m_redrawPending) return;
    // At most kMinRedrawMs apart: Qt Charts lays out its axes again on every change, which costs
    // milliseconds that the event loop needs for the person using the window.
    const qint64 since = m_sinceRedraw.isValid() ? m_sinceRedraw.elapsed() : kMinRedrawMs;
    if (since >= kMinRedrawMs) {
        m_dirty = false;
        redraw();
        return;
    }
    m_redrawPending = true;
    QTimer::singleShot(static_cast<int>(kMinRedrawMs - since), this, [this] {
        m_redrawPending = false;
        refresh();
    });
}

void MetricChart::setLogScale(bool on) {
    if (on == m_log) return;
    m_log = on;
    rebuildYAxis();
    redraw();
}

void MetricChart::setSmoothing(double factor) {
    for (Series& s : m_series)
        if (s.smoothable) s.data.setSmoothing(factor);
    redraw();
}

void MetricChart::resetZoom() {
    m_zoomed = false;
    redraw();
}

void MetricChart::zoomTo(double xMin, double xMax) {
    if (!(xMax > xMin)) return;
    m_zoomed = true;
    m_xMin = xMin;
    m_xMax = xMax;
    redraw();
}

int MetricChart::drawnPoints(int series) const {
    return static_cast<int>(m_series[static_cast<size_t>(series)].line->count());
}

void MetricChart::rebuildYAxis() {
    if (m_yAxis) {
        for (Series& s : m_series) s.line->detachAxis(m_yAxis);
        m_chart->removeAxis(m_yAxis);
        delete m_yAxis;
    }
    if (m_log) {
        auto* y = new QLogValueAxis;
        y->setBase(10);
        y->setLabelFormat(QStringLiteral("%g"));
        m_yAxis = y;
    } else {
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.3g"));
        m_yAxis = y;
    }
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (Series& s : m_series) s.line->attachAxis(m_yAxis);
    applyFonts();
}

void MetricChart::redraw() {
    m_sinceRedraw.start();
    if (!m_zoomed) {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (const Series& s : m_series)
            if (!s.data.points().isEmpty()) {
                lo = std::min(lo, s.data.points().front().x());
                hi = std::max(hi, s.data.points().back().x());
            }
        if (lo > hi) lo = 0, hi = 1;
        // Steps start at 1: the axis starts at 0 and ends at a round number past the last step. About
        // four intervals, fewer on a narrow chart: each label ("12000") needs its room.
        const QString widest = QString::number(static_cast<qint64>(std::ceil(std::max(hi, 10.0))));
        const int labelRoom = 2 * QFontMetrics(m_xAxis->labelsFont()).horizontalAdvance(widest);
        m_ticksForWidth = m_chart->plotArea().width();
        const int intervals = std::clamp(static_cast<int>(m_ticksForWidth) / std::max(labelRoom, 1), 1, 4);
        const double step = niceBound(std::max(hi, 10.0) / intervals, false);
        m_xMin = 0;
        m_xMax = std::ceil(std::max(hi, 10.0) / step) * step;
        static_cast<QValueAxis*>(m_xAxis)->setTickCount(
            std::clamp(static_cast<int>(std::lround(m_xMax / step)) + 1, 2, 11));
    }
    const int buckets = std::max(50, static_cast<int>(m_chart->plotArea().width()));
    double yLo = std::numeric_limits<double>::max(), yHi = std::numeric_limits<double>::lowest();
    for (Series& s : m_series) {
        QVector<QPointF> shown = decimate(s.data.shown(), m_xMin, m_xMax, buckets);
        if (m_log) shown.removeIf([](const QPointF& p) { return !(p.y() > 0); });
        for (const QPointF& p : shown)
            if (p.x() >= m_xMin && p.x() <= m_xMax) {
                yLo = std::min(yLo, p.y());
                yHi = std::max(yHi, p.y());
            }
        s.line->replace(QList<QPointF>(shown.begin(), shown.end()));
    }
    if (yLo > yHi) yLo = m_log ? 0.01 : 0, yHi = 1;
    if (m_log) {
        // A tick at every power of ten, or of 100, 1000… when the data spans many decades (a one-cycle
        // schedule spans six): more than about five labels do not fit a chart in a dock.
        const double decades = std::max(1.0, std::ceil(std::log10(yHi)) - std::floor(std::log10(yLo)));
        const double decadesPerTick = std::ceil(decades / 5);
        yLo = std::pow(10.0, decadesPerTick * std::floor(std::log10(yLo) / decadesPerTick));
        yHi = std::pow(10.0, decadesPerTick * std::ceil(std::log10(yHi) / decadesPerTick));
        if (yHi <= yLo) yHi = yLo * std::pow(10.0, decadesPerTick);
        if (auto* y = qobject_cast<QLogValueAxis*>(m_yAxis)) y->setBase(std::pow(10.0, decadesPerTick));
    } else {
        // Ends on multiples of a round step, with about four steps between them: they move only
        // when the data leaves them, and the ticks fall on readable values.
        const double step = niceBound(std::max((yHi - yLo) / 4, 1e-9), false);
        yLo = std::floor(yLo / step) * step;
        yHi = std::ceil(yHi / step) * step;
        if (yHi <= yLo) yHi = yLo + step;
        if (auto* y = qobject_cast<QValueAxis*>(m_yAxis))
            y->setTickCount(std::clamp(static_cast<int>(std::lround((yHi - yLo) / step)) + 1, 2, 11));
    }
    m_settingRange = true;
    setRangeIfChanged(m_xAxis, m_xMin, m_xMax);
    setRangeIfChanged(m_yAxis, yLo, yHi);
    m_settingRange = false;
}

void MetricChart::userRangeChanged(double xMin, double xMax) {
    if (m_settingRange || !(xMax > xMin)) return;
    // A rubber band or a scroll: keep that range and redraw it with its own decimation.
    m_zoomed = true;
    m_xMin = xMin;
    m_xMax = xMax;
    m_dirty = true;
    QMetaObject::invokeMethod(this, &MetricChart::refresh, Qt::QueuedConnection);
}

void MetricChart::zoomBy(double factor, double atX) {
    const double lo = atX - (atX - m_xMin) * factor;
    const double hi = atX + (m_xMax - atX) * factor;
    zoomTo(lo, hi);
}

void MetricChart::panBy(double dxPixels, double) {
    const double width = m_chart->plotArea().width();
    if (width <= 0) return;
    const double shift = -dxPixels / width * (m_xMax - m_xMin);
    zoomTo(m_xMin + shift, m_xMax + shift);
}

QString MetricChart::readOut(double x) const {
    QStringList parts;
    parts << tr("step %1").arg(std::llround(x));
    for (const Series& s : m_series)
        if (const QPointF* p = s.data.nearest(x))
            parts << QStringLiteral("%1 %2").arg(s.name, number(p->y()));
    return parts.join(QStringLiteral(" · "));
}

void MetricChart::showReadOut(const QPointF& scenePosition) {
    if (!m_chart->plotArea().contains(scenePosition)) {
        m_readOut->clear();
        return;
    }
    m_readOut->setText(readOut(m_chart->mapToValue(scenePosition).x()));
}

void MetricChart::redrawIfDirty() {
    if (!m_dirty) return;
    m_dirty = false;
    redraw();
}

// An export shows every point appended so far, even those the paced redraw has not drawn yet.
bool MetricChart::exportPng(const QString& path) {
    redrawIfDirty();
    return m_view->grab().save(path, "PNG");
}

bool MetricChart::exportSvg(const QString& path) {
    redrawIfDirty();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(m_view->rect());
    svg.setTitle(m_chart->title());
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    m_view->render(&painter);
    return painter.end();
}

bool MetricChart::exportCsv(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&file);
    out << "series,step," << (m_yTitle.isEmpty() ? QStringLiteral("value") : m_yTitle) << "\n";
    for (const Series& s : m_series)
        for (const QPointF& p : s.data.points())
            out << '"' << s.name << "\"," << static_cast<qint64>(std::llround(p.x())) << ','
                << QString::number(p.y(), 'g', 9) << '\n';
    out.flush();
    return file.error() == QFileDevice::NoError;
}

} // namespace nw::gui
