#include "gui/views/neuron_map_overlay.h"

#include "gui/editor/graph_scene.h"
#include "gui/editor/node_item.h"
#include "gui/render/card_metrics.h"
#include "gui/training/probe_frame.h"
#include "gui/training/training_controller.h"
#include "gui/views/plane_images.h"

#include <QGraphicsPixmapItem>
#include <QPixmap>

#include <unordered_map>

namespace nw::gui {
namespace {

constexpr int kKey = 0; // QGraphicsItem::data key marking the map items
const auto kMarker = QStringLiteral("neuronMaps");
constexpr int kPerRow = 8;
constexpr int kTile = 18;
constexpr double kGapBelowCard = 6;

QGraphicsPixmapItem* mapItemOf(const NodeItem* card) {
    for (QGraphicsItem* child : card->childItems())
        if (child->data(kKey).toString() == kMarker) return static_cast<QGraphicsPixmapItem*>(child);
    return nullptr;
}

} // namespace

NeuronMapOverlay::NeuronMapOverlay(GraphScene* scene, TrainingController* controller, QObject* parent)
    : QObject(parent), m_scene(scene), m_controller(controller) {
    connect(controller, &TrainingController::frameChanged, this, &NeuronMapOverlay::update);
}

int NeuronMapOverlay::cardsWithMaps() const {
    int count = 0;
    for (const NodeItem* card : m_scene->nodeItems())
        if (mapItemOf(card)) ++count;
    return count;
}

void NeuronMapOverlay::update() {
    const std::shared_ptr<const ProbeFrame> frame = m_controller->frame();
    std::unordered_map<quint32, const DecisionGrid::NodeMap*> maps;
    if (frame && frame->grid)
        for (const DecisionGrid::NodeMap& map : frame->grid->nodes) maps[map.node.value] = &map;
    for (NodeItem* card : m_scene->nodeItems()) {
        QGraphicsPixmapItem* item = mapItemOf(card);
        const auto it = maps.find(card->nodeId());
        if (it == maps.end()) {
            delete item;
            continue;
        }
        if (!item) {
            item = new QGraphicsPixmapItem(card);
            item->setData(kKey, kMarker);
            item->setTransformationMode(Qt::SmoothTransformation);
            item->setAcceptedMouseButtons(Qt::NoButton);
        }
        item->setPixmap(QPixmap::fromImage(unitMapsImage(*frame->grid, *it->second, kPerRow, kTile)));
        item->setPos(1, card->boundingRect().bottom() + kGapBelowCard);
        item->setToolTip(
            tr("What each neuron of this layer computes over the plane (%1 neurons)").arg(it->second->units));
    }
}

} // namespace nw::gui
