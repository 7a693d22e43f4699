#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace nw::gui {

class ConfusionMatrixWidget;
class TrainingController;
struct ProbeFrame;

// How the network does on the validation split, from the latest predictions (made at each
// epoch's end and at the end of a run): the confusion matrix with each class's accuracy, and the
// samples themselves, misclassified ones first — as pictures with their predicted and true labels
// for image data. A click on a cell of the matrix shows only its samples; a second click shows all.
class EvaluationView : public QWidget {
    Q_OBJECT

public:
    explicit EvaluationView(TrainingController* controller, QWidget* parent = nullptr);
    ~EvaluationView() override;

    // Shows only the samples of true class `truth` predicted as `predicted` (-1, -1: all).
    void filterCell(int truth, int predicted);
    // What the gallery lists now (tests): sample rows, in order.
    QList<qint64> shownSamples() const;
    ConfusionMatrixWidget* matrix() const { return m_matrix; }
    QString summary() const;

private:
    void showFrame();
    void fillGallery();

    TrainingController* m_controller;
    std::shared_ptr<const ProbeFrame> m_frame;
    QLabel* m_summary = nullptr;
    ConfusionMatrixWidget* m_matrix = nullptr;
    QListWidget* m_gallery = nullptr;
    int m_truth = -1;
    int m_predicted = -1;
};

// The matrix itself: rows are true classes, columns predicted ones, each row shaded by its share,
// with the row's accuracy at its end.
class ConfusionMatrixWidget : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixWidget(QWidget* parent = nullptr);
    void setFrame(std::shared_ptr<const ProbeFrame> frame);
    // The cell under a point of the widget, or (-1, -1).
    QPoint cellAt(const QPoint& position) const;
    QRect cellRect(int truth, int predicted) const;
    void setSelectedCell(int truth, int predicted);

signals:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect gridRect() const;
    std::shared_ptr<const ProbeFrame> m_frame;
    QPoint m_selected{-1, -1};
};

} // namespace nw::gui
