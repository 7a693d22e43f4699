#include "gui/render/item_painting.h"

#include "gui/render/card_metrics.h"
#include "gui/render/engine_text.h"

#include "engine/graph/shape_fixes.h"
#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nw::gui {

namespace {

constexpr qreal kPad = 12;

// lupdate files tr() calls outside a class under the namespace, so the lookup uses the same context.
QString tr(const char* text) { return QCoreApplication::translate("nw::gui", text); }

// "1,056" stays exact up to 9,999; larger counts round: "12.3k", "1.2M".
QString compactCount(qint64 n) {
    const QLocale locale;
    // From 1,000 on, "2.4k": the card's second line also has to hold the output shape.
    if (n < 1000) return locale.toString(n);
    if (n < 1000000) return locale.toString(double(n) / 1e3, 'f', n < 100000 ? 1 : 0) + QLatin1Char('k');
    return locale.toString(double(n) / 1e6, 'f', n < 100000000 ? 1 : 0) + QLatin1Char('M');
}

// The first two attributes worth a glance: numbers with their unit, choices, shapes.
QString keyAttributes(const nw::Node& node, const nw::LayerInfo& info) {
    QStringList parts;
    for (size_t i = 0; i < info.attrs.size() && parts.size() < 2; ++i) {
        const nw::AttrSpec& spec = info.attrs[i];
        const QString value = QString::fromStdString(nw::toString(node.attrs[i], spec));
        switch (spec.type) {
        case nw::AttrType::Bool: break;
        case nw::AttrType::Enum: parts << value; break;
        case nw::AttrType::Int:
        case nw::AttrType::Float:
            if (!spec.unit.empty()) {
                const auto* count = std::get_if<int64_t>(&node.attrs[i]);
                parts << value + QLatin1Char(' ') + engineUnit(spec.unit, count ? *count : 2);
                break;
            }
            [[fallthrough]];
        case nw::AttrType::Shape: parts << enginePhrase(spec.label) + QLatin1Char(' ') + value; break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QFont labelFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

} // namespace

CardContent describeNode(const nw::Graph& graph, const nw::GraphAnalysis& analysis, nw::NodeId id) {
    CardContent card;
    const nw::Node* node = graph.node(id);
    if (!node) return card;
    const nw::LayerInfo& info = nw::layerRegistry().info(node->kind);
    card.title = QString::fromStdString(node->name);
    card.kind = QString::fromStdString(info.name);
    card.category = int(info.category);
    card.description = enginePhrase(info.description);
    card.attributes = keyAttributes(*node, info);
    card.enabled = node->enabled;
    for (const std::string& name : info.inputPorts) card.inputNames << QString::fromStdString(name);
    card.height = card::height(int(card.inputNames.size()));

    const nw::NodeAnalysis* result = analysis.node(id);
    if (result && result->output) card.shape = QString::fromStdString(result->output->toString());
    if (result && result->params > 0) {
        card.paramsCount = compactCount(result->params);
        card.params = tr("%1 params").arg(card.paramsCount);
    }
    QStringList problems;
    if (result)
        for (const nw::Diagnostic& d : result->diagnostics) problems << diagnosticMessage(d);
    card.problem = problems.join(QLatin1Char('\n'));
    if (!card.problem.isEmpty())
        if (const auto fix = nw::suggestBridge(graph, analysis, id)) card.fix = engineText(fix->description);
    return card;
}

void paintCard(QPainter* painter, const CardContent& card, const PaintStyle& style, bool selected) {
    const CanvasPalette& colors = style.colors;
    const QRectF body(0, 0, card::kWidth, card.height);
    const QColor accent = colors.accent(card.category);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(card.enabled ? 1.0 : 0.55);

    // Shadow, card, header tint.
    if (!style.exporting) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, colors.dark ? 70 : 22));
        painter->drawRoundedRect(body.translated(0, 2), card::kCornerRadius, card::kCornerRadius);
    }
    painter->setBrush(colors.cardFill);
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(body, card::kCornerRadius, card::kCornerRadius);
    QPainterPath outline;
    outline.addRoundedRect(body, card::kCornerRadius, card::kCornerRadius);
    QPainterPath headerArea;
    headerArea.addRect(QRectF(0, 0, card::kWidth, card::kHeaderHeight));
    QColor tint = accent;
    tint.setAlphaF(colors.dark ? 0.32f : 0.16f);
    painter->setBrush(tint);
    painter->drawPath(outline.intersected(headerArea));
    painter->setBrush(accent);
    painter->drawRect(QRectF(0, card::kHeaderHeight - 2, card::kWidth, 2));

    QPen border(card.problem.isEmpty() ? colors.cardBorder : colors.error,
                (card.problem.isEmpty() ? 1 : 1.5) * style.lineScale);
    if (!card.enabled) border.setStyle(Qt::DashLine);
    if (selected) border = QPen(colors.selection, 2.5 * style.lineScale);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, card::kCornerRadius, card::kCornerRadius);

    // Header: the name, and the kind on the right.
    QFont titleFont = style.font;
    titleFont.setWeight(QFont::DemiBold);
    QFont smallFont = style.font;
    smallFont.setPointSizeF(style.font.pointSizeF() * 0.88);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(smallFont);
    const QString kind = card.enabled ? card.kind : tr("%1 (off)").arg(card.kind);
    const qreal kindWidth = std::min(smallMetrics.horizontalAdvance(kind), card::kWidth * 0.45);
    // The error badge sits on the top-right corner: the kind keeps clear of it.
    const qreal kindRight = card::kWidth - kPad - (card.problem.isEmpty() ? 0 : kBadgeRadius);
    const qreal titleWidth = kindRight - kindWidth - 8 - kPad;
    painter->setFont(titleFont);
    painter->setPen(colors.text);
    painter->drawText(QRectF(kPad, 0, titleWidth, card::kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
                      titleMetrics.elidedText(card.title, Qt::ElideRight, titleWidth));
    painter->setFont(smallFont);
    painter->setPen(colors.dimText);
    painter->drawText(QRectF(kindRight - kindWidth, 0, kindWidth, card::kHeaderHeight),
                      Qt::AlignVCenter | Qt::AlignRight,
                      smallMetrics.elidedText(kind, Qt::ElideRight, kindWidth));

    // Input names, when there is more than one input to tell apart.
    qreal left = kPad;
    if (card.inputNames.size() > 1) {
        qreal widest = 0;
        for (const QString& name : card.inputNames)
            widest = std::max(widest, smallMetrics.horizontalAdvance(name));
        for (int i = 0; i < card.inputNames.size(); ++i)
            painter->drawText(QRectF(kPad, card::inputPortY(i) - 9, widest, 18),
                              Qt::AlignVCenter | Qt::AlignLeft, card.inputNames[i]);
        left += widest + 10;
    }
    const qreal width = card::kWidth - left - kPad;
    const qreal row1 = card::kHeaderHeight + 4;
    const qreal row2 = row1 + 22;

    // Key attributes.
    // A whole attribute reads better than two cut ones: the second goes when both do not fit.
    QString attributes = card.attributes;
    const QString separator = QStringLiteral(" · ");
    if (smallMetrics.horizontalAdvance(attributes) > width && attributes.contains(separator))
        attributes = attributes.section(separator, 0, 0);
    painter->drawText(QRectF(left, row1, width, 20), Qt::AlignVCenter | Qt::AlignLeft,
                      smallMetrics.elidedText(attributes, Qt::ElideRight, width));

    // Output shape and parameters. The shape matters most: when both do not fit, the arrow goes first,
    // then the word "params" (the inspector and the tooltip still say it).
    QFont shapeFont = style.font;
    shapeFont.setPointSizeF(style.font.pointSizeF() * 0.95);
    const QFontMetricsF shapeMetrics(shapeFont);
    QString shape = card.shape.isEmpty() ? tr("shape unknown") : QStringLiteral("→ ") + card.shape;
    QString params = card.params;
    auto fits = [&] {
        const qreal paramsWidth = params.isEmpty() ? 0 : smallMetrics.horizontalAdvance(params) + 8;
        return shapeMetrics.horizontalAdvance(shape) + paramsWidth <= width;
    };
    if (!fits() && !card.shape.isEmpty()) shape = card.shape;
    if (!fits() && !params.isEmpty()) params = card.paramsCount;
    const qreal paramsWidth = params.isEmpty() ? 0 : smallMetrics.horizontalAdvance(params);
    painter->drawText(QRectF(left, row2, width, 20), Qt::AlignVCenter | Qt::AlignRight, params);
    const qreal shapeWidth = width - paramsWidth - (paramsWidth > 0 ? 8 : 0);
    painter->setFont(shapeFont);
    painter->setPen(card.shape.isEmpty() && !card.problem.isEmpty() ? colors.error
                    : card.shape.isEmpty()                          ? colors.dimText
                                                                    : colors.text);
    painter->drawText(QRectF(left, row2, shapeWidth, 20), Qt::AlignVCenter | Qt::AlignLeft,
                      shapeMetrics.elidedText(shape, Qt::ElideRight, shapeWidth));
    painter->restore();
}

void paintPort(QPainter* painter, QPointF centre, bool connected, PortLook look,
               const CanvasPalette& colors) {
    qreal radius = card::kPortRadius;
    QColor ring = colors.wire;
    QColor fill = connected ? colors.wire : colors.cardFill;
    qreal opacity = 1.0;
    switch (look) {
    case PortLook::Legal:
        radius += 2;
        ring = colors.legal;
        fill = colors.legal.lighter(colors.dark ? 100 : 160);
        break;
    case PortLook::Illegal: opacity = 0.3; break;
    case PortLook::Hovered:
        radius += 1.5;
        ring = colors.selection;
        break;
    case PortLook::Normal: break;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(opacity);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(fill);
    painter->drawEllipse(centre, radius, radius);
    painter->restore();
}

void paintBadge(QPainter* painter, QPointF centre, const PaintStyle& style) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style.colors.cardFill, 2));
    painter->setBrush(style.colors.error);
    painter->drawEllipse(centre, kBadgeRadius, kBadgeRadius);
    QFont font = style.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(
        QRectF(centre.x() - kBadgeRadius, centre.y() - kBadgeRadius, 2 * kBadgeRadius, 2 * kBadgeRadius),
        Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

QRectF wireLabelRect(const QPainterPath& path, const QString& label, const QFont& font) {
    if (label.isEmpty() || path.isEmpty()) return {};
    const QFontMetricsF metrics(labelFont(font));
    const QSizeF size(metrics.horizontalAdvance(label) + 12, metrics.height() + 4);
    const QPointF middle = path.pointAtPercent(0.5);
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QPainterPath wirePath(QPointF from, QPointF to) {
    // Horizontal tangents at both ports; a wire going backwards loops out wide enough to stay visible.
    const qreal dx = std::max(std::abs(to.x() - from.x()) * 0.5, 50.0);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void paintWire(QPainter* painter, const QPainterPath& path, bool problem, bool selected,
               const PaintStyle& style) {
    const CanvasPalette& colors = style.colors;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(problem    ? colors.error
                         : selected ? colors.selection
                                    : colors.wire,
                         (selected ? 3 : 2) * style.lineScale, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

void paintWireLabel(QPainter* painter, const QRectF& rect, const QString& label, bool problem, bool selected,
                    const PaintStyle& style) {
    if (rect.isEmpty()) return;
    const CanvasPalette& colors = style.colors;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(problem ? colors.error : selected ? colors.selection : colors.wire, 1));
    painter->setBrush(colors.wireLabelFill);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(labelFont(style.font));
    painter->setPen(problem ? colors.error : colors.dimText);
    painter->drawText(rect, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace nw::gui
