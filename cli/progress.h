#pragma once

#include "engine/train/trainer.h"

#include <iosfwd>
#include <mutex>
#include <vector>

namespace nw::cli {

// Collects the Trainer's reports on the training thread for the main thread to print. The lock is
// held only to copy a few numbers, so the observer stays as quick as TrainingObserver asks.
class ProgressLog final : public TrainingObserver {
public:
    struct Snapshot {
        bool started = false;               // at least one batch ran
        BatchMetrics last;                  // the latest batch
        double epochLoss = 0;               // mean batch loss of the current epoch so far
        double epochAccuracy = 0;           // mean batch accuracy of the current epoch so far
        std::vector<EpochMetrics> finished; // epochs finished since the previous take()
    };

    void onBatch(const BatchMetrics& metrics) override;
    void onEpoch(const EpochMetrics& metrics) override;

    Snapshot take();

private:
    std::mutex m_mutex;
    Snapshot m_snapshot;
    double m_lossSum = 0;
    double m_accuracySum = 0;
};

// Prints progress: on a terminal one line rewritten in place (epoch, batch, loss, accuracy,
// samples/s); otherwise, for logs and pipes, one line per finished epoch.
class ProgressPrinter {
public:
    ProgressPrinter(std::ostream& out, bool live, int totalEpochs, int64_t trainSamples);
    void update(const ProgressLog::Snapshot& snapshot);
    // Ends the live line so what follows starts on a line of its own.
    void finish();

private:
    std::ostream& m_out;
    bool m_live;
    int m_totalEpochs;
    int64_t m_trainSamples;
    bool m_lineOpen = false;
};

} // namespace nw::cli
