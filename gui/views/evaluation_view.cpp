#include "gui/views/evaluation_view.h"

#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/views/colour_maps.h"
#include "gui/views/sample_images.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace nw::gui {
namespace {

constexpr int kLabelWidth = 70;
constexpr int kAccuracyWidth = 48;
constexpr int kHeaderHeight = 18;
constexpr int kGalleryLimit = 300; // the gallery lists at most this many samples
constexpr int kIcon = 56;
constexpr int kCardWidth = 112; // a gallery card: the sample, then its labels on two lines
constexpr int kCardHeight = kIcon + 32;

// The sample with its predicted label under it and, when that is wrong, the true one: drawn into
// the card itself, so that no label is wrapped or cut by the list's layout.
QPixmap galleryCard(const QImage& sample, const QString& predicted, const QString& truth, bool wrong,
                    const QFont& font) {
    QPixmap card(kCardWidth, kCardHeight);
    card.fill(Qt::transparent);
    QPainter p(&card);
    p.drawImage(QRect((kCardWidth - kIcon) / 2, 0, kIcon, kIcon), sample);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int line = fm.height();
    p.setPen(wrong ? QColor(176, 0, 32) : QColor(40, 40, 40));
    p.drawText(QRect(0, kIcon + 2, kCardWidth, line), Qt::AlignHCenter,
               fm.elidedText(predicted, Qt::ElideRight, kCardWidth));
    if (wrong) {
        p.setPen(QColor(90, 90, 90));
        p.drawText(QRect(0, kIcon + 2 + line, kCardWidth, line), Qt::AlignHCenter,
                   fm.elidedText(EvaluationView::tr("true: %1").arg(truth), Qt::ElideRight, kCardWidth));
    }
    return card;
}

QString className(const Dataset& data, int64_t c) {
    return c < static_cast<int64_t>(data.classNames.size())
               ? QString::fromStdString(data.classNames[size_t(c)])
               : QString::number(c);
}

} // namespace

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evaluation.matrix"));
    setMinimumSize(160, 140);
    setToolTip(tr("Rows: true class; columns: predicted class. Click a cell to see its samples."));
}

void ConfusionMatrixWidget::setFrame(std::shared_ptr<const ProbeFrame> frame) {
    m_frame = std::move(frame);
    update();
}

void ConfusionMatrixWidget::setSelectedCell(int truth, int predicted) {
    m_selected = {predicted, truth};
    update();
}

QRect ConfusionMatrixWidget::gridRect() const {
    const QRect area = rect().adjusted(kLabelWidth, kHeaderHeight, -kAccuracyWidth, -4);
    const int side = std::max(0, std::min(area.width(), area.height()));
    return {area.left(), area.top(), side, side};
}

QRect ConfusionMatrixWidget::cellRect(int truth, int predicted) const {
    if (!m_frame || !m_frame->predictions) return {};
    const auto n = static_cast<int>(m_frame->predictions->classes);
    const QRect g = gridRect();
    const double cell = g.width() / double(n);
    return QRect(g.left() + int(predicted * cell), g.top() + int(truth * cell), int(cell), int(cell));
}

QPoint ConfusionMatrixWidget::cellAt(const QPoint& position) const {
    if (!m_frame || !m_frame->predictions) return {-1, -1};
    const QRect g = gridRect();
    if (!g.contains(position) || g.width() == 0) return {-1, -1};
    const auto n = static_cast<int>(m_frame->predictions->classes);
    return {(position.x() - g.left()) * n / g.width(), (position.y() - g.top()) * n / g.width()};
}

void ConfusionMatrixWidget::mousePressEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0) return;
    emit cellClicked(cell.y(), cell.x());
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (!m_frame || !m_frame->predictions || m_frame->predictions->indices.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The confusion matrix appears after the first epoch of a classification run."));
        return;
    }
    const Predictions& pr = *m_frame->predictions;
    const Dataset& samples = m_frame->data();
    const auto n = static_cast<int>(pr.classes);
    const QFontMetrics fm(font());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(kLabelWidth, 0, gridRect().width(), kHeaderHeight), Qt::AlignCenter, tr("predicted →"));
    p.drawText(QRect(gridRect().right() + 4, 0, kAccuracyWidth, kHeaderHeight), Qt::AlignLeft, tr("acc."));
    for (int t = 0; t < n; ++t) {
        int64_t rowTotal = 0;
        for (int c = 0; c < n; ++c) rowTotal += pr.count(t, c);
        const QRect first = cellRect(t, 0);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(2, first.top(), kLabelWidth - 6, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(className(samples, t), Qt::ElideRight, kLabelWidth - 6));
        for (int c = 0; c < n; ++c) {
            const QRect r = cellRect(t, c);
            const int64_t count = pr.count(t, c);
            const float share = rowTotal > 0 ? float(count) / float(rowTotal) : 0.0f;
            // Right answers orange, mistakes blue: both by their share of the row.
            const QRgb colour = t == c ? divergingColour(share) : divergingColour(-share);
            p.fillRect(r, QColor::fromRgb(colour));
            if (r.width() >= 22 && count > 0) {
                p.setPen(share > 0.55f ? Qt::white : Qt::black);
                p.drawText(r, Qt::AlignCenter, QString::number(count));
            }
        }
        const QRect last = cellRect(t, n - 1);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(last.right() + 4, last.top(), kAccuracyWidth, last.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   rowTotal > 0 ? QStringLiteral("%1%").arg(100.0 * pr.count(t, t) / rowTotal, 0, 'f', 0)
                                : QStringLiteral("–"));
    }
    if (m_selected.x() >= 0) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_selected.y(), m_selected.x()).adjusted(1, 1, -1, -1));
    }
}

EvaluationView::EvaluationView(TrainingController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("view.evaluation"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evaluation.summary"));
    m_summary->setWordWrap(true);
    m_matrix = new ConfusionMatrixWidget(this);
    m_gallery = new QListWidget(this);
    m_gallery->setObjectName(QStringLiteral("evaluation.gallery"));
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(kCardWidth, kCardHeight));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setWordWrap(true);
    m_gallery->setGridSize(QSize(kCardWidth + 6, kCardHeight + 6));
    m_gallery->setTextElideMode(Qt::ElideNone);
    m_gallery->setMinimumWidth(kCardWidth + 30);

    auto* top = new QVBoxLayout;
    top->addWidget(m_summary);
    top->addWidget(m_matrix, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top, 2);
    layout->addWidget(m_gallery, 3);

    connect(m_matrix, &ConfusionMatrixWidget::cellClicked, this, [this](int truth, int predicted) {
        if (truth == m_truth && predicted == m_predicted)
            filterCell(-1, -1);
        else
            filterCell(truth, predicted);
    });
    connect(controller, &TrainingController::frameChanged, this, &EvaluationView::showFrame);
    showFrame();
}

EvaluationView::~EvaluationView() = default;

QString EvaluationView::summary() const { return m_summary->text(); }

void EvaluationView::filterCell(int truth, int predicted) {
    m_truth = truth;
    m_predicted = predicted;
    m_matrix->setSelectedCell(truth, predicted);
    fillGallery();
}

QList<qint64> EvaluationView::shownSamples() const {
    QList<qint64> rows;
    for (int i = 0; i < m_gallery->count(); ++i) rows << m_gallery->item(i)->data(Qt::UserRole).toLongLong();
    return rows;
}

void EvaluationView::showFrame() {
    std::shared_ptr<const ProbeFrame> frame = m_controller->frame();
    // Predictions change only at epoch ends: other frames leave the view as it is.
    const bool same = frame && m_frame && frame->predictions == m_frame->predictions;
    m_frame = std::move(frame);
    if (same) return;
    m_matrix->setFrame(m_frame);
    if (!m_frame || !m_frame->predictions || m_frame->predictions->indices.empty()) {
        m_summary->clear();
        m_gallery->clear();
        return;
    }
    const Predictions& pr = *m_frame->predictions;
    int64_t correct = 0;
    for (size_t i = 0; i < pr.indices.size(); ++i) correct += pr.predicted[i] == pr.truth[i];
    m_summary->setText(tr("%1 validation samples, %2% right · step %3")
                           .arg(pr.indices.size())
                           .arg(100.0 * double(correct) / double(pr.indices.size()), 0, 'f', 1)
                           .arg(m_frame->predictionsStep));
    fillGallery();
}

void EvaluationView::fillGallery() {
    m_gallery->clear();
    if (!m_frame || !m_frame->predictions) return;
    const Predictions& pr = *m_frame->predictions;
    const Dataset& samples = m_frame->data();
    const bool images = isImageData(samples);
    m_gallery->setViewMode(images ? QListView::IconMode : QListView::ListMode);
    m_gallery->setGridSize(images ? QSize(kCardWidth + 6, kCardHeight + 6) : QSize());
    // Misclassified first, the most confident mistakes leading; then the right ones.
    std::vector<size_t> order(pr.indices.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const bool wrongA = pr.predicted[a] != pr.truth[a], wrongB = pr.predicted[b] != pr.truth[b];
        if (wrongA != wrongB) return wrongA;
        return pr.confidence[a] > pr.confidence[b];
    });
    int shown = 0;
    for (const size_t i : order) {
        if (m_truth >= 0 && (pr.truth[i] != m_truth || pr.predicted[i] != m_predicted)) continue;
        if (++shown > kGalleryLimit) break;
        const int64_t row = pr.indices[i];
        const bool wrong = pr.predicted[i] != pr.truth[i];
        auto* item = new QListWidgetItem(m_gallery);
        item->setData(Qt::UserRole, qint64(row));
        const QString predicted = className(samples, pr.predicted[i]);
        const QString truth = className(samples, pr.truth[i]);
        if (images) {
            item->setIcon(QIcon(galleryCard(sampleImage(samples, row), predicted, truth, wrong, font())));
        } else {
            item->setText(wrong ? tr("#%1: predicted %2, is %3").arg(row).arg(predicted, truth)
                                : tr("#%1: %2").arg(row).arg(predicted));
        }
        item->setToolTip(tr("Sample %1: predicted %2 (%3%), true class %4")
                             .arg(row)
                             .arg(predicted)
                             .arg(100.0 * pr.confidence[i], 0, 'f', 0)
                             .arg(truth));
        if (wrong) item->setForeground(QColor(176, 0, 32));
    }
}

} // namespace nw::gui
