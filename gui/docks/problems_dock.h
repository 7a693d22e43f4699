#pragma once

#include <QDockWidget>

#include <vector>

class QIcon;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct DataFitProblem;
struct Diagnostic;
class Graph;
} // namespace nw

namespace nw::gui {

// Every diagnostic of the network, then how it fits its data: an icon, the layer it concerns, the
// message and, when the message says how to fix it, that hint on its own line; a data problem with a
// fix the designer can make has a Fix button (fixRequested). Activating a row emits nodeActivated so
// the canvas can select and show the node. The title counts the problems. An empty network is a
// beginning, not a problem: it shows how to start instead.
class ProblemsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    void setDiagnostics(const std::vector<nw::Diagnostic>& diagnostics, const nw::Graph& graph);
    void setProblems(const std::vector<nw::Diagnostic>& diagnostics,
                     const std::vector<nw::DataFitProblem>& dataProblems, const nw::Graph& graph);

    int problemCount() const { return m_count; }
    QTreeWidget* list() const { return m_list; }

signals:
    void nodeActivated(quint32 nodeId);
    // The Fix button of data problem `index` (in the order setProblems got them) was pressed.
    void fixRequested(int index);

private:
    void activate(QTreeWidgetItem* item);
    QTreeWidgetItem* addRow(const nw::Diagnostic& diagnostic, const nw::Graph& graph, const QIcon& icon,
                            const QString& wholeName);

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
    int m_count = 0;
};

} // namespace nw::gui
