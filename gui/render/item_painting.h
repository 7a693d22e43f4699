#pragma once

#include "gui/render/canvas_palette.h"

#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace nw {
class Graph;
struct GraphAnalysis;
struct NodeId;
} // namespace nw

namespace nw::gui {

// What a node's card shows, read from the graph and its analysis. The canvas items and the diagram
// export both draw from it, so a card looks the same on screen, in an SVG and in a PNG.
struct CardContent {
    QString title;
    QString kind;
    int category = 0;
    QString description;
    QString attributes;  // "32 neurons · he_uniform"
    QString shape;       // "1×28×28", empty when unknown
    QString params;      // "2.4k params", empty for none
    QString paramsCount; // "2.4k": the same without the word, where space is short
    QString problem;     // the diagnostics, one per line
    QString fix;         // the one-click fix on offer, empty when none
    bool enabled = true;
    QStringList inputNames;
    bool hasOutput = true;
    qreal height = 0;
};

CardContent describeNode(const nw::Graph& graph, const nw::GraphAnalysis& analysis, nw::NodeId id);

enum class PortLook { Normal, Hovered, Legal, Illegal };

struct PaintStyle {
    CanvasPalette colors;
    QFont font;
    bool exporting = false; // no shadows
    // Presenter mode: wires and borders drawn thicker, to carry across a room.
    qreal lineScale = 1;
};

// The card at the origin, ports excluded.
void paintCard(QPainter* painter, const CardContent& card, const PaintStyle& style, bool selected);
void paintPort(QPainter* painter, QPointF centre, bool connected, PortLook look, const CanvasPalette& colors);
void paintBadge(QPainter* painter, QPointF centre, const PaintStyle& style);
inline constexpr qreal kBadgeRadius = 9;

// The curve every wire follows from an output port at `from` to an input port at `to`, on the canvas
// (also the one being dragged) and in exported diagrams.
QPainterPath wirePath(QPointF from, QPointF to);

// A wire, and its shape label, which is painted above the cards so it stays readable where the
// wire is short. wireLabelRect() is where the label goes on `path`.
void paintWire(QPainter* painter, const QPainterPath& path, bool problem, bool selected,
               const PaintStyle& style);
QRectF wireLabelRect(const QPainterPath& path, const QString& label, const QFont& font);
void paintWireLabel(QPainter* painter, const QRectF& rect, const QString& label, bool problem, bool selected,
                    const PaintStyle& style);

} // namespace nw::gui
