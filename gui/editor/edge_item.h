#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace nw::gui {

// A wire from one node's output to another's input, as a cubic curve labelled with the shape of the
// tensor it carries. Red when the analysis reports a problem at its target.
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    struct Ends {
        quint32 fromNode = 0;
        int fromPort = 0;
        quint32 toNode = 0;
        int toPort = 0;
        bool operator==(const Ends&) const = default;
    };

    explicit EdgeItem(const Ends& ends);
    ~EdgeItem() override;

    int type() const override { return Type; }
    const Ends& ends() const { return m_ends; }

    // Both ends in scene coordinates.
    void setEndpoints(QPointF from, QPointF to);
    void setLabel(const QString& shape);
    QString label() const { return m_label; }
    void setProblem(bool problem);
    bool hasProblem() const { return m_problem; }

    // The shape label, a separate item above the cards; the scene adds it with the wire.
    QGraphicsItem* labelItem() const { return m_labelItem; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    friend class EdgeLabelItem;
    QRectF labelRect() const;

    Ends m_ends;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QString m_label;
    bool m_problem = false;
    QGraphicsItem* m_labelItem = nullptr;
};

} // namespace nw::gui
