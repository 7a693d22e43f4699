#include "gui/views/decision_boundary_view.h"

#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/views/colour_maps.h"
#include "gui/views/plane_images.h"

#include <QPainter>

#include <algorithm>
#include <unordered_set>

namespace nw::gui {
namespace {

constexpr int kMargin = 8;
constexpr int kLegendHeight = 22;
constexpr double kPointRadius = 3.0;

} // namespace

DecisionBoundaryView::DecisionBoundaryView(TrainingController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("view.decisionBoundary"));
    setMinimumSize(160, 180);
    connect(controller, &TrainingController::frameChanged, this, &DecisionBoundaryView::showFrame);
    showFrame();
}

DecisionBoundaryView::~DecisionBoundaryView() = default;

void DecisionBoundaryView::showFrame() {
    m_frame = m_controller->frame();
    m_plane = m_frame && m_frame->grid ? decisionImage(*m_frame->grid) : QImage();
    update();
}

void DecisionBoundaryView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const int side = std::max(0, std::min(width(), height() - kLegendHeight) - 2 * kMargin);
    const QRect square((width() - side) / 2, kMargin, side, side);
    if (m_plane.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                   m_frame ? tr("The decision boundary is drawn for data sets with two features, such as the "
                                "spirals.")
                           : tr("Train a network on a data set with two features to see its decision "
                                "boundary here."));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(square, m_plane);
    p.setRenderHint(QPainter::Antialiasing);

    const DecisionGrid& grid = *m_frame->grid;
    const Dataset& samples = m_frame->data();
    const PlaneBounds& b = grid.bounds;
    const auto at = [&](const float* x) {
        return QPointF(square.left() + (x[0] - b.xMin) / (b.xMax - b.xMin) * square.width(),
                       square.top() + (b.yMax - x[1]) / (b.yMax - b.yMin) * square.height());
    };
    const bool classes = samples.task == TaskKind::Classification;
    const auto colourOf = [&](int64_t row) {
        const float target = samples.targets.row(row)[0];
        return classes ? classColour(static_cast<int>(target)) : QColor::fromRgb(divergingColour(target));
    };
    // Training points filled, validation points as rings: which is which at a glance. Each is drawn
    // in its class's colour with a dark edge, so it stands out from the region of the same colour
    // around it (where it is classified right) and shows its class in the other's (where it is not).
    const QColor edge(40, 40, 40);
    p.setPen(QPen(edge, 1));
    for (const int64_t row : m_frame->session->split().train) {
        p.setBrush(colourOf(row));
        p.drawEllipse(at(samples.features.row(row)), kPointRadius, kPointRadius);
    }
    p.setBrush(Qt::NoBrush);
    for (const int64_t row : m_frame->session->split().validation) {
        const QPointF centre = at(samples.features.row(row));
        p.setPen(QPen(edge, 3.2));
        p.drawEllipse(centre, kPointRadius, kPointRadius);
        p.setPen(QPen(colourOf(row), 1.6));
        p.drawEllipse(centre, kPointRadius, kPointRadius);
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(square);

    p.setPen(palette().color(QPalette::WindowText));
    const QRect legend(0, square.bottom() + 4, width(), kLegendHeight);
    p.drawText(legend, Qt::AlignHCenter | Qt::AlignTop,
               tr("● training   ○ validation   step %1").arg(m_frame->params ? m_frame->params->step : 0));
}

} // namespace nw::gui
