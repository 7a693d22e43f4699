#pragma once

#include <QGraphicsView>
#include <QIcon>
#include <QString>

namespace nw::gui {

// The canvas the network is drawn on: a light grid in scene units, and a centred hint while the
// scene holds no item yet. Ctrl+wheel and pinch zoom around the cursor; the middle button and
// Space+drag pan; a plain drag on empty canvas selects with a rubber band.
class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void setPlaceholder(const QString& title, const QString& detail);
    QString placeholderTitle() const { return m_placeholderTitle; }
    QString placeholderDetail() const { return m_placeholderDetail; }
    bool isPlaceholderShown() const;

    // 1.0 is one scene unit per logical pixel.
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);

    // Scene units between two grid lines; every fifth line is drawn stronger.
    static constexpr int kGridStep = 20;
    static constexpr int kMajorEvery = 5;
    static constexpr qreal kMinZoom = 0.15;
    static constexpr qreal kMaxZoom = 4.0;
    // Below this the cards' text is too small to read (the names are about 9 px high).
    static constexpr qreal kReadableZoom = 0.75;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Shows the whole network (never enlarged past 100 %).
    void fitAll();
    // How a freshly opened network is shown: whole when it fits at a readable zoom, otherwise at
    // that zoom from its first layers on the left, so the cards can be read and the rest scrolled to.
    // Until the user zooms or pans, it is shown so again whenever the view changes size (the window
    // still laying itself out when a file opens with it).
    void showNetwork();
    // The zoom below which showNetwork scrolls rather than shrinks (kReadableZoom); presenter mode
    // asks for more, and then also enlarges a small network up to it.
    void setReadableZoom(qreal zoom) { m_readableZoom = zoom; }
    // Shows the selected layers, or the whole network when nothing is selected.
    void fitSelection();

signals:
    void zoomChanged(qreal zoom);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void drawPlaceholder(QPainter* painter) const;
    void zoomBy(qreal factor);
    void fitRect(const QRectF& rect);

    qreal m_readableZoom = kReadableZoom;
    QString m_placeholderTitle;
    QString m_placeholderDetail;
    QIcon m_placeholderIcon;
    bool m_showingNetwork = false; // showNetwork()'s view, not changed by the user since
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace nw::gui
