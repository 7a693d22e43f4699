// Conv2D and the pooling layers: values against direct loops, shapes and diagnostics with their
// numbers, and a LeNet-style network end to end.

#include "engine/graph/shape_inference.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/registry.h"
#include "engine/layers/winograd.h"
#include "tests/engine/graph_builder.h"
#include "tests/support/gradient_check.h"

#include <cmath>
#include <gtest/gtest.h>
#include <omp.h>

using namespace nw;
using namespace nw::test;

namespace {

struct ConvCase {
    int64_t cin, h, w, filters, kernel, stride, dilation;
    bool same;
};

// y[n,f,i,j] = b[f] + Σ W[f,c,u,v]·x[n,c,i·s - pt + u·d, j·s - pl + v·d], written as plainly as possible.
Tensor directConvolution(const Tensor& x, const Tensor& w, const Tensor& b, const ConvCase& c,
                         const Shape& out) {
    const int64_t n = x.rows(), ho = out[1], wo = out[2];
    const int64_t extent = (c.kernel - 1) * c.dilation + 1;
    const int64_t padTop = c.same ? std::max<int64_t>((ho - 1) * c.stride + extent - c.h, 0) / 2 : 0;
    const int64_t padLeft = c.same ? std::max<int64_t>((wo - 1) * c.stride + extent - c.w, 0) / 2 : 0;
    Tensor y(out.withBatch(n));
    for (int64_t s = 0; s < n; ++s)
        for (int64_t f = 0; f < c.filters; ++f)
            for (int64_t i = 0; i < ho; ++i)
                for (int64_t j = 0; j < wo; ++j) {
                    double sum = b[f];
                    for (int64_t ch = 0; ch < c.cin; ++ch)
                        for (int64_t u = 0; u < c.kernel; ++u)
                            for (int64_t v = 0; v < c.kernel; ++v) {
                                const int64_t r = i * c.stride - padTop + u * c.dilation;
                                const int64_t q = j * c.stride - padLeft + v * c.dilation;
                                if (r < 0 || r >= c.h || q < 0 || q >= c.w) continue;
                                sum += w[((f * c.cin + ch) * c.kernel + u) * c.kernel + v] *
                                       x[((s * c.cin + ch) * c.h + r) * c.w + q];
                            }
                    y[((s * c.filters + f) * ho + i) * wo + j] = static_cast<float>(sum);
                }
    return y;
}

Attributes convAttrs(const ConvCase& c) {
    Attributes a = defaultAttributes(layerRegistry().info(LayerKind::Conv2D).attrs);
    a[conv2d_attr::kFilters] = c.filters;
    a[conv2d_attr::kKernel] = c.kernel;
    a[conv2d_attr::kStride] = c.stride;
    a[conv2d_attr::kDilation] = c.dilation;
    a[conv2d_attr::kPadding] = EnumValue{c.same ? 1 : 0};
    return a;
}

} // namespace

TEST(Conv2D, MatchesADirectConvolution) {
    const ConvCase cases[] = {
        {1, 6, 6, 2, 3, 1, 1, false},
        {2, 7, 5, 3, 3, 2, 1, true},
        {3, 9, 8, 2, 3, 1, 2, false},
        {2, 5, 5, 4, 1, 1, 1, false},
        {2, 6, 7, 2, 4, 3, 1, true},
        {1, 8, 8, 3, 5, 2, 1, true},
        // stride 1 runs the full-width lowering: zero padding, an even kernel (padded unevenly),
        // dilation, and images large enough that the batch spans several blocks and both threads
        {2, 9, 7, 3, 3, 1, 1, true},
        {1, 8, 9, 2, 4, 1, 1, true},
        {2, 10, 10, 2, 3, 1, 2, true},
        {3, 20, 20, 4, 5, 1, 1, true},
        {3, 20, 20, 4, 5, 1, 1, false},
        {1, 28, 28, 6, 5, 1, 1, false},
        // 3×3, stride 1, several channels: Winograd's F(2×2, 3×3) below 24 outputs across, with odd
        // and even output sizes, with and without padding, in blocks of several samples and of one
        {8, 9, 7, 16, 3, 1, 1, true},
        {16, 8, 8, 8, 3, 1, 1, false},
        {9, 7, 6, 16, 3, 1, 1, false},
        {8, 28, 28, 16, 3, 1, 1, true},
        // … and F(4×4, 3×3) from 24 outputs across, its tiles also stopping short of the edge
        {8, 25, 27, 16, 3, 1, 1, true},
        {16, 27, 28, 8, 3, 1, 1, false},
        {32, 14, 14, 64, 3, 1, 1, true},
    };
    const LayerInfo& info = layerRegistry().info(LayerKind::Conv2D);
    for (const ConvCase& c : cases) {
        const Attributes attrs = convAttrs(c);
        const Shape in[] = {Shape{c.cin, c.h, c.w}};
        const LayerSignature sig{attrs, in};
        const Shape out = info.inferShape(sig).value();
        auto layer = info.create(sig, out);
        Rng rng(5);
        layer->initialize(rng);
        std::vector<Param> params = layer->params();
        for (int64_t i = 0; i < params[1].value->size(); ++i)
            (*params[1].value)[i] = 0.1f * static_cast<float>(i + 1);
        const Tensor x = randomTensor(in[0].withBatch(3), 7);
        Tensor y(out.withBatch(3));
        const Tensor* inputs[] = {&x};
        layer->forward(inputs, y, true);
        const Tensor expected = directConvolution(x, *params[0].value, *params[1].value, c, out);
        ASSERT_EQ(y.shape(), expected.shape());
        // F(4×4, 3×3) rounds more than a plain sum (its transforms multiply by up to 8 and divide by
        // 24): up to about 1e-5 here, where a wrong tap or tile is off by tenths.
        for (int64_t i = 0; i < y.size(); ++i) ASSERT_NEAR(y[i], expected[i], 5e-5) << i;
    }
}

// Backward on the shapes that take Winograd's F(2×2, 3×3) or F(4×4, 3×3) against direct loops: dx, dW and db,
// on odd sizes (tiles past the image's edge), without and with padding, and on a block of several samples.
// (Finite differences cannot judge it: its transformed sums round differently each time one weight
// moves, by more than their tolerance on these small images.)
TEST(Conv2D, WinogradGradientsMatchDirectLoops) {
    const LayerInfo& info = layerRegistry().info(LayerKind::Conv2D);
    for (const ConvCase& c :
         {ConvCase{8, 5, 6, 16, 3, 1, 1, true}, ConvCase{16, 7, 5, 9, 3, 1, 1, false},
          ConvCase{8, 6, 6, 16, 3, 1, 1, true}, ConvCase{16, 14, 14, 8, 3, 1, 1, true},
          ConvCase{8, 25, 26, 16, 3, 1, 1, true}, ConvCase{16, 27, 28, 8, 3, 1, 1, false}}) {
        const std::vector<Shape> in{Shape{c.cin, c.h, c.w}};
        const Shape out = info.inferShape(LayerSignature{convAttrs(c), in}).value();
        const int64_t pad = c.same ? 1 : 0;
        ASSERT_TRUE(Winograd3x3::suits({c.cin, c.h, c.w, c.filters, 3, 1, 1, out[1], out[2], pad, pad}));
        auto layer = info.create(LayerSignature{convAttrs(c), in}, out);
        Rng rng(5);
        layer->initialize(rng);
        const int64_t n = 3;
        const Tensor x = randomTensor(in[0].withBatch(n), 7);
        const Tensor dy = randomTensor(out.withBatch(n), 9);
        Tensor y(out.withBatch(n)), dx(x.shape());
        const Tensor* inputs[] = {&x};
        Tensor* grads[] = {&dx};
        layer->forward(inputs, y, true);
        layer->backward(inputs, y, dy, grads);

        const std::vector<Param> params = layer->params();
        const Tensor& w = *params[0].value;
        std::vector<double> dxExpected(x.size()), dwExpected(w.size()), dbExpected(c.filters);
        std::vector<double> dxScale(x.size()), dwScale(w.size()); // Σ |term|, what rounding scales with
        for (int64_t s = 0; s < n; ++s)
            for (int64_t f = 0; f < c.filters; ++f)
                for (int64_t i = 0; i < out[1]; ++i)
                    for (int64_t j = 0; j < out[2]; ++j) {
                        const double g = dy[((s * c.filters + f) * out[1] + i) * out[2] + j];
                        dbExpected[f] += g;
                        for (int64_t ch = 0; ch < c.cin; ++ch)
                            for (int64_t u = 0; u < 3; ++u)
                                for (int64_t v = 0; v < 3; ++v) {
                                    const int64_t r = i - pad + u, q = j - pad + v;
                                    if (r < 0 || r >= c.h || q < 0 || q >= c.w) continue;
                                    const int64_t xi = ((s * c.cin + ch) * c.h + r) * c.w + q;
                                    const int64_t wi = ((f * c.cin + ch) * 3 + u) * 3 + v;
                                    dxExpected[xi] += g * w[wi];
                                    dwExpected[wi] += g * x[xi];
                                    dxScale[xi] += std::abs(g * w[wi]);
                                    dwScale[wi] += std::abs(g * x[xi]);
                                }
                    }
        // Within float rounding of the sums, which grows with the size of the terms summed (up to 2,000
        // of them; F(4×4)'s transforms round a little more): a wrong tap or tile is off by far more.
        const auto near = [](double scale) { return 1e-5 + 1e-5 * scale; };
        for (int64_t i = 0; i < dx.size(); ++i)
            ASSERT_NEAR(dx[i], dxExpected[i], near(dxScale[i])) << "dx " << i;
        for (int64_t i = 0; i < w.size(); ++i)
            ASSERT_NEAR((*params[0].grad)[i], dwExpected[i], near(dwScale[i])) << "dW " << i;
        for (int64_t f = 0; f < c.filters; ++f)
            ASSERT_NEAR((*params[1].grad)[f], dbExpected[f], 1e-4) << "db " << f;
    }
}

TEST(Conv2D, OutputShapesFollowPaddingStrideAndDilation) {
    const LayerInfo& info = layerRegistry().info(LayerKind::Conv2D);
    const auto shapeOf = [&](const ConvCase& c) {
        const Attributes attrs = convAttrs(c);
        const Shape in[] = {Shape{c.cin, c.h, c.w}};
        return info.inferShape(LayerSignature{attrs, in}).value();
    };
    EXPECT_EQ(shapeOf({1, 28, 28, 6, 5, 1, 1, false}), (Shape{6, 24, 24}));
    EXPECT_EQ(shapeOf({1, 28, 28, 6, 5, 1, 1, true}), (Shape{6, 28, 28}));
    EXPECT_EQ(shapeOf({3, 15, 9, 4, 3, 2, 1, true}), (Shape{4, 8, 5}));
    EXPECT_EQ(shapeOf({3, 15, 9, 4, 3, 2, 1, false}), (Shape{4, 7, 4}));
    EXPECT_EQ(shapeOf({1, 10, 10, 2, 3, 1, 3, false}), (Shape{2, 4, 4})); // the taps span 7
}

TEST(Conv2D, DiagnosticsNameTheNumbersAndTheFix) {
    const LayerInfo& info = layerRegistry().info(LayerKind::Conv2D);
    const Attributes attrs = convAttrs({1, 5, 5, 2, 7, 1, 1, false});
    const Shape flat[] = {Shape{784}};
    const Result<Shape> a = info.inferShape(LayerSignature{attrs, flat});
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, DiagCode::ShapeMismatch);
    EXPECT_NE(a.error().message.find("784"), std::string::npos) << a.error().message;
    EXPECT_NE(a.error().message.find("insert Reshape"), std::string::npos) << a.error().message;
    const Shape small[] = {Shape{1, 5, 5}};
    const Result<Shape> b = info.inferShape(LayerSignature{attrs, small});
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().message.find("7×7"), std::string::npos) << b.error().message;
    EXPECT_NE(b.error().message.find("5×5"), std::string::npos) << b.error().message;
}

TEST(Conv2D, CountsParametersAndFlops) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{3, 8, 8});
    const NodeId conv = b.add(LayerKind::Conv2D, {in}, {{"filters", int64_t{4}}, {"kernel", int64_t{3}}});
    const GraphAnalysis a = analyzeGraph(b.graph);
    ASSERT_TRUE(a.valid());
    EXPECT_EQ(a.node(conv)->params, 4 * 3 * 3 * 3 + 4);
    EXPECT_EQ(a.node(conv)->flops, 2 * 4 * 27 * 6 * 6);
}

TEST(Pooling, MaxAndAverageOfEachWindow) {
    // One 1×3×4 image; 2×2 windows, stride 2, "same": the last row's windows overhang the border.
    Tensor x(Shape{1, 1, 3, 4});
    const float values[] = {1, 5, 2, 0, -1, 3, 8, 4, 6, -2, 7, 1};
    std::copy(std::begin(values), std::end(values), x.data());
    const auto run = [&](LayerKind kind) {
        const LayerInfo& info = layerRegistry().info(kind);
        Attributes attrs = defaultAttributes(info.attrs);
        attrs[2] = EnumValue{1};
        const Shape in[] = {Shape{1, 3, 4}};
        const LayerSignature sig{attrs, in};
        const Shape out = info.inferShape(sig).value();
        EXPECT_EQ(out, (Shape{1, 2, 2}));
        auto layer = info.create(sig, out);
        Tensor y(out.withBatch(1));
        const Tensor* inputs[] = {&x};
        layer->forward(inputs, y, false);
        return y;
    };
    const Tensor maxY = run(LayerKind::MaxPool2D);
    EXPECT_EQ(maxY[0], 5);
    EXPECT_EQ(maxY[1], 8);
    EXPECT_EQ(maxY[2], 6);
    EXPECT_EQ(maxY[3], 7);
    const Tensor avgY = run(LayerKind::AvgPool2D);
    EXPECT_FLOAT_EQ(avgY[0], 2.0f); // (1 + 5 - 1 + 3) / 4
    EXPECT_FLOAT_EQ(avgY[1], 3.5f); // (2 + 0 + 8 + 4) / 4
    EXPECT_FLOAT_EQ(avgY[2], 2.0f); // (6 - 2) / 2: the padding is not counted
    EXPECT_FLOAT_EQ(avgY[3], 4.0f); // (7 + 1) / 2
}

// The 2×2, stride 2 window has a loop of its own: the maximum of each window, and in backward the
// gradient goes to the first maximum of each window only (ties included), as in the general loop.
TEST(Pooling, HalvingMaxPoolKeepsTheFirstMaximum) {
    const LayerInfo& info = layerRegistry().info(LayerKind::MaxPool2D);
    const Attributes attrs = defaultAttributes(info.attrs); // 2×2, stride 2, valid
    const Shape in[] = {Shape{2, 5, 6}};                    // an odd height: the last row is left out
    const LayerSignature sig{attrs, in};
    const Shape out = info.inferShape(sig).value();
    ASSERT_EQ(out, (Shape{2, 2, 3}));
    auto layer = info.create(sig, out);
    Tensor x = randomTensor(in[0].withBatch(3), 11);
    for (int64_t i = 0; i < x.size(); i += 3) x[i] = std::round(x[i] * 2) / 2; // many equal values
    Tensor y(out.withBatch(3)), dy(out.withBatch(3)), dx(in[0].withBatch(3));
    const Tensor* inputs[] = {&x};
    Tensor* grads[] = {&dx};
    layer->forward(inputs, y, true);
    for (int64_t i = 0; i < dy.size(); ++i) dy[i] = static_cast<float>(i + 1);
    layer->backward(inputs, y, dy, grads);
    Tensor expectedDx(dx.shape());
    for (int64_t plane = 0; plane < 6; ++plane)
        for (int64_t oh = 0; oh < 2; ++oh)
            for (int64_t ow = 0; ow < 3; ++ow) {
                const int64_t o = (plane * 2 + oh) * 3 + ow;
                int64_t first = -1;
                float best = -1e30f;
                for (const int64_t at : {0, 1, 6, 7}) {
                    const int64_t i = plane * 30 + 2 * oh * 6 + 2 * ow + at;
                    if (x[i] > best) best = x[i], first = i;
                }
                EXPECT_EQ(y[o], best) << o;
                expectedDx[first] = dy[o];
            }
    for (int64_t i = 0; i < dx.size(); ++i) EXPECT_EQ(dx[i], expectedDx[i]) << i;
}

TEST(Pooling, GlobalAveragePoolGivesOneValuePerChannel) {
    GraphBuilder b;
    const NodeId in = b.input(Shape{2, 2, 2});
    b.add(LayerKind::GlobalAveragePool, {in});
    auto net = b.compile(1);
    Tensor x(Shape{1, 2, 2, 2});
    for (int64_t i = 0; i < 8; ++i) x[i] = static_cast<float>(i);
    const Tensor& y = net->forward(x, false);
    EXPECT_EQ(y.shape(), (Shape{1, 2}));
    EXPECT_FLOAT_EQ(y[0], 1.5f);
    EXPECT_FLOAT_EQ(y[1], 5.5f);
}

namespace {

// LeNet-5 in its modern form on 1×28×28 images.
GraphBuilder leNet() {
    GraphBuilder b;
    NodeId x = b.input(Shape{1, 28, 28});
    x = b.add(LayerKind::Conv2D, {x},
              {{"filters", int64_t{6}}, {"kernel", int64_t{5}}, {"padding", EnumValue{1}}});
    x = b.add(LayerKind::ReLU, {x});
    x = b.add(LayerKind::MaxPool2D, {x});
    x = b.add(LayerKind::Conv2D, {x}, {{"filters", int64_t{16}}, {"kernel", int64_t{5}}});
    x = b.add(LayerKind::ReLU, {x});
    x = b.add(LayerKind::MaxPool2D, {x});
    x = b.add(LayerKind::Flatten, {x});
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{120}}, {"initializer", EnumValue{2}}});
    x = b.add(LayerKind::ReLU, {x});
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{84}}, {"initializer", EnumValue{2}}});
    x = b.add(LayerKind::ReLU, {x});
    x = b.add(LayerKind::Dense, {x}, {{"units", int64_t{10}}});
    b.add(LayerKind::Softmax, {x});
    return b;
}

} // namespace

TEST(LeNet, ForwardAndBackwardHaveTheInferredShapesAndLearn) {
    const GraphBuilder b = leNet();
    const GraphAnalysis analysis = analyzeGraph(b.graph);
    ASSERT_TRUE(analysis.valid());
    EXPECT_EQ(*analysis.node(analysis.output.value())->output, Shape{10});
    EXPECT_EQ(analysis.totalParams, 156 + 2416 + 400 * 120 + 120 + 120 * 84 + 84 + 84 * 10 + 10);
    auto net = b.compile(8);
    EXPECT_EQ(net->paramCount(), analysis.totalParams);
    const Tensor x = randomTensor(Shape{8, 1, 28, 28}, 3);
    Tensor labels(Shape{8, 1});
    for (int64_t i = 0; i < 8; ++i) labels[i] = static_cast<float>(i % 10);
    net->forward(x, true);
    for (const Node& n : b.graph.nodes())
        EXPECT_EQ(net->activation(n.id)->shape(), analysis.node(n.id)->output->withBatch(8)) << n.name;
    const auto [before, after] = trainOnBatch(*net, x, labels, LossKind::SoftmaxCrossEntropy, 30, 0.003);
    EXPECT_LT(after, 0.5f * before) << before << " -> " << after;
    for (const Param& p : net->params()) EXPECT_TRUE(p.grad->flat().allFinite()) << p.name;
}

TEST(LeNet, SameSeedAndThreadsGiveTheSameBits) {
    const GraphBuilder b = leNet();
    const Tensor x = randomTensor(Shape{16, 1, 28, 28}, 4);
    Tensor labels(Shape{16, 1});
    for (int64_t i = 0; i < 16; ++i) labels[i] = static_cast<float>(i % 10);
    const auto train = [&](int threads) {
        omp_set_num_threads(threads);
        auto net = b.compile(16, 9);
        trainOnBatch(*net, x, labels, LossKind::SoftmaxCrossEntropy, 3);
        return net->exportWeights();
    };
    const int saved = omp_get_max_threads();
    const Weights two = train(2);
    EXPECT_EQ(train(2), two);
    const Weights one = train(1);
    EXPECT_EQ(train(1), one);
    omp_set_num_threads(saved);
    // Threads split the work differently, never the maths: one and two threads agree but for rounding.
    ASSERT_EQ(one.size(), two.size());
    for (size_t n = 0; n < one.size(); ++n)
        for (size_t p = 0; p < one[n].values.size(); ++p)
            for (int64_t i = 0; i < one[n].values[p].size(); ++i)
                ASSERT_NEAR(one[n].values[p][i], two[n].values[p][i], 1e-4)
                    << "node " << one[n].node.value << " " << one[n].names[p] << "[" << i << "]";
}
