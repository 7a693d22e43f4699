#include "engine/lesson/solution.h"

#include "engine/train/session.h"
#include "engine/train/setting_fields.h"

namespace nw {

Status applySolution(const LessonSolution& solution, Project& project, const std::filesystem::path& dataDir) {
    if (solution.graph) project.graph = *solution.graph;
    for (const std::string& assignment : solution.settings)
        if (const std::optional<Text> wrong = applySetting(project.training, assignment))
            return Diagnostic{DiagCode::JsonValue,
                              Text(NW_TEXT("The solution's setting %1: %2"), {assignment, *wrong})};
    const auto switchLayers = [&](const std::vector<std::string>& names, bool enabled) -> Status {
        for (const std::string& name : names) {
            const Node* node = project.graph.findByName(name);
            if (!node)
                return Diagnostic{DiagCode::JsonValue,
                                  Text(NW_TEXT("The solution names no layer '%1'"), {name})};
            if (Status set = project.graph.setEnabled(node->id, enabled); !set.ok()) return set;
        }
        return {};
    };
    if (Status s = switchLayers(solution.enable, true); !s.ok()) return s;
    if (Status s = switchLayers(solution.disable, false); !s.ok()) return s;
    if (solution.train == LessonSolution::Train::No) return {};

    const bool fresh = solution.train == LessonSolution::Train::Fresh;
    if (fresh) TrainingSession::clearResults(project);
    applyThreadCount(project.training.threads);
    Result<std::unique_ptr<TrainingSession>> session = TrainingSession::create(
        project, dataDir, fresh ? TrainingSession::Start::Fresh : TrainingSession::Start::Continue);
    if (!session.ok()) return session.error();
    (*session)->trainer().run(nullptr);
    (*session)->storeResults(project);
    return {};
}

} // namespace nw
