#include "engine/layers/registry.h"
#include "engine/runtime/network.h"
#include "tests/support/gradient_check.h"

#include <gtest/gtest.h>
#include <limits>

using namespace nw;

TEST(Registry, HasEveryBuiltinKindWithItsDocumentation) {
    for (const char* name : {"Input",
                             "Dense",
                             "ReLU",
                             "LeakyReLU",
                             "Sigmoid",
                             "Tanh",
                             "Softmax",
                             "Identity",
                             "Dropout",
                             "Conv2D",
                             "MaxPool2D",
                             "AvgPool2D",
                             "GlobalAveragePool",
                             "BatchNorm",
                             "LayerNorm",
                             "GELU",
                             "ELU",
                             "Swish",
                             "Add",
                             "Concat",
                             "Flatten",
                             "Reshape"}) {
        const LayerInfo* info = layerRegistry().find(name);
        ASSERT_NE(info, nullptr) << name;
        EXPECT_FALSE(info->description.empty()) << name;
        EXPECT_FALSE(info->formula.empty()) << name;
        for (const AttrSpec& spec : info->attrs)
            EXPECT_EQ(checkAttribute(spec, spec.defaultValue), "") << name;
    }
}

TEST(Registry, EveryKindHasACategoryDescriptionAndDocumentedAttributes) {
    for (const LayerInfo& info : layerRegistry().all()) {
        EXPECT_NE(toString(info.category), "Other") << info.name;
        EXPECT_EQ(info.inputPorts.empty(), info.kind == LayerKind::Input) << info.name;
        for (const AttrSpec& spec : info.attrs) {
            EXPECT_FALSE(spec.label.empty()) << info.name << "." << spec.name;
            EXPECT_FALSE(spec.description.empty()) << info.name << "." << spec.name;
        }
    }
}

// The generic check on fixed shapes, a flat one and an image, whichever each kind takes (every kind
// takes one); tests/properties runs it on random ones.
TEST(Layers, AnalyticGradientsMatchFiniteDifferences) {
    for (const LayerInfo& info : layerRegistry().all()) {
        if (info.kind == LayerKind::Input) continue;
        Attributes attrs = defaultAttributes(info.attrs);
        if (info.kind == LayerKind::Reshape) attrs[0] = Shape{2, 2, 3};
        int checked = 0;
        for (const Shape& sample : {Shape{12}, Shape{2, 5, 5}}) {
            const std::vector<Shape> inputs(info.inputPorts.size(), sample);
            if (!info.inferShape(LayerSignature{attrs, inputs}).ok()) continue;
            ++checked;
            const auto mismatches = check::checkLayerGradients(info, attrs, inputs, 3, 11);
            EXPECT_TRUE(mismatches.empty()) << info.name << " on " << sample.toString() << "\n"
                                            << check::describe(mismatches);
        }
        EXPECT_GT(checked, 0) << info.name;
    }
}

TEST(Layers, DenseComputesXTimesWPlusB) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    const NodeId dense = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.setAttribute(dense, "units", int64_t{1}).ok());
    ASSERT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
    auto net = compile(g, 2);
    ASSERT_TRUE(net.ok());
    Weights w = (*net)->exportWeights();
    ASSERT_EQ(w.size(), 1u);
    w[0].values[0][0] = 2.0f; // W = [2, -1]ᵀ
    w[0].values[0][1] = -1.0f;
    w[0].values[1][0] = 0.5f; // b
    ASSERT_TRUE((*net)->importWeights(w).ok());
    Tensor x(Shape{2, 2});
    x[0] = 1, x[1] = 1, x[2] = 3, x[3] = 4;
    const Tensor& y = (*net)->forward(x, false);
    EXPECT_FLOAT_EQ(y[0], 1.5f);
    EXPECT_FLOAT_EQ(y[1], 2.5f);
}

TEST(Layers, SoftmaxRowsSumToOneEvenForHugeScores) {
    const LayerInfo& info = layerRegistry().info(LayerKind::Softmax);
    const Attributes attrs;
    const std::vector<Shape> in{Shape{3}};
    auto layer = info.create(LayerSignature{attrs, in}, Shape{3});
    Tensor x(Shape{1, 3}), y(Shape{1, 3});
    x[0] = 1000, x[1] = 1001, x[2] = -1000;
    const Tensor* inputs[] = {&x};
    layer->forward(inputs, y, false);
    EXPECT_NEAR(y[0] + y[1] + y[2], 1.0, 1e-6);
    EXPECT_GT(y[1], y[0]);
    EXPECT_EQ(y[2], 0.0f);
}

// Where x ≤ 0 ReLU passes no gradient at all, a non-finite one included (as PyTorch's
// threshold_backward), and elsewhere passes dy unchanged.
TEST(Layers, ReluPassesNoGradientWhereItsInputIsNotPositive) {
    const LayerInfo& info = layerRegistry().info(LayerKind::ReLU);
    const Attributes attrs;
    const std::vector<Shape> in{Shape{4}};
    auto layer = info.create(LayerSignature{attrs, in}, Shape{4});
    Tensor x(Shape{1, 4}), y(Shape{1, 4}), dy(Shape{1, 4}), dx(Shape{1, 4});
    x[0] = -1, x[1] = 0, x[2] = 2, x[3] = -3;
    dy[0] = std::numeric_limits<float>::quiet_NaN(), dy[1] = std::numeric_limits<float>::infinity(),
    dy[2] = 3, dy[3] = 5;
    const Tensor* inputs[] = {&x};
    Tensor* grads[] = {&dx};
    layer->forward(inputs, y, true);
    layer->backward(inputs, y, dy, grads);
    EXPECT_EQ(dx[0], 0.0f);
    EXPECT_EQ(dx[1], 0.0f);
    EXPECT_EQ(dx[2], 3.0f);
    EXPECT_EQ(dx[3], 0.0f);
}

TEST(Network, ImportRefusesMismatchedWeightsAndChangesNothing) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    const NodeId dense = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
    auto net = compile(g, 4);
    ASSERT_TRUE(net.ok());
    (*net)->initialize(3);
    const Weights before = (*net)->exportWeights();
    Weights wrong = before;
    wrong[0].values[0] = Tensor(Shape{3, 16});
    const Status s = (*net)->importWeights(wrong);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::DataMismatch);
    EXPECT_NE(s.error().message.find("3\u00d716"), std::string::npos) << s.error().message;
    EXPECT_EQ((*net)->exportWeights(), before);
}

TEST(Network, SameSeedSameInitialWeights) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    const NodeId dense = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
    auto a = compile(g, 4);
    auto b = compile(g, 4);
    (*a)->initialize(9);
    (*b)->initialize(9);
    EXPECT_EQ((*a)->exportWeights(), (*b)->exportWeights());
    (*b)->initialize(10);
    EXPECT_NE((*a)->exportWeights(), (*b)->exportWeights());
}

TEST(Network, BackwardThroughTheWholeNetworkMatchesFiniteDifferences) {
    Graph g;
    const NodeId input = g.addNode(LayerKind::Input);
    const NodeId dense = g.addNode(LayerKind::Dense);
    ASSERT_TRUE(g.setAttribute(dense, "units", int64_t{3}).ok());
    const NodeId tanh = g.addNode(LayerKind::Tanh);
    ASSERT_TRUE(g.connect({{input, 0}, {dense, 0}}).ok());
    ASSERT_TRUE(g.connect({{dense, 0}, {tanh, 0}}).ok());
    auto net = compile(g, 2);
    ASSERT_TRUE(net.ok());
    (*net)->initialize(1);
    Tensor x(Shape{2, 2});
    x[0] = 0.3f, x[1] = -0.7f, x[2] = 1.1f, x[3] = 0.2f;
    Tensor dy(Shape{2, 3});
    for (int64_t i = 0; i < dy.size(); ++i) dy[i] = 1.0f;
    (*net)->forward(x, true);
    (*net)->backward(dy);
    const float analytic = (*(*net)->params()[0].grad)[0];
    Tensor& w = *(*net)->params()[0].value;
    const float saved = w[0];
    const auto sum = [&] { return (*net)->forward(x, true).flat().sum(); };
    w[0] = saved + 1e-2f;
    const float plus = sum();
    w[0] = saved - 1e-2f;
    const float minus = sum();
    w[0] = saved;
    EXPECT_NEAR(analytic, (plus - minus) / 2e-2f, 1e-3);
}
