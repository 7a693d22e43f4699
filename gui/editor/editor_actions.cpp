#include "gui/editor/editor_actions.h"

#include "gui/document/graph_document.h"
#include "gui/document/graph_fragment.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/editor/graph_view.h"
#include "gui/editor/node_item.h"
#include "gui/render/engine_text.h"

#include "engine/graph/graph.h"
#include "engine/layers/registry.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>
#include <QWidget>

#include <map>

namespace nw::gui {

EditorActions::EditorActions(QWidget* owner, GraphScene* scene, GraphView* view)
    : QObject(owner), m_owner(owner), m_scene(scene), m_view(view) {
    create();
    connect(scene, &QGraphicsScene::selectionChanged, this, &EditorActions::updateActions);
    connect(scene->document()->projectDocument()->undoStack(), &QUndoStack::indexChanged, this,
            &EditorActions::updateActions);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditorActions::updateActions);
    connect(scene, &GraphScene::contextMenuRequested, this, &EditorActions::showContextMenu);
    updateActions();
}

QAction* EditorActions::action(const char* id) const {
    return m_owner->findChild<QAction*>(QString::fromLatin1(id), Qt::FindDirectChildrenOnly);
}

const std::vector<const char*>& EditorActions::editMenuIds() {
    static const std::vector<const char*> ids{
        "edit.cut", "edit.copy",      "edit.paste", "edit.duplicate", "edit.delete", "edit.deleteJoin",
        "",         "edit.selectAll", "",           "edit.rename",    "edit.disable"};
    return ids;
}

const std::vector<const char*>& EditorActions::viewMenuIds() {
    static const std::vector<const char*> ids{
        "view.zoomIn",     "view.zoomOut",   "view.zoomReset", "", "view.fitAll", "view.fitSelection", "",
        "view.snapToGrid", "view.autoLayout"};
    return ids;
}

QAction* EditorActions::make(const char* id, const QString& text, const QKeySequence& shortcut,
                             const QString& tip) {
    auto* action = new QAction(text, m_owner);
    action->setObjectName(QString::fromLatin1(id));
    action->setShortcut(shortcut);
    // Shortcuts work while the canvas or any dock has focus, not only the canvas.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setStatusTip(tip);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(
        shortcut.isEmpty() ? plain : tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    m_owner->addAction(action);
    return action;
}

void EditorActions::create() {
    GraphScene* scene = m_scene;
    GraphView* view = m_view;

    connect(make("edit.cut", tr("Cu&t"), QKeySequence::Cut, tr("Move the selected layers to the clipboard")),
            &QAction::triggered, scene, &GraphScene::cutSelection);
    connect(
        make("edit.copy", tr("&Copy"), QKeySequence::Copy, tr("Copy the selected layers and their wires")),
        &QAction::triggered, scene, &GraphScene::copySelection);
    connect(make("edit.paste", tr("&Paste"), QKeySequence::Paste, tr("Add the layers on the clipboard")),
            &QAction::triggered, scene, &GraphScene::paste);
    connect(make("edit.duplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                 tr("Copy the selected layers next to themselves")),
            &QAction::triggered, scene, &GraphScene::duplicateSelection);
    QAction* remove =
        make("edit.delete", tr("&Delete"), QKeySequence::Delete, tr("Delete the selected layers and wires"));
    remove->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, scene, &GraphScene::deleteSelection);
    connect(make("edit.deleteJoin", tr("Delete and &Join Wires"), QKeySequence(Qt::CTRL | Qt::Key_Backspace),
                 tr("Delete the selected layer and wire what fed it to what it fed")),
            &QAction::triggered, scene, &GraphScene::deleteSelectedAndJoin);
    connect(
        make("edit.selectAll", tr("Select &All"), QKeySequence::SelectAll, tr("Select every layer and wire")),
        &QAction::triggered, scene, [scene] {
            for (QGraphicsItem* item : scene->items())
                if (item->flags() & QGraphicsItem::ItemIsSelectable) item->setSelected(true);
        });
    connect(make("edit.rename", tr("&Rename…"), QKeySequence(Qt::Key_F2),
                 tr("Give the selected layer a new name")),
            &QAction::triggered, this, [this] {
                const QList<quint32> ids = m_scene->selectedNodeIds();
                if (ids.size() == 1) emit renameRequested(ids.front());
            });
    QAction* disable = make("edit.disable", tr("Disa&ble Layer"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            tr("Switch the selected layers off: they pass their input through unchanged"));
    disable->setCheckable(true);
    connect(disable, &QAction::triggered, scene, &GraphScene::toggleSelectionEnabled);

    QAction* zoomIn = make("view.zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, tr("Enlarge the canvas"));
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, view, &GraphView::zoomIn);
    connect(make("view.zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Shrink the canvas")),
            &QAction::triggered, view, &GraphView::zoomOut);
    connect(make("view.zoomReset", tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0),
                 tr("Show the canvas at 100 %")),
            &QAction::triggered, view, &GraphView::resetZoom);
    connect(make("view.fitAll", tr("&Fit Network"), QKeySequence(Qt::Key_F), tr("Show the whole network")),
            &QAction::triggered, view, &GraphView::fitAll);
    connect(make("view.fitSelection", tr("Zoom to &Selection"), QKeySequence(Qt::SHIFT | Qt::Key_F),
                 tr("Show the selected layers")),
            &QAction::triggered, view, &GraphView::fitSelection);
    QAction* snap =
        make("view.snapToGrid", tr("Snap to &Grid"), {}, tr("Align moved layers on the canvas grid"));
    snap->setCheckable(true);
    snap->setChecked(scene->snapsToGrid());
    connect(snap, &QAction::toggled, scene, &GraphScene::setSnapToGrid);
    connect(make("view.autoLayout", tr("A&rrange Layers"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                 tr("Lay the network out from left to right")),
            &QAction::triggered, scene, [scene, view] {
                scene->document()->autoLayout();
                view->showNetwork(); // readable, scrolled, rather than shrunk until it is not
            });
}

void EditorActions::updateActions() {
    const QList<quint32> nodes = m_scene->selectedNodeIds();
    const bool hasNodes = !nodes.isEmpty();
    action("edit.cut")->setEnabled(hasNodes);
    action("edit.copy")->setEnabled(hasNodes);
    action("edit.duplicate")->setEnabled(hasNodes);
    action("edit.delete")->setEnabled(hasNodes || !m_scene->selectedEdges().isEmpty());
    action("edit.rename")->setEnabled(nodes.size() == 1);
    action("edit.deleteJoin")->setEnabled(nodes.size() == 1);
    const QMimeData* clip = QGuiApplication::clipboard()->mimeData();
    action("edit.paste")
        ->setEnabled(clip && (clip->hasFormat(QString::fromLatin1(kFragmentMimeType)) || clip->hasText()));

    // Checked when every selected layer that can be switched off is off.
    const nw::Graph& graph = m_scene->document()->engineGraph();
    bool any = false;
    bool allOff = true;
    for (const quint32 id : nodes)
        if (const nw::Node* node = graph.node(nw::NodeId{id}); node && node->kind != nw::LayerKind::Input) {
            any = true;
            allOff = allOff && !node->enabled;
        }
    QAction* disable = action("edit.disable");
    disable->setEnabled(any);
    disable->setChecked(any && allOff);
}

QMenu* EditorActions::layerMenu(QWidget* parent, const QString& title,
                                const std::function<void(const QString&)>& chosen) {
    auto* menu = new QMenu(title, parent);
    std::map<int, QMenu*> byCategory;
    for (const nw::LayerInfo& info : nw::layerRegistry().all()) {
        QMenu*& sub = byCategory[int(info.category)];
        if (!sub) sub = menu->addMenu(paletteCategoryTitle(info.category));
        const QString kind = QString::fromStdString(info.name);
        QAction* add = sub->addAction(kind);
        add->setStatusTip(enginePhrase(info.description));
        add->setToolTip(enginePhrase(info.description));
        QObject::connect(add, &QAction::triggered, menu, [chosen, kind] { chosen(kind); });
    }
    return menu;
}

void EditorActions::showContextMenu(QPointF scenePos, QPoint globalPos) {
    updateActions();
    QMenu menu(m_owner);
    const QList<quint32> nodes = m_scene->selectedNodeIds();
    if (!nodes.isEmpty()) {
        if (nodes.size() == 1)
            if (const NodeItem* item = m_scene->nodeItem(nodes.front()); item && !item->fixText().isEmpty()) {
                const quint32 id = nodes.front();
                QAction* fix = menu.addAction(tr("Fix: %1").arg(item->fixText()));
                connect(fix, &QAction::triggered, m_scene, [this, id] { m_scene->applyFix(id); });
                menu.addSeparator();
            }
        for (const char* id : {"edit.rename", "edit.disable", "", "edit.cut", "edit.copy", "edit.duplicate",
                               "edit.delete", "edit.deleteJoin", "", "view.fitSelection"})
            *id ? (void)menu.addAction(action(id)) : (void)menu.addSeparator();
    } else if (!m_scene->selectedEdges().isEmpty()) {
        QAction* remove = menu.addAction(tr("Delete Wire"));
        connect(remove, &QAction::triggered, m_scene, &GraphScene::deleteSelection);
    } else {
        QMenu* add = layerMenu(&menu, tr("Add Layer"), [this, scenePos](const QString& kind) {
            m_scene->addLayerAt(kind, scenePos);
        });
        menu.addMenu(add);
        menu.addSeparator();
        for (const char* id : {"edit.paste", "edit.selectAll", "", "view.autoLayout", "view.fitAll"})
            *id ? (void)menu.addAction(action(id)) : (void)menu.addSeparator();
    }
    menu.exec(globalPos);
}

} // namespace nw::gui
