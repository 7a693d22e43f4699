// Lessons: the file reader, the goal evaluator on hand-made states, and every built-in lesson solved
// by its own scripted solution, so a lesson whose goals cannot be met fails the suite.
#include "engine/data/builtin_datasets.h"
#include "engine/graph/shape_inference.h"
#include "engine/lesson/builtin_lessons.h"
#include "engine/lesson/goals.h"
#include "engine/lesson/lesson.h"
#include "engine/lesson/solution.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace nw {
namespace {

namespace fs = std::filesystem;

// A lesson with one step around `goal` (JSON), on a tiny XOR project.
std::string lessonWithGoal(const std::string& goal) {
    return R"({"format": "neuroweave-lesson", "version": 1, "id": "t", "title": "T",
      "project": {"format": "neuroweave-project", "version": 1, "graph": {"nodes": [
        {"id": 1, "kind": "Input", "name": "input", "attributes": {"shape": [2]}},
        {"id": 2, "kind": "Dense", "name": "hidden", "attributes": {"units": 4}},
        {"id": 3, "kind": "Tanh", "name": "tanh"},
        {"id": 4, "kind": "Dense", "name": "output", "attributes": {"units": 2}},
        {"id": 5, "kind": "Softmax", "name": "probabilities"}],
        "edges": [{"from": [1, 0], "to": [2, 0]}, {"from": [2, 0], "to": [3, 0]},
                  {"from": [3, 0], "to": [4, 0]}, {"from": [4, 0], "to": [5, 0]}]}},
      "steps": [{"title": "S", "text": ["line one", "line two"], "goals": [)" +
           goal + "]}]}";
}

LessonGoal goalFrom(const std::string& json) {
    Result<Lesson> lesson = parseLesson(lessonWithGoal(json));
    EXPECT_TRUE(lesson.ok()) << (lesson.ok() ? "" : lesson.error().describe());
    return lesson.ok() ? lesson->steps.front().goals.front() : LessonGoal{};
}

struct State {
    Project project;
    MetricHistory history;
    GoalResult check(const std::string& goal) const {
        return evaluateGoal(goalFrom(goal), {project, history});
    }
};

State xorState() {
    State s;
    s.project = parseLesson(lessonWithGoal(R"({"kind": "valid"})"))->project;
    return s;
}

EpochMetrics epoch(int n, double validationAccuracy, double trainLoss = 0.5) {
    EpochMetrics e;
    e.epoch = n;
    e.trainLoss = trainLoss;
    e.trainAccuracy = validationAccuracy;
    e.validationLoss = trainLoss;
    e.validationAccuracy = validationAccuracy;
    return e;
}

TEST(Lessons, AStepsTextMayBeWrittenAsLines) {
    const Result<Lesson> lesson = parseLesson(lessonWithGoal(R"({"kind": "valid"})"));
    ASSERT_TRUE(lesson.ok());
    EXPECT_EQ(lesson->steps.front().text, "line one\nline two\n");
    EXPECT_EQ(lesson->minutes, 45);
}

TEST(Lessons, AWrongFieldIsLocated) {
    const auto error = [](const std::string& goal) {
        const Result<Lesson> lesson = parseLesson(lessonWithGoal(goal));
        return lesson.ok() ? std::string("parsed") : lesson.error().describe();
    };
    EXPECT_NE(error(R"({"kind": "accuracy"})").find("Unknown goal kind 'accuracy'"), std::string::npos);
    EXPECT_NE(error(R"({"kind": "metric", "metric": "testAccuracy"})").find("/steps/0/goals/0/metric"),
              std::string::npos);
    EXPECT_NE(error(R"({"kind": "uses", "layer": "Dense2"})").find("Unknown layer kind 'Dense2'"),
              std::string::npos);
    EXPECT_NE(
        error(R"({"kind": "setting", "setting": "speed", "atLeast": 1})").find("Unknown setting 'speed'"),
        std::string::npos);
    EXPECT_NE(error(R"({"kind": "metric", "metric": "trainLoss", "atMots": 1})").find("atMots"),
              std::string::npos);
    EXPECT_NE(error(R"({"kind": "outcome", "outcome": "exploded"})").find("exploded"), std::string::npos);
    const Result<Lesson> notALesson = parseLesson(R"({"format": "neuroweave-project", "version": 1})");
    ASSERT_FALSE(notALesson.ok());
    EXPECT_NE(notALesson.error().describe().find("not a Neuroweave lesson"), std::string::npos);
    // The starting project's problems are located below it.
    std::string badProject = lessonWithGoal(R"({"kind": "valid"})");
    badProject.replace(badProject.find("\"units\": 4"), 10, "\"units\": -4");
    const Result<Lesson> bad = parseLesson(badProject);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().describe().find("/project/graph/nodes/1"), std::string::npos)
        << bad.error().describe();
}

TEST(Lessons, AnAssignmentNamesWhatItLocks) {
    const auto withAssignment = [](const std::string& assignment) {
        std::string text = lessonWithGoal(R"({"kind": "valid"})");
        text.replace(text.find("\"title\": \"T\","), 13,
                     "\"title\": \"T\", \"assignment\": " + assignment + ",");
        return parseLesson(text);
    };
    const Result<Lesson> ok =
        withAssignment(R"({"locked": ["learningRate", "dataset"], "layers": ["Input", "Dense"]})");
    ASSERT_TRUE(ok.ok()) << ok.error().describe();
    ASSERT_TRUE(ok->assignment);
    EXPECT_TRUE(ok->assignment->isLocked("dataset"));
    EXPECT_FALSE(ok->assignment->isLocked("epochs"));
    EXPECT_TRUE(ok->assignment->allows(LayerKind::Dense));
    EXPECT_FALSE(ok->assignment->allows(LayerKind::ReLU));
    const Result<Lesson> bad = withAssignment(R"({"locked": ["speed"]})");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().describe().find("/assignment/locked/0"), std::string::npos)
        << bad.error().describe();
    EXPECT_FALSE(withAssignment(R"({"layers": ["Dense3"]})").ok());
    EXPECT_FALSE(parseLesson(lessonWithGoal(R"({"kind": "valid"})"))->assignment);
}

TEST(Goals, MetricLooksAtTheLatestEpoch) {
    State s = xorState();
    const std::string goal = R"({"kind": "metric", "metric": "validationAccuracy", "atLeast": 0.9})";
    EXPECT_FALSE(s.check(goal).met);
    EXPECT_EQ(s.check(goal).now, "not trained yet");
    s.history.epochs = {epoch(1, 0.95), epoch(2, 0.85)};
    EXPECT_FALSE(s.check(goal).met);
    EXPECT_EQ(s.check(goal).now, "85.0%");
    s.history.epochs.push_back(epoch(3, 0.9));
    EXPECT_TRUE(s.check(goal).met);
    EXPECT_EQ(describeGoal(goalFrom(goal)), "Validation accuracy at least 90.0%");
    EXPECT_TRUE(s.check(R"({"kind": "metric", "metric": "trainLoss", "atMost": 0.5})").met);
    EXPECT_FALSE(s.check(R"({"kind": "metric", "metric": "trainLoss", "atMost": 0.4})").met);
}

TEST(Goals, NetworkGoalsCountWhatIsEnabled) {
    State s = xorState();
    // 2·4+4 + 4·2+2 = 22 parameters, one hidden layer, one Tanh.
    EXPECT_TRUE(s.check(R"({"kind": "parameters", "atMost": 22})").met);
    EXPECT_FALSE(s.check(R"({"kind": "parameters", "atMost": 21})").met);
    EXPECT_EQ(s.check(R"({"kind": "parameters", "atMost": 21})").now, "22 parameters");
    EXPECT_TRUE(s.check(R"({"kind": "hiddenLayers", "atLeast": 1, "atMost": 1})").met);
    EXPECT_TRUE(s.check(R"({"kind": "uses", "layer": "Tanh"})").met);
    EXPECT_FALSE(s.check(R"({"kind": "uses", "layer": "Dropout"})").met);
    EXPECT_FALSE(s.check(R"({"kind": "uses", "layer": "Tanh", "atMost": 0})").met);
    ASSERT_TRUE(s.project.graph.setEnabled(s.project.graph.findByName("tanh")->id, false).ok());
    EXPECT_TRUE(s.check(R"({"kind": "uses", "layer": "Tanh", "atMost": 0})").met);
    EXPECT_EQ(describeGoal(goalFrom(R"({"kind": "uses", "layer": "Tanh", "atMost": 0})")), "No Tanh layer");
    EXPECT_TRUE(s.check(R"({"kind": "valid"})").met);
    // A wire removed: the output layer has no input, a problem to fix.
    const NodeId output = s.project.graph.findByName("output")->id;
    ASSERT_TRUE(s.project.graph.disconnect(*s.project.graph.edgeInto({output, 0})).ok());
    EXPECT_FALSE(s.check(R"({"kind": "valid"})").met);
}

TEST(Goals, TrainingGoalsReadTheHistoryAndTheRuns) {
    State s = xorState();
    const std::string within = R"({"kind": "lossBelow", "below": 0.1, "withinSteps": 3})";
    s.history.batchLosses = {0.9f, 0.5f, 0.2f, 0.05f};
    EXPECT_FALSE(s.check(within).met); // below 0.1 only at step 4
    s.history.batchLosses[2] = 0.08f;
    EXPECT_TRUE(s.check(within).met);
    EXPECT_TRUE(s.check(R"({"kind": "steps", "atLeast": 4})").met);
    EXPECT_FALSE(s.check(R"({"kind": "trained", "atLeast": 1})").met);
    s.history.epochs = {epoch(1, 0.5)};
    EXPECT_TRUE(s.check(R"({"kind": "trained", "atLeast": 1})").met);

    s.project.training.optimizer.learningRate = 2;
    EXPECT_TRUE(s.check(R"({"kind": "setting", "setting": "learningRate", "atLeast": 1})").met);
    EXPECT_FALSE(s.check(R"({"kind": "setting", "setting": "optimizer", "equals": "sgd"})").met);
    EXPECT_EQ(s.check(R"({"kind": "setting", "setting": "optimizer", "equals": "sgd"})").now, "adam");

    const std::string diverged = R"({"kind": "outcome", "outcome": "diverged"})";
    EXPECT_EQ(s.check(diverged).now, "no run yet");
    for (const double rate : {0.01, 0.01, 2.0}) {
        RunRecord& run = s.project.runs.emplace_back();
        run.id = static_cast<int>(s.project.runs.size());
        run.training.optimizer.learningRate = rate;
        run.outcome = rate > 1 ? RunOutcome::Diverged : RunOutcome::Completed;
        run.graph = s.project.graph;
    }
    s.project.currentRun = 3;
    EXPECT_TRUE(s.check(diverged).met);
    s.project.currentRun = 2;
    EXPECT_FALSE(s.check(diverged).met);
    EXPECT_TRUE(s.check(R"({"kind": "runs", "atLeast": 3})").met);
    EXPECT_FALSE(s.check(R"({"kind": "runs", "setting": "learningRate", "atLeast": 3})").met);
    EXPECT_EQ(s.check(R"({"kind": "runs", "setting": "learningRate", "atLeast": 3})").now, "2 runs");
}

// Results belong to the network they were trained on: after an edit, goals on them wait for the
// changed network to be trained; and a layer left unconnected is not yet part of the network.
TEST(Goals, AnEditedNetworkMustBeTrainedAgainAndBeWhole) {
    State s = xorState();
    s.history.batchLosses = {0.9f, 0.05f};
    s.history.epochs = {epoch(1, 0.5)};
    RunRecord& run = s.project.runs.emplace_back();
    run.id = 1;
    run.graph = s.project.graph;
    s.project.currentRun = 1;
    const std::string trained = R"({"kind": "trained", "atLeast": 1})";
    const std::string hidden = R"({"kind": "hiddenLayers", "atLeast": 1})";
    EXPECT_TRUE(s.check(trained).met);
    EXPECT_TRUE(s.check(hidden).met); // input → Dense → Tanh → Dense

    s.project.graph.addNode(LayerKind::Dense, "dangling");
    const GoalResult stale = s.check(trained);
    EXPECT_FALSE(stale.met);
    EXPECT_EQ(stale.now, "the network changed since it was trained");
    EXPECT_FALSE(s.check(R"({"kind": "lossBelow", "below": 0.1})").met);
    const GoalResult broken = s.check(hidden);
    EXPECT_FALSE(broken.met);
    EXPECT_EQ(broken.now, "the network has 2 problems"); // an input left open, a second output
}

// What the designer saves as an assignment reads back as it was, for every built-in lesson with locks added.
TEST(Lessons, AWrittenLessonReadsBackEqual) {
    for (const Lesson& builtin : builtinLessons()) {
        Lesson lesson = builtin;
        lesson.assignment =
            AssignmentLocks{{"learningRate", "dataset"}, std::vector{LayerKind::Input, LayerKind::Dense}};
        const std::string text = serializeLesson(lesson);
        const Result<Lesson> back = parseLesson(text);
        ASSERT_TRUE(back.ok()) << lesson.id << ": " << back.error().describe();
        EXPECT_TRUE(*back == lesson) << lesson.id;
        EXPECT_EQ(serializeLesson(*back), text) << lesson.id;
    }
}

TEST(BuiltinLessons, EveryOneReadsAndStartsFromAValidProject) {
    ASSERT_GE(embeddedLessons().size(), 8u);
    std::set<std::string> ids;
    for (const EmbeddedLesson& file : embeddedLessons()) {
        const Result<Lesson> lesson = parseLesson(file.text);
        ASSERT_TRUE(lesson.ok()) << file.fileName << ": " << lesson.error().describe();
        EXPECT_TRUE(ids.insert(lesson->id).second) << "two lessons are called " << lesson->id;
        EXPECT_TRUE(analyzeGraph(lesson->project.graph).valid()) << file.fileName;
        EXPECT_FALSE(lesson->summary.empty()) << file.fileName;
        for (const LessonStep& step : lesson->steps) {
            EXPECT_FALSE(step.goals.empty()) << file.fileName << ": " << step.title;
            EXPECT_TRUE(step.solution) << file.fileName << ": " << step.title << " has no scripted solution";
        }
    }
    EXPECT_EQ(builtinLessons().size(), embeddedLessons().size());
    EXPECT_EQ(findBuiltinLesson("xor")->title, "Why a hidden layer? XOR");
}

// Each lesson worked through as a student would, step by step, by its scripted solution: after each
// step, every goal of that step holds.
class LessonSolutions : public testing::TestWithParam<std::string> {};

TEST_P(LessonSolutions, MeetEveryGoal) {
    const Lesson* found = findBuiltinLesson(GetParam());
    ASSERT_TRUE(found);
    if (found->project.dataset.source == DatasetSource::Builtin &&
        !fs::exists(builtinDatasetFolder(found->project.dataset.builtin)))
        GTEST_SKIP() << "the lesson trains on " << describeSource(found->project.dataset)
                     << ", which is absent (" << builtinDatasetFolder(found->project.dataset.builtin) << ")";
    Project project = found->project;
    project.training.threads = 1; // the same numbers on every machine
    for (const LessonStep& step : found->steps) {
        ASSERT_TRUE(step.solution);
        const Status solved = applySolution(*step.solution, project, fs::current_path());
        ASSERT_TRUE(solved.ok()) << step.title << ": " << solved.error().describe();
        for (const LessonGoal& goal : step.goals) {
            const GoalResult result = evaluateGoal(goal, {project, project.history});
            EXPECT_TRUE(result.met) << step.title << ": \"" << goalText(goal) << "\" is not met (now "
                                    << result.now << ")";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Builtin, LessonSolutions,
                         testing::Values("single-neuron", "xor", "activations", "learning-rate",
                                         "overfitting", "convolution", "confusion-matrix", "backpropagation"),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::erase(name, '-');
                             return name;
                         });

} // namespace
} // namespace nw
