#pragma once

#include <QGraphicsItem>

namespace nw::gui {

class NodeItem;

// A round port on a card's edge: the node's inputs on the left, its output on the right. It is
// identified by its node's id, its direction and its index, never by an engine pointer.
class PortItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    enum class Direction { Input, Output };
    // While a wire is dragged: ports that accept it stand out, the others fade.
    enum class Hint { None, Legal, Illegal };

    PortItem(NodeItem* node, Direction direction, int index, const QString& name);

    int type() const override { return Type; }
    NodeItem* nodeItem() const;
    quint32 nodeId() const;
    Direction direction() const { return m_direction; }
    int index() const { return m_index; }
    QString name() const { return m_name; }
    // Where wires attach, in scene coordinates.
    QPointF anchor() const { return scenePos(); }

    void setConnected(bool connected);
    void setHint(Hint hint);
    Hint hint() const { return m_hint; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    Direction m_direction;
    int m_index;
    QString m_name;
    bool m_connected = false;
    bool m_hovered = false;
    Hint m_hint = Hint::None;
};

} // namespace nw::gui
