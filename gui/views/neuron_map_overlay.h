#pragma once

#include <QObject>

namespace nw::gui {

class GraphScene;
class TrainingController;

// Draws each hidden neuron's own decision map under its layer's card on the canvas (the
// Playground's small squares), from the controller's probe frames: 2-D data sets only. The maps
// are child items of the cards, so they move with them and go when a card goes.
class NeuronMapOverlay : public QObject {
    Q_OBJECT

public:
    NeuronMapOverlay(GraphScene* scene, TrainingController* controller, QObject* parent = nullptr);

    // Cards that show maps now (tests).
    int cardsWithMaps() const;

private:
    void update();

    GraphScene* m_scene;
    TrainingController* m_controller;
};

} // namespace nw::gui
