#pragma once

#include "gui/render/item_painting.h"

#include <QGraphicsItem>
#include <QString>
#include <QVector>

namespace nw::gui {

class GraphDocument;
class GraphScene;
class PortItem;

// A layer's card: its name and kind, its key attributes, the shape it outputs and its parameter
// count, an input port per input on the left and its output on the right, and a badge when shape
// inference reports a problem. It keeps only the node's id and a copy of what it shows; refresh()
// reads both again from the document.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    NodeItem(quint32 id, const GraphDocument& document);

    int type() const override { return Type; }
    quint32 nodeId() const { return m_id; }

    // Rereads the node and its analysis; moves the card to the node's position.
    void refresh(const GraphDocument& document);

    PortItem* inputPort(int index) const;
    PortItem* outputPort() const { return m_output; }
    const QVector<PortItem*>& inputPorts() const { return m_inputs; }

    // What the card shows, for tests and accessibility.
    const CardContent& content() const { return m_card; }
    QString title() const { return m_card.title; }
    QString attributesText() const { return m_card.attributes; }
    QString shapeText() const { return m_card.shape; }
    QString problemText() const { return m_card.problem; }
    // The one-click fix on offer ("Insert Flatten between …"), empty when there is none.
    QString fixText() const { return m_card.fix; }
    bool isNodeEnabled() const { return m_card.enabled; }
    // The error badge in the card's corner (a click applies the fix), nullptr when there is no problem.
    QGraphicsItem* badge() const { return m_badge; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    GraphScene* graphScene() const;
    void rebuildPorts();

    quint32 m_id;
    CardContent m_card;
    QStringList m_portNames;  // the names the current ports were built for
    bool m_following = false; // moving to the document's position, not dragged
    QVector<PortItem*> m_inputs;
    PortItem* m_output = nullptr;
    QGraphicsItem* m_badge = nullptr;
};

} // namespace nw::gui
