#pragma once

#include <QGraphicsView>
#include <QIcon>
#include <QString>

namespace nw::gui {

// The canvas the network is drawn on: a light grid in scene units, and a centred hint while the
// scene holds no item yet. The hint stays in the middle of the viewport, whatever the scroll.
class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void setPlaceholder(const QString& title, const QString& detail);
    QString placeholderTitle() const { return m_placeholderTitle; }
    QString placeholderDetail() const { return m_placeholderDetail; }
    bool isPlaceholderShown() const;

    // Scene units between two grid lines; every fifth line is drawn stronger.
    static constexpr int kGridStep = 20;
    static constexpr int kMajorEvery = 5;

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void drawPlaceholder(QPainter* painter) const;

    QString m_placeholderTitle;
    QString m_placeholderDetail;
    QIcon m_placeholderIcon;
};

} // namespace nw::gui
