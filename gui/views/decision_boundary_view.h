#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

namespace nw::gui {

class TrainingController;
struct ProbeFrame;

// TensorFlow Playground's picture: the plane of a 2-D data set coloured by what the network
// predicts there, with the training points (filled) and the validation points (rings) on top.
// It follows the controller's probe frames, so it changes live while training runs.
class DecisionBoundaryView : public QWidget {
    Q_OBJECT

public:
    explicit DecisionBoundaryView(TrainingController* controller, QWidget* parent = nullptr);
    ~DecisionBoundaryView() override;

    // The plane as last drawn from a frame (resolution × resolution), null without 2-D data.
    QImage planeImage() const { return m_plane; }
    QSize sizeHint() const override { return {260, 280}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showFrame();

    TrainingController* m_controller;
    std::shared_ptr<const ProbeFrame> m_frame;
    QImage m_plane;
};

} // namespace nw::gui
