// The Maths panel's numbers: what it shows for a neuron follows the formulas it shows, and the
// gradients are the loss's true slopes (checked by finite differences, independently of backward).
#include "graph_builder.h"

#include "engine/train/neuron_maths.h"

#include <gtest/gtest.h>

#include <cmath>

namespace nw {
namespace {

using test::GraphBuilder;

struct Fixture {
    GraphBuilder b;
    NodeId hidden, output;
    Dataset data;
    Weights weights;
    Fixture() {
        const NodeId in = b.input(Shape{2});
        hidden = b.add(LayerKind::Dense, {in}, {{"units", int64_t{3}}});
        const NodeId tanh = b.add(LayerKind::Tanh, {hidden});
        output = b.add(LayerKind::Dense, {tanh}, {{"units", int64_t{2}}});
        b.add(LayerKind::Softmax, {output});
        weights = b.compile(1, 7)->exportWeights();
        data.features = Tensor(Shape{3, 2});
        data.targets = Tensor(Shape{3, 1});
        data.numClasses = 2;
        const float xs[] = {0.5f, -1.0f, 1.5f, 0.25f, -0.75f, 2.0f};
        std::copy(std::begin(xs), std::end(xs), data.features.data());
        data.targets.data()[1] = 1;
    }
    NeuronMaths explain(NodeId node, int64_t unit, const Weights& w) const {
        Result<NeuronMaths> maths =
            explainNeuron(b.graph, w, data, 1, node, unit, LossKind::SoftmaxCrossEntropy, 0.5);
        EXPECT_TRUE(maths.ok()) << (maths.ok() ? "" : maths.error().describe());
        return maths.ok() ? *maths : NeuronMaths{};
    }
};

TEST(NeuronMaths, TheShownNumbersFollowTheShownFormulas) {
    const Fixture f;
    const NeuronMaths m = f.explain(f.hidden, 2, f.weights);
    ASSERT_EQ(m.inputs, (std::vector<float>{1.5f, 0.25f})); // sample 1
    ASSERT_EQ(m.weights.size(), 2u);
    float z = m.bias;
    for (size_t i = 0; i < 2; ++i) z += m.weights[i] * m.inputs[i];
    EXPECT_NEAR(m.z, z, 1e-6);
    ASSERT_EQ(m.activationKind, LayerKind::Tanh);
    EXPECT_NEAR(m.activated, std::tanh(m.z), 1e-6);
    EXPECT_EQ(m.biasGradient, m.delta);
    for (size_t i = 0; i < 2; ++i) {
        EXPECT_NEAR(m.gradients[i], m.delta * m.inputs[i], 1e-6);
        EXPECT_NEAR(m.updated[i], m.weights[i] - 0.5 * m.gradients[i], 1e-6);
    }
    EXPECT_NEAR(m.updatedBias, m.bias - 0.5 * m.biasGradient, 1e-6);
    EXPECT_GT(m.loss, 0);
    // The output layer has no activation of its own before the softmax... which is one.
    EXPECT_EQ(f.explain(f.output, 1, f.weights).activationKind, LayerKind::Softmax);
}

TEST(NeuronMaths, GradientsAreTheSlopesOfTheLoss) {
    const Fixture f;
    for (const NodeId node : {f.hidden, f.output}) {
        const NeuronMaths m = f.explain(node, 1, f.weights);
        for (size_t i = 0; i < m.weights.size(); ++i) {
            constexpr float eps = 1e-3f;
            Weights plus = f.weights, minus = f.weights;
            for (Weights* w : {&plus, &minus})
                for (NodeWeights& nw : *w)
                    if (nw.node == node) {
                        const int64_t units = nw.values[0].shape()[1];
                        nw.values[0].data()[static_cast<int64_t>(i) * units + 1] += w == &plus ? eps : -eps;
                    }
            const double slope = (f.explain(node, 1, plus).loss - f.explain(node, 1, minus).loss) / (2 * eps);
            EXPECT_NEAR(m.gradients[i], slope, 2e-3) << "weight " << i << " of node " << node.value;
        }
    }
}

TEST(NeuronMaths, RefusesWhatItCannotExplain) {
    const Fixture f;
    EXPECT_FALSE(
        explainNeuron(f.b.graph, f.weights, f.data, 0, f.hidden, 3, LossKind::SoftmaxCrossEntropy, 0.1).ok());
    EXPECT_FALSE(
        explainNeuron(f.b.graph, f.weights, f.data, 5, f.hidden, 0, LossKind::SoftmaxCrossEntropy, 0.1).ok());
    const NodeId tanh = f.b.graph.findByName("tanh_1") ? f.b.graph.findByName("tanh_1")->id : NodeId{3};
    EXPECT_FALSE(
        explainNeuron(f.b.graph, f.weights, f.data, 0, tanh, 0, LossKind::SoftmaxCrossEntropy, 0.1).ok());
}

} // namespace
} // namespace nw
