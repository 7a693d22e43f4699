#pragma once

#include <QObject>
#include <QPoint>
#include <QPointF>

#include <functional>
#include <vector>

class QAction;
class QKeySequence;
class QMenu;
class QWidget;

namespace nw::gui {

class GraphScene;
class GraphView;

// The canvas's Edit and View actions (cut, copy, paste, duplicate, delete, select all, rename,
// disable; zoom, fit, snap, arrange) and its context menus. The actions are children of `owner`
// (the main window) with stable object names ("edit.duplicate", "view.fitAll"), so menus, settings
// and tests find them by id whatever the language.
class EditorActions : public QObject {
    Q_OBJECT

public:
    EditorActions(QWidget* owner, GraphScene* scene, GraphView* view);

    QAction* action(const char* id) const;
    // Ids in menu order; an empty id stands for a separator.
    static const std::vector<const char*>& editMenuIds();
    static const std::vector<const char*>& viewMenuIds();

    // Every registered layer kind, by palette category; `chosen` receives the kind's name.
    static QMenu* layerMenu(QWidget* parent, const QString& title,
                            const std::function<void(const QString&)>& chosen);

public slots:
    // The menu for what is under the cursor: cards, a wire or the empty canvas.
    void showContextMenu(QPointF scenePos, QPoint globalPos);
    // Enables the actions that apply to the current selection and clipboard.
    void updateActions();

signals:
    // F2 or the context menu's Rename; the window asks for the name.
    void renameRequested(quint32 id);

private:
    QAction* make(const char* id, const QString& text, const QKeySequence& shortcut, const QString& tip);
    void create();

    QWidget* m_owner;
    GraphScene* m_scene;
    GraphView* m_view;
};

} // namespace nw::gui
