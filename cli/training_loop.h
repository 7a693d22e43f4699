#pragma once

#include "engine/train/session.h"

#include <functional>

namespace nw::cli {

// Runs the session's trainer on a worker thread while this thread prints progress and watches for
// Ctrl+C, which stops the run after the batch under way (a second Ctrl+C ends the process). `train` and
// `sweep` train through this. `atEpochEnd`, when given, runs on the training thread after every epoch
// (where a checkpoint can read the session).
StopReason trainWithProgress(TrainingSession& session, const TrainingSettings& settings,
                             const std::function<void()>& atEpochEnd = {});

// Whether Ctrl+C was pressed during the last trainWithProgress.
bool interrupted();

} // namespace nw::cli
