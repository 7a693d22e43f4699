#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct GraphAnalysis;
} // namespace nw

namespace nw::gui {

// What the summary bar shows, computed from a graph analysis; plain numbers so tests can check them.
struct NetworkSummary {
    int64_t layers = 0;
    int64_t parameters = 0;
    int64_t flopsPerSample = 0;
    int64_t trainingBytes = 0; // see estimateTrainingBytes()
    int64_t problems = 0;
};

// Memory one training step needs, in bytes, all float32 (4 bytes):
//   parameters × (1 value + 1 gradient + `optimizerSlots` optimizer state)
//   + batchSize × Σ over layers of the output's elements × 2 (the activation and its gradient).
// Adam keeps 2 slots per parameter (first and second moments), momentum 1, plain SGD 0; the bar
// assumes Adam, the largest. Layers whose shape is unknown count nothing. The runtime's scratch
// buffers (im2col and the like) are not included: it is an estimate of the order of magnitude.
int64_t estimateTrainingBytes(const nw::GraphAnalysis& analysis, int64_t batchSize, int optimizerSlots = 2);

// `dataProblems` counts how the network does not fit its data (checkDataFit). An empty network has
// no problems: it is a beginning.
NetworkSummary summarizeNetwork(const nw::GraphAnalysis& analysis, int64_t batchSize,
                                int64_t dataProblems = 0);

// A status-bar widget: layers · parameters · FLOPs per sample · training memory · problems.
class SummaryBar : public QWidget {
    Q_OBJECT

public:
    explicit SummaryBar(QWidget* parent = nullptr);

    void setAnalysis(const nw::GraphAnalysis& analysis, int64_t batchSize, int64_t dataProblems = 0);
    const NetworkSummary& summary() const { return m_summary; }

private:
    QLabel* addPart(const QString& objectName, const QString& toolTip);

    NetworkSummary m_summary;
    QLabel* m_layers = nullptr;
    QLabel* m_params = nullptr;
    QLabel* m_flops = nullptr;
    QLabel* m_memory = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace nw::gui
