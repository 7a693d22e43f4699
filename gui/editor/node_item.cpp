#include "gui/editor/node_item.h"

#include "gui/document/graph_document.h"
#include "gui/editor/canvas_palette.h"
#include "gui/editor/card_metrics.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/port_item.h"

#include "engine/graph/shape_fixes.h"
#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nw::gui {

namespace {

constexpr qreal kPad = 12;
constexpr qreal kBadgeRadius = 9;

QString tr(const char* text) { return QCoreApplication::translate("nw::gui::NodeItem", text); }

// "1,056" stays exact up to 9,999; larger counts round: "12.3k", "1.2M".
QString compactCount(qint64 n) {
    const QLocale locale;
    if (n < 10000) return locale.toString(n);
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
                parts << value + QLatin1Char(' ') + QString::fromStdString(spec.unit);
                break;
            }
            [[fallthrough]];
        case nw::AttrType::Shape: parts << QString::fromStdString(spec.label) + QLatin1Char(' ') + value; break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

// The error mark on a card's corner. Its tooltip is the diagnostic; a click applies the fix on offer.
class BadgeItem : public QGraphicsItem {
public:
    explicit BadgeItem(NodeItem* node) : QGraphicsItem(node) {
        setZValue(2);
        setAcceptHoverEvents(true);
    }
    QRectF boundingRect() const override {
        return {-kBadgeRadius - 1, -kBadgeRadius - 1, 2 * kBadgeRadius + 2, 2 * kBadgeRadius + 2};
    }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        const CanvasPalette colors = CanvasPalette::from(scene()->palette());
        painter->setPen(QPen(colors.cardFill, 2));
        painter->setBrush(colors.error);
        painter->drawEllipse(QPointF(0, 0), kBadgeRadius, kBadgeRadius);
        QFont font = scene()->font();
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(-kBadgeRadius, -kBadgeRadius, 2 * kBadgeRadius, 2 * kBadgeRadius),
                          Qt::AlignCenter, QStringLiteral("!"));
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override {
        auto* node = static_cast<NodeItem*>(parentItem());
        if (event->button() == Qt::LeftButton && !node->fixText().isEmpty()) {
            if (auto* graphScene = qobject_cast<GraphScene*>(scene())) graphScene->applyFix(node->nodeId());
            return;
        }
        event->ignore();
    }
};

} // namespace

NodeItem::NodeItem(quint32 id, const GraphDocument& document) : m_id(id) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    refresh(document);
}

GraphScene* NodeItem::graphScene() const { return qobject_cast<GraphScene*>(scene()); }

PortItem* NodeItem::inputPort(int index) const {
    return index >= 0 && index < m_inputs.size() ? m_inputs[index] : nullptr;
}

void NodeItem::refresh(const GraphDocument& document) {
    const nw::Node* node = document.graph().node(nw::NodeId{m_id});
    if (!node) return;
    const nw::LayerInfo& info = nw::layerRegistry().info(node->kind);
    prepareGeometryChange();

    m_title = QString::fromStdString(node->name);
    m_kind = QString::fromStdString(info.name);
    m_category = int(info.category);
    m_attributes = keyAttributes(*node, info);
    m_enabled = node->enabled;

    QStringList inputNames;
    for (const std::string& name : info.inputPorts) inputNames << QString::fromStdString(name);
    // Ports exist per kind; a card is rebuilt only if the kind's ports differ (never, in practice).
    if (inputNames != m_inputNames || !m_output) rebuildPorts(inputNames, true);
    m_height = card::height(int(inputNames.size()));

    const nw::GraphAnalysis& analysis = document.analysis();
    const nw::NodeAnalysis* result = analysis.node(node->id);
    m_shape = result && result->output ? QString::fromStdString(result->output->toString()) : QString();
    m_params = result && result->params > 0 ? tr("%1 params").arg(compactCount(result->params)) : QString();
    QStringList problems;
    if (result)
        for (const nw::Diagnostic& d : result->diagnostics) problems << QString::fromStdString(d.message);
    m_problem = problems.join(QLatin1Char('\n'));
    m_fix.clear();
    if (!m_problem.isEmpty())
        if (const auto fix = nw::suggestBridge(document.graph(), analysis, node->id))
            m_fix = QString::fromStdString(fix->description);

    QString tip = QStringLiteral("<b>%1</b> — %2<br>%3")
                      .arg(m_title.toHtmlEscaped(), m_kind, QString::fromStdString(info.description).toHtmlEscaped());
    if (!m_enabled) tip += QStringLiteral("<br><i>%1</i>").arg(tr("Disabled: passes its input through unchanged."));
    setToolTip(tip);

    if (!m_problem.isEmpty() && !m_badge) m_badge = new BadgeItem(this);
    if (m_problem.isEmpty() && m_badge) {
        delete m_badge;
        m_badge = nullptr;
    }
    if (m_badge) {
        QString badgeTip = m_problem.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!m_fix.isEmpty())
            badgeTip += QStringLiteral("<br><b>%1</b>").arg(tr("Click to fix: %1").arg(m_fix.toHtmlEscaped()));
        m_badge->setToolTip(badgeTip);
        m_badge->setCursor(m_fix.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        m_badge->setPos(card::kWidth - 4, 4);
    }

    const QPointF position(node->position.x, node->position.y);
    if (pos() != position) {
        // The document's position is the truth: no snapping while following it.
        m_following = true;
        setPos(position);
        m_following = false;
    }
    update();
}

void NodeItem::rebuildPorts(const QStringList& inputNames, bool hasOutput) {
    qDeleteAll(m_inputs);
    m_inputs.clear();
    delete m_output;
    m_output = nullptr;
    m_inputNames = inputNames;
    for (int i = 0; i < inputNames.size(); ++i) {
        auto* port = new PortItem(this, PortItem::Direction::Input, i, inputNames[i]);
        port->setPos(0, card::inputPortY(i));
        m_inputs << port;
    }
    if (hasOutput) {
        m_output = new PortItem(this, PortItem::Direction::Output, 0, QString());
        m_output->setPos(card::kWidth, card::outputPortY());
    }
}

QRectF NodeItem::boundingRect() const {
    // Room for the selection outline and the shadow.
    return QRectF(0, 0, card::kWidth, m_height).adjusted(-3, -3, 3, 5);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const CanvasPalette colors = CanvasPalette::from(scene()->palette());
    const bool selected = (option->state & QStyle::State_Selected) && !graphScene()->isExporting();
    const QRectF body(0, 0, card::kWidth, m_height);
    const QColor accent = colors.accent(m_category);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(m_enabled ? 1.0 : 0.55);

    // Shadow, card, header tint.
    if (!graphScene()->isExporting()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, colors.dark ? 70 : 22));
        painter->drawRoundedRect(body.translated(0, 2), card::kCornerRadius, card::kCornerRadius);
    }
    painter->setBrush(colors.cardFill);
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(body, card::kCornerRadius, card::kCornerRadius);
    QPainterPath header;
    header.addRoundedRect(body, card::kCornerRadius, card::kCornerRadius);
    QPainterPath headerClip;
    headerClip.addRect(QRectF(0, 0, card::kWidth, card::kHeaderHeight));
    QColor tint = accent;
    tint.setAlphaF(colors.dark ? 0.32f : 0.16f);
    painter->setBrush(tint);
    painter->drawPath(header.intersected(headerClip));
    painter->setBrush(accent);
    painter->drawRect(QRectF(0, card::kHeaderHeight - 2, card::kWidth, 2));

    QPen border(m_problem.isEmpty() ? colors.cardBorder : colors.error, m_problem.isEmpty() ? 1 : 1.5);
    if (!m_enabled) border.setStyle(Qt::DashLine);
    if (selected) border = QPen(colors.selection, 2.5);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, card::kCornerRadius, card::kCornerRadius);

    // Header: the name, and the kind on the right.
    const QFont base = scene()->font();
    QFont titleFont = base;
    titleFont.setWeight(QFont::DemiBold);
    QFont smallFont = base;
    smallFont.setPointSizeF(base.pointSizeF() * 0.88);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(smallFont);
    const QString kind = m_enabled ? m_kind : tr("%1 (off)").arg(m_kind);
    const qreal kindWidth = std::min(smallMetrics.horizontalAdvance(kind), card::kWidth * 0.45);
    const qreal titleWidth = card::kWidth - 2 * kPad - kindWidth - 8;
    painter->setFont(titleFont);
    painter->setPen(colors.text);
    painter->drawText(QRectF(kPad, 0, titleWidth, card::kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
                      titleMetrics.elidedText(m_title, Qt::ElideRight, titleWidth));
    painter->setFont(smallFont);
    painter->setPen(colors.dimText);
    painter->drawText(QRectF(card::kWidth - kPad - kindWidth, 0, kindWidth, card::kHeaderHeight),
                      Qt::AlignVCenter | Qt::AlignRight, smallMetrics.elidedText(kind, Qt::ElideRight, kindWidth));

    // Input names, when there is more than one input to tell apart.
    qreal left = kPad;
    if (m_inputs.size() > 1) {
        qreal widest = 0;
        for (const QString& name : m_inputNames) widest = std::max(widest, smallMetrics.horizontalAdvance(name));
        for (int i = 0; i < m_inputs.size(); ++i)
            painter->drawText(QRectF(kPad, card::inputPortY(i) - 9, widest, 18), Qt::AlignVCenter | Qt::AlignLeft,
                              m_inputNames[i]);
        left += widest + 10;
    }
    const qreal width = card::kWidth - left - kPad;
    const qreal row1 = card::kHeaderHeight + 4;
    const qreal row2 = row1 + 22;

    // Key attributes.
    painter->drawText(QRectF(left, row1, width, 20), Qt::AlignVCenter | Qt::AlignLeft,
                      smallMetrics.elidedText(m_attributes, Qt::ElideRight, width));

    // Output shape and parameters.
    const qreal paramsWidth = m_params.isEmpty() ? 0 : smallMetrics.horizontalAdvance(m_params);
    painter->drawText(QRectF(left, row2, width, 20), Qt::AlignVCenter | Qt::AlignRight, m_params);
    const qreal shapeWidth = width - paramsWidth - (paramsWidth > 0 ? 8 : 0);
    QFont shapeFont = base;
    shapeFont.setPointSizeF(base.pointSizeF() * 0.95);
    painter->setFont(shapeFont);
    const QString shape = m_shape.isEmpty() ? tr("shape unknown") : QStringLiteral("→ ") + m_shape;
    painter->setPen(m_shape.isEmpty() && !m_problem.isEmpty() ? colors.error
                    : m_shape.isEmpty()                        ? colors.dimText
                                                               : colors.text);
    painter->drawText(QRectF(left, row2, shapeWidth, 20), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(shapeFont).elidedText(shape, Qt::ElideRight, shapeWidth));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    GraphScene* graph = graphScene();
    if (change == ItemPositionChange && graph && !m_following && graph->snapsToGrid()) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / card::kGrid) * card::kGrid, std::round(p.y() / card::kGrid) * card::kGrid);
    }
    if (change == ItemPositionHasChanged && graph) graph->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace nw::gui
