#include "progress.h"

#include "format.h"

#include <ostream>
#include <string>

namespace nw::cli {

void ProgressLog::onBatch(const BatchMetrics& metrics) {
    std::lock_guard lock(m_mutex);
    if (metrics.batch == 1) m_lossSum = m_accuracySum = 0;
    m_lossSum += metrics.loss;
    m_accuracySum += metrics.accuracy;
    const auto n = static_cast<double>(metrics.batch);
    m_snapshot.started = true;
    m_snapshot.last = metrics;
    m_snapshot.epochLoss = m_lossSum / n;
    m_snapshot.epochAccuracy = m_accuracySum / n;
}

void ProgressLog::onEpoch(const EpochMetrics& metrics) {
    std::lock_guard lock(m_mutex);
    m_snapshot.finished.push_back(metrics);
}

ProgressLog::Snapshot ProgressLog::take() {
    std::lock_guard lock(m_mutex);
    Snapshot copy = m_snapshot;
    m_snapshot.finished.clear();
    return copy;
}

ProgressPrinter::ProgressPrinter(std::ostream& out, bool live, int totalEpochs, int64_t trainSamples)
    : m_out(out), m_live(live), m_totalEpochs(totalEpochs), m_trainSamples(trainSamples) {}

void ProgressPrinter::update(const ProgressLog::Snapshot& s) {
    const std::string epochs = "/" + std::to_string(m_totalEpochs);
    if (!m_live) {
        for (const EpochMetrics& e : s.finished) {
            const double rate = e.seconds > 0 ? static_cast<double>(m_trainSamples) / e.seconds : 0;
            m_out << "epoch " << e.epoch << epochs << "  loss " << fixed(e.trainLoss, 4) << "  accuracy "
                  << percent(e.trainAccuracy) << "  val_loss " << fixed(e.validationLoss, 4)
                  << "  val_accuracy " << percent(e.validationAccuracy) << "  "
                  << withThousands(static_cast<int64_t>(rate)) << " samples/s\n";
        }
        m_out.flush();
        return;
    }
    if (!s.started) return;
    const BatchMetrics& b = s.last;
    // "\x1b[K" clears what a longer previous line left to the right.
    m_out << "\repoch " << b.epoch << epochs << "  batch " << b.batch << "/" << b.batchesPerEpoch << "  loss "
          << fixed(s.epochLoss, 4) << "  accuracy " << percent(s.epochAccuracy) << "  "
          << withThousands(static_cast<int64_t>(b.samplesPerSecond)) << " samples/s\x1b[K" << std::flush;
    m_lineOpen = true;
}

void ProgressPrinter::finish() {
    if (m_lineOpen) m_out << "\n";
    m_lineOpen = false;
}

} // namespace nw::cli
