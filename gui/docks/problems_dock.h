#pragma once

#include <QDockWidget>

#include <vector>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Diagnostic;
class Graph;
} // namespace nw

namespace nw::gui {

// Every diagnostic of the network: an icon, the layer it concerns, the message and, when the
// message says how to fix it, that hint on its own line. Activating a row emits nodeActivated so
// the canvas can select and show the node. The title counts the problems.
class ProblemsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    void setDiagnostics(const std::vector<nw::Diagnostic>& diagnostics, const nw::Graph& graph);

    int problemCount() const { return m_count; }
    QTreeWidget* list() const { return m_list; }

signals:
    void nodeActivated(quint32 nodeId);

private:
    void activate(QTreeWidgetItem* item);

    QStackedWidget* m_pages = nullptr;
    QTreeWidget* m_list = nullptr;
    int m_count = 0;
};

} // namespace nw::gui
