#pragma once

#include <QMetaType>
#include <QVector>

namespace nw::gui {

// One trained mini-batch as the charts and the progress bar see it (a copy of nw::BatchMetrics in
// Qt-only terms, so headers read by moc can carry it). Accuracy is NaN for regression and for
// steps reloaded from a file, which keeps only their loss.
struct StepPoint {
    qint64 step = 0; // 1-based over the project's whole history
    int epoch = 0;
    qint64 batch = 0;
    qint64 batchesPerEpoch = 0;
    double loss = 0;
    double accuracy = 0;
    double samplesPerSecond = 0;
};

// One finished epoch; `step` is the last step of it. Validation figures are NaN without a split.
struct EpochPoint {
    int epoch = 0;
    qint64 step = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double validationLoss = 0;
    double validationAccuracy = 0;
    double seconds = 0;
};

// Where a run is, for the progress bar.
struct TrainingProgress {
    int epoch = 0;
    int epochs = 0;
    qint64 batch = 0;
    qint64 batchesPerEpoch = 0;
    double samplesPerSecond = 0;
    double secondsLeft = -1; // unknown
};

} // namespace nw::gui
