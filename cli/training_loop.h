#pragma once

#include "engine/train/session.h"

namespace nw::cli {

// Runs the session's trainer on a worker thread while this thread prints progress and watches for
// Ctrl+C, which stops the run after the batch under way (a second Ctrl+C ends the process). `train` and
// `sweep` train through this.
StopReason trainWithProgress(TrainingSession& session, const TrainingSettings& settings);

// Whether Ctrl+C was pressed during the last trainWithProgress.
bool interrupted();

} // namespace nw::cli
