// checkDataFit: the network against its data before training, each problem with its fix; the data
// defaults a newly chosen source gets.

#include "engine/io/project.h"
#include "engine/train/data_fit.h"

#include <gtest/gtest.h>

namespace nw {
namespace {

struct Net {
    Project project;
    NodeId input, dense, softmax;
};

// Input(inputShape) -> Dense(units) -> Softmax.
Net classifier(const Shape& inputShape, int64_t units) {
    Net n;
    Graph& g = n.project.graph;
    n.input = g.addNode(LayerKind::Input);
    EXPECT_TRUE(g.setAttribute(n.input, "shape", inputShape).ok());
    n.dense = g.addNode(LayerKind::Dense);
    EXPECT_TRUE(g.setAttribute(n.dense, "units", units).ok());
    n.softmax = g.addNode(LayerKind::Softmax);
    EXPECT_TRUE(g.connect({{n.input, 0}, {n.dense, 0}}).ok());
    EXPECT_TRUE(g.connect({{n.dense, 0}, {n.softmax, 0}}).ok());
    return n;
}

DataFacts facts(const Shape& sample, int64_t classes, float largest = 1) {
    DataFacts f;
    f.name = "points";
    f.sampleShape = sample;
    f.numClasses = classes;
    f.targetWidth = 1;
    f.imageLike = sample.rank() == 3;
    f.largestMagnitude = largest;
    return f;
}

std::vector<DataFitProblem> check(const Net& n, const DataFacts& f) {
    return checkDataFit(n.project, analyzeGraph(n.project.graph), f);
}

TEST(DataFit, AFittingNetworkHasNoProblems) {
    EXPECT_TRUE(check(classifier(Shape{2}, 3), facts(Shape{2}, 3)).empty());
    // The same count of values in another arrangement is read as the Input takes it.
    EXPECT_TRUE(check(classifier(Shape{784}, 10), facts(Shape{1, 28, 28}, 10)).empty());
}

TEST(DataFit, TheInputShapeIsSetFromTheData) {
    const Net n = classifier(Shape{3}, 2);
    const std::vector<DataFitProblem> problems = check(n, facts(Shape{2}, 2));
    ASSERT_EQ(problems.size(), 1u);
    const DataFitProblem& p = problems[0];
    EXPECT_EQ(p.diagnostic.code, DiagCode::DataMismatch);
    EXPECT_EQ(p.diagnostic.node, n.input);
    EXPECT_FALSE(p.warning);
    EXPECT_NE(
        p.diagnostic.message.find("The Input layer takes 3 (3 values) but the samples of 'points' are 2 "
                                  "(2 values): set the Input's shape to 2"),
        std::string::npos)
        << p.diagnostic.message;
    ASSERT_TRUE(p.fix);
    EXPECT_EQ(p.fix->kind, DataFitFix::Kind::SetInputShape);
    EXPECT_EQ(p.fix->node, n.input);
    EXPECT_EQ(p.fix->shape, Shape{2});
}

TEST(DataFit, TheOutputsFollowTheClassesThroughTheSoftmax) {
    const Net n = classifier(Shape{2}, 3);
    const std::vector<DataFitProblem> problems = check(n, facts(Shape{2}, 10));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].diagnostic.code, DiagCode::IncompatibleLoss);
    EXPECT_EQ(problems[0].diagnostic.node, n.dense);
    EXPECT_NE(problems[0].diagnostic.message.find("3 outputs but 'points' has 10 classes: set the last Dense "
                                                  "layer's units to 10"),
              std::string::npos)
        << problems[0].diagnostic.message;
    ASSERT_TRUE(problems[0].fix);
    EXPECT_EQ(problems[0].fix->kind, DataFitFix::Kind::SetUnits);
    EXPECT_EQ(problems[0].fix->node, n.dense);
    EXPECT_EQ(problems[0].fix->units, 10);
}

TEST(DataFit, ARegressionSetNeedsMse) {
    Net n = classifier(Shape{2}, 1);
    DataFacts f = facts(Shape{2}, 0);
    f.task = TaskKind::Regression;
    const std::vector<DataFitProblem> problems = check(n, f);
    ASSERT_EQ(problems.size(), 1u);
    ASSERT_TRUE(problems[0].fix);
    EXPECT_EQ(problems[0].fix->kind, DataFitFix::Kind::SetLoss);
    EXPECT_EQ(problems[0].fix->loss, LossKind::MeanSquaredError);
    n.project.training.loss = LossKind::MeanSquaredError;
    EXPECT_TRUE(check(n, f).empty());
}

TEST(DataFit, LargeUnscaledValuesAreAWarningUntilScaled) {
    Net n = classifier(Shape{784}, 10);
    const DataFacts pixels = facts(Shape{1, 28, 28}, 10, 255);
    const std::vector<DataFitProblem> problems = check(n, pixels);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].warning);
    EXPECT_EQ(problems[0].diagnostic.code, DiagCode::UnscaledData);
    EXPECT_NE(problems[0].diagnostic.message.find("reach 255"), std::string::npos)
        << problems[0].diagnostic.message;
    ASSERT_TRUE(problems[0].fix);
    EXPECT_EQ(problems[0].fix->scaling, Scaling::UnitRange);
    n.project.dataset.scaling = Scaling::UnitRange;
    EXPECT_TRUE(check(n, pixels).empty());
}

TEST(DataFit, NothingIsCheckedAgainstAnIncompleteNetwork) {
    Project p;
    p.graph.addNode(LayerKind::Dense); // no Input: the network's own problem comes first
    EXPECT_TRUE(checkDataFit(p, analyzeGraph(p.graph), facts(Shape{2}, 2)).empty());
}

TEST(DataFit, DescribesADataSet) {
    Dataset data;
    data.name = "tiny";
    data.features = Tensor(Shape{3, 2});
    data.features.data()[4] = -300;
    data.targets = Tensor(Shape{3, 1});
    data.numClasses = 2;
    const DataFacts f = describeData(data);
    EXPECT_EQ(f.sampleShape, Shape{2});
    EXPECT_EQ(f.numClasses, 2);
    EXPECT_EQ(f.targetWidth, 1);
    EXPECT_FALSE(f.imageLike);
    EXPECT_EQ(f.largestMagnitude, 300);
}

TEST(DataFit, ANewSourceGetsTheScalingThatSuitsIt) {
    DatasetSpec spec;
    spec.source = DatasetSource::Builtin;
    EXPECT_EQ(defaultsFor(spec).scaling, Scaling::UnitRange);
    EXPECT_EQ(defaultsFor(spec).maxEpochs, 5);
    spec.source = DatasetSource::Csv;
    EXPECT_EQ(defaultsFor(spec).scaling, Scaling::Standardize);
    EXPECT_FALSE(defaultsFor(spec).maxEpochs);
    spec.source = DatasetSource::Synthetic;
    EXPECT_EQ(defaultsFor(spec).scaling, Scaling::None);
}

} // namespace
} // namespace nw
