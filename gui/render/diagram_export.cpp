#include "gui/render/diagram_export.h"

#include "gui/render/card_metrics.h"
#include "gui/render/item_painting.h"

#include "engine/core/diagnostic.h"
#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <map>

namespace nw::gui {

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kPngScale = 2;

nw::Status writeError(const QString& path, const std::string& why) {
    return nw::Diagnostic{nw::DiagCode::FileWrite, "Could not write the diagram: " + why, std::nullopt,
                          QFile::encodeName(path).toStdString()};
}

// The network laid out as on the canvas, in scene units.
struct Diagram {
    struct Wire {
        QPainterPath path;
        QString label;
        bool problem = false;
    };
    std::vector<std::pair<QPointF, CardContent>> cards;
    std::vector<std::pair<QPointF, bool>> ports; // centre, connected
    std::vector<QPointF> badges;
    std::vector<Wire> wires;
    QRectF bounds;
};

Diagram layOut(const nw::Graph& graph, const QFont& font) {
    const nw::GraphAnalysis analysis = nw::analyzeGraph(graph);
    Diagram d;
    std::map<nw::NodeId, QPointF> origin;
    for (const nw::Node& node : graph.nodes()) {
        const QPointF at(node.position.x, node.position.y);
        origin[node.id] = at;
        CardContent card = describeNode(graph, analysis, node.id);
        d.bounds = d.bounds.united(QRectF(at, QSizeF(card::kWidth, card.height)));
        for (int i = 0; i < card.inputNames.size(); ++i)
            d.ports.emplace_back(at + QPointF(0, card::inputPortY(i)),
                                 graph.edgeInto({node.id, i}).has_value());
        d.ports.emplace_back(at + QPointF(card::kWidth, card::outputPortY()),
                             !graph.edgesFrom(node.id).empty());
        if (!card.problem.isEmpty()) d.badges.push_back(at + QPointF(card::kWidth - 2, 2));
        d.cards.emplace_back(at, std::move(card));
    }
    for (const nw::Edge& e : graph.edges()) {
        Diagram::Wire wire;
        wire.path = wirePath(origin[e.from.node] + QPointF(card::kWidth, card::outputPortY()),
                             origin[e.to.node] + QPointF(0, card::inputPortY(e.to.port)));
        const nw::NodeAnalysis* source = analysis.node(e.from.node);
        if (source && source->output) wire.label = QString::fromStdString(source->output->toString());
        if (const nw::NodeAnalysis* target = analysis.node(e.to.node))
            for (const nw::Diagnostic& diag : target->diagnostics)
                wire.problem = wire.problem || diag.code == nw::DiagCode::ShapeMismatch;
        d.bounds =
            d.bounds.united(wire.path.boundingRect()).united(wireLabelRect(wire.path, wire.label, font));
        d.wires.push_back(std::move(wire));
    }
    d.bounds.adjust(-kBadgeRadius, -kBadgeRadius, kBadgeRadius, kBadgeRadius); // ports and badges stick out
    return d;
}

void paint(QPainter& painter, const Diagram& d, const PaintStyle& style) {
    for (const Diagram::Wire& wire : d.wires) paintWire(&painter, wire.path, wire.problem, false, style);
    for (const auto& [at, card] : d.cards) {
        painter.save();
        painter.translate(at);
        paintCard(&painter, card, style, false);
        painter.restore();
    }
    for (const auto& [centre, connected] : d.ports)
        paintPort(&painter, centre, connected, PortLook::Normal, style.colors);
    for (const QPointF& centre : d.badges) paintBadge(&painter, centre, style);
    for (const Diagram::Wire& wire : d.wires)
        paintWireLabel(&painter, wireLabelRect(wire.path, wire.label, style.font), wire.label, wire.problem,
                       false, style);
}

} // namespace

nw::Status renderDiagram(const nw::Project& project, const QString& path) {
    if (project.graph.nodes().empty()) return writeError(path, "the network has no layers to draw");
    PaintStyle style{CanvasPalette::from(QGuiApplication::palette()), QGuiApplication::font(), true};
    const Diagram diagram = layOut(project.graph, style.font);
    const QRectF source = diagram.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));

    bool written = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QFileInfo(path).completeBaseName());
        svg.setDescription(QStringLiteral("Neuroweave network diagram"));
        QPainter painter;
        if (painter.begin(&svg)) {
            painter.fillRect(QRect(QPoint(0, 0), size), style.colors.background);
            painter.translate(-source.topLeft());
            paint(painter, diagram, style);
            written = painter.end();
        }
        written = written && QFileInfo(path).size() > 0;
    } else {
        QImage image(size * kPngScale, QImage::Format_ARGB32_Premultiplied);
        image.fill(style.colors.background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(kPngScale, kPngScale);
        painter.translate(-source.topLeft());
        paint(painter, diagram, style);
        painter.end();
        written = image.save(path, "PNG");
    }
    if (!written) return writeError(path, "the file could not be created");
    return nw::Status::success();
}

} // namespace nw::gui
