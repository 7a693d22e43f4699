#pragma once

#include "engine/lesson/lesson.h"

#include <filesystem>

namespace nw {

// Does what a step's scripted solution says to `project`: its network, settings and switched layers,
// then trains as it says through TrainingSession, the way the designer and the CLI train, and stores
// the results (a run that diverges is stored too: some goals ask for it). A layer or setting the
// project does not have is refused with the reason. Relative data paths resolve against `dataDir`.
Status applySolution(const LessonSolution& solution, Project& project, const std::filesystem::path& dataDir);

} // namespace nw
