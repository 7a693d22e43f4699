#include "gui/app/template_preview.h"

#include "gui/docks/layer_catalog.h"
#include "gui/inspector/attr_value_convert.h"

#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStringList>

namespace nw::gui {

namespace {

constexpr int kIcon = 18;
constexpr int kWire = 8;
constexpr int kMaxDrawn = 8; // beyond this the sketch shows the first ones, an ellipsis and the last
constexpr int kHeight = kIcon + 6;

// Room for `count` icons and the wires between them.
QPixmap blank(qreal dpr, int count) {
    const int width = count * kIcon + qMax(0, count - 1) * kWire;
    QPixmap pixmap(QSize(width, kHeight) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

// "Dense 16", "Input 1×28×28": the kind and its first number-like attribute, if it has one.
QString chainLabel(const nw::Node& node) {
    const nw::LayerInfo& info = nw::layerRegistry().info(node.kind);
    QString label = QString::fromStdString(info.name);
    for (size_t i = 0; i < info.attrs.size() && i < node.attrs.size(); ++i) {
        if (const auto* n = std::get_if<int64_t>(&node.attrs[i]))
            return label + QLatin1Char(' ') + QString::number(*n);
        if (const auto* s = std::get_if<nw::Shape>(&node.attrs[i]))
            return label + QLatin1Char(' ') + formatShape(*s);
    }
    return label;
}

} // namespace

std::optional<TemplatePreview> makeTemplatePreview(const QString& path, qreal dpr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray bytes = file.readAll();
    const nw::Result<nw::Project> project =
        nw::parseProject(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!project) return std::nullopt;
    const nw::Graph& graph = project.value().graph;

    TemplatePreview preview;
    QStringList chain;
    std::vector<const nw::Node*> order;
    for (nw::NodeId id : graph.topologicalOrder()) order.push_back(graph.node(id));
    for (const nw::Node* node : order) chain << chainLabel(*node);
    preview.chain = chain.join(QStringLiteral(" → "));
    preview.layers = static_cast<int>(order.size());

    // Which nodes to draw: all of them, or the first kMaxDrawn-2, a gap, and the last.
    std::vector<const nw::Node*> drawn = order;
    const bool elided = static_cast<int>(order.size()) > kMaxDrawn;
    if (elided) {
        drawn.assign(order.begin(), order.begin() + (kMaxDrawn - 2));
        drawn.push_back(nullptr);
        drawn.push_back(order.back());
    }
    preview.sketch = blank(dpr, qMax(1, static_cast<int>(drawn.size())));
    QPainter painter(&preview.sketch);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor wire = QGuiApplication::palette().color(QPalette::Mid);
    const int y = (kHeight - kIcon) / 2;
    for (size_t i = 0; i < drawn.size(); ++i) {
        const int x = static_cast<int>(i) * (kIcon + kWire);
        if (i > 0) {
            painter.setPen(QPen(wire, 1.5));
            painter.drawLine(x - kWire, y + kIcon / 2, x, y + kIcon / 2);
        }
        if (drawn[i]) {
            layerIcon(nw::layerRegistry().info(drawn[i]->kind)).paint(&painter, QRect(x, y, kIcon, kIcon));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(wire);
            for (int dot = 0; dot < 3; ++dot)
                painter.drawEllipse(QPointF(x + 4 + dot * 5, y + kIcon / 2.0), 1.5, 1.5);
        }
    }
    return preview;
}

QPixmap emptyProjectSketch(qreal dpr) {
    QPixmap pixmap = blank(dpr, 1);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QGuiApplication::palette().color(QPalette::Mid), 1.2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(1.5, 3.5, kIcon - 3, kIcon - 3), 3, 3);
    const QPointF centre(1.5 + (kIcon - 3) / 2.0, 3.5 + (kIcon - 3) / 2.0);
    painter.setPen(QPen(pen.color(), 1.2));
    painter.drawLine(centre - QPointF(0, 4), centre + QPointF(0, 4));
    painter.drawLine(centre - QPointF(4, 0), centre + QPointF(4, 0));
    return pixmap;
}

} // namespace nw::gui
