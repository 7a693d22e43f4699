#include "bench/workloads.h"

#include "engine/core/rng.h"
#include "engine/data/builtin_datasets.h"
#include "engine/data/idx_reader.h"
#include "engine/runtime/network.h"

#include <cmath>
#include <numbers>
#include <numeric>
#include <utility>

namespace nw::bench {
namespace {

using AttrList = std::vector<std::pair<std::string, AttrValue>>;

// Appends layers one after another, each fed by the previous one.
class Chain {
public:
    explicit Chain(Shape inputShape) {
        m_last = m_graph.addNode(LayerKind::Input);
        check(m_graph.setAttribute(m_last, "shape", std::move(inputShape)));
    }

    Chain& then(LayerKind kind, const AttrList& attrs = {}) {
        const NodeId id = m_graph.addNode(kind);
        for (const auto& [name, value] : attrs) check(m_graph.setAttribute(id, name, value));
        check(m_graph.connect({{m_last, 0}, {id, 0}}));
        m_last = id;
        return *this;
    }

    // The node the chain ends at, for a skip connection to start from.
    NodeId last() const { return m_last; }

    // y = (the chain so far) + `skip`: the Add that closes a residual block.
    Chain& plus(NodeId skip) {
        then(LayerKind::Add);
        check(m_graph.connect({{skip, 0}, {m_last, 1}}));
        return *this;
    }

    Chain& dense(int64_t units, LayerKind activation) {
        then(LayerKind::Dense, {{"units", units}});
        return activation == LayerKind::Identity ? *this : then(activation);
    }

    Result<Graph> graph() {
        if (m_error) return *m_error;
        return std::move(m_graph);
    }

private:
    void check(const Status& status) {
        if (!status.ok() && !m_error) m_error = status.error();
    }

    Graph m_graph;
    NodeId m_last{};
    std::optional<Diagnostic> m_error;
};

// The reference counts multiply-adds of GEMMs and convolutions only, ×2: forward, the same again for
// the weight gradients, and the input gradients of every layer but the first.
int64_t trainingFlops(int64_t forward, int64_t inputGradients) { return 2 * forward + inputGradients; }

// 60,000 training images then 10,000 test images, pixels / 255, laid out as `sampleShape`.
Result<Dataset> fashionMnist(const std::filesystem::path& dataDir, const Shape& sampleShape) {
    Result<Dataset> data = readMnistFolder(dataDir);
    if (!data.ok()) return data.error();
    data->features.flat() *= 1.0f / 255.0f;
    data->features.setSampleShape(sampleShape);
    return data;
}

DataSplit trainAndOwnTest(const Dataset& data) {
    const int64_t testBegin = data.ownTestBegin.value_or(data.size());
    DataSplit split;
    split.train.resize(static_cast<size_t>(testBegin));
    std::iota(split.train.begin(), split.train.end(), int64_t{0});
    split.test.resize(static_cast<size_t>(data.size() - testBegin));
    std::iota(split.test.begin(), split.test.end(), testBegin);
    return split;
}

// Two interleaved spirals as TensorFlow Playground draws them, without noise: 500 points a class,
// radius 5·k/500, angle 1.75·2π·k/500 (+π for the second class), label +1 / −1.
Tensor spiralPoints(double offset, Tensor& labels) {
    constexpr int kPerClass = 500;
    Tensor points(Shape{2 * kPerClass, 2});
    labels = Tensor(Shape{2 * kPerClass, 1});
    int64_t row = 0;
    for (const auto& [label, turn] : {std::pair{1.0f, 0.0}, std::pair{-1.0f, std::numbers::pi}}) {
        for (int i = 0; i < kPerClass; ++i, ++row) {
            const double k = i + offset;
            const double r = k / kPerClass * 5.0;
            const double t = 1.75 * k / kPerClass * 2.0 * std::numbers::pi + turn;
            points.row(row)[0] = static_cast<float>(r * std::sin(t));
            points.row(row)[1] = static_cast<float>(r * std::cos(t));
            labels.row(row)[0] = label;
        }
    }
    return points;
}

Result<Workload> mlp(const std::filesystem::path& dataDir) {
    Workload w;
    Result<Graph> graph = Chain(Shape{784})
                              .dense(256, LayerKind::ReLU)
                              .dense(128, LayerKind::ReLU)
                              .dense(10, LayerKind::Softmax)
                              .graph();
    if (!graph.ok()) return graph.error();
    Result<Dataset> data = fashionMnist(dataDir, Shape{784});
    if (!data.ok()) return data.error();
    w.graph = std::move(graph.value());
    w.data = std::move(data.value());
    w.flopsPerSample = trainingFlops(2 * (784 * 256 + 256 * 128 + 128 * 10), 2 * (256 * 128 + 128 * 10));
    return w;
}

Result<Workload> cnn(const std::filesystem::path& dataDir) {
    Workload w;
    const AttrList conv5x5 = {{"kernel", int64_t{5}}, {"padding", EnumValue{0}}};
    AttrList conv1 = conv5x5, conv2 = conv5x5;
    conv1.emplace_back("filters", int64_t{6});
    conv2.emplace_back("filters", int64_t{16});
    const AttrList pool = {{"pool_size", int64_t{2}}, {"stride", int64_t{2}}};
    Result<Graph> graph = Chain(Shape{1, 28, 28})
                              .then(LayerKind::Conv2D, conv1)
                              .then(LayerKind::ReLU)
                              .then(LayerKind::MaxPool2D, pool)
                              .then(LayerKind::Conv2D, conv2)
                              .then(LayerKind::ReLU)
                              .then(LayerKind::MaxPool2D, pool)
                              .then(LayerKind::Flatten)
                              .dense(120, LayerKind::ReLU)
                              .dense(84, LayerKind::ReLU)
                              .dense(10, LayerKind::Softmax)
                              .graph();
    if (!graph.ok()) return graph.error();
    Result<Dataset> data = fashionMnist(dataDir, Shape{1, 28, 28});
    if (!data.ok()) return data.error();
    w.graph = std::move(graph.value());
    w.data = std::move(data.value());
    const int64_t conv1Flops = 2 * 24 * 24 * 6 * 25;
    const int64_t conv2Flops = 2 * 8 * 8 * 16 * 6 * 25;
    const int64_t denseFlops = 2 * (256 * 120 + 120 * 84 + 84 * 10);
    w.flopsPerSample = trainingFlops(conv1Flops + conv2Flops + denseFlops, conv2Flops + denseFlops);
    return w;
}

// The convolutional workloads train one epoch over the first 6,400 training images (100 steps of 64,
// the first 20 warm-up), not all 60,000: a full epoch of these networks takes minutes a run on a
// 2-core machine.
constexpr int64_t kConvTrainImages = 6400;
constexpr int64_t kConvWarmupSteps = 20;

AttrList conv3x3(int64_t filters, bool bias) {
    return {{"filters", filters}, {"kernel", int64_t{3}}, {"padding", EnumValue{1}}, {"use_bias", bias}};
}

int64_t conv3x3Flops(int64_t cin, int64_t cout, int64_t size) { return 2 * cin * cout * 9 * size * size; }

// Conv 3×3 "same" without bias (BatchNorm's β takes its place), BatchNorm with the reference's
// ε = 1e-5 and running statistics keeping 0.9 of their old value (torch's momentum = 0.1).
Chain& convBatchNorm(Chain& chain, int64_t filters) {
    return chain.then(LayerKind::Conv2D, conv3x3(filters, false))
        .then(LayerKind::BatchNorm, {{"momentum", 0.9}, {"epsilon", 1e-5}});
}

// conv BN ReLU conv BN, plus the block's input, ReLU: the block of ResNet.
Chain& residualBlock(Chain& chain, int64_t channels) {
    const NodeId skip = chain.last();
    convBatchNorm(chain, channels).then(LayerKind::ReLU);
    return convBatchNorm(chain, channels).plus(skip).then(LayerKind::ReLU);
}

Result<Workload> residual(const std::filesystem::path& dataDir) {
    Workload w;
    const AttrList pool = {{"pool_size", int64_t{2}}, {"stride", int64_t{2}}};
    Chain chain(Shape{1, 28, 28});
    convBatchNorm(chain, 16).then(LayerKind::ReLU);
    residualBlock(chain, 16).then(LayerKind::MaxPool2D, pool);
    convBatchNorm(chain, 32).then(LayerKind::ReLU);
    residualBlock(chain, 32).then(LayerKind::GlobalAveragePool).dense(10, LayerKind::Softmax);
    Result<Graph> graph = chain.graph();
    if (!graph.ok()) return graph.error();
    Result<Dataset> data = fashionMnist(dataDir, Shape{1, 28, 28});
    if (!data.ok()) return data.error();
    w.graph = std::move(graph.value());
    w.data = std::move(data.value());
    const int64_t first = conv3x3Flops(1, 16, 28);
    const int64_t rest =
        2 * conv3x3Flops(16, 16, 28) + conv3x3Flops(16, 32, 14) + 2 * conv3x3Flops(32, 32, 14) + 2 * 32 * 10;
    w.flopsPerSample = trainingFlops(first + rest, rest);
    w.trainImages = kConvTrainImages;
    return w;
}

Result<Workload> vgg(const std::filesystem::path& dataDir) {
    Workload w;
    const AttrList pool = {{"pool_size", int64_t{2}}, {"stride", int64_t{2}}};
    Result<Graph> graph = Chain(Shape{1, 28, 28})
                              .then(LayerKind::Conv2D, conv3x3(32, true))
                              .then(LayerKind::ReLU)
                              .then(LayerKind::Conv2D, conv3x3(32, true))
                              .then(LayerKind::ReLU)
                              .then(LayerKind::MaxPool2D, pool)
                              .then(LayerKind::Conv2D, conv3x3(64, true))
                              .then(LayerKind::ReLU)
                              .then(LayerKind::Conv2D, conv3x3(64, true))
                              .then(LayerKind::ReLU)
                              .then(LayerKind::MaxPool2D, pool)
                              .then(LayerKind::Flatten)
                              .dense(128, LayerKind::ReLU)
                              .dense(10, LayerKind::Softmax)
                              .graph();
    if (!graph.ok()) return graph.error();
    Result<Dataset> data = fashionMnist(dataDir, Shape{1, 28, 28});
    if (!data.ok()) return data.error();
    w.graph = std::move(graph.value());
    w.data = std::move(data.value());
    const int64_t first = conv3x3Flops(1, 32, 28);
    const int64_t rest = conv3x3Flops(32, 32, 28) + conv3x3Flops(32, 64, 14) + conv3x3Flops(64, 64, 14) +
                         2 * (3136 * 128 + 128 * 10);
    w.flopsPerSample = trainingFlops(first + rest, rest);
    w.trainImages = kConvTrainImages;
    return w;
}

Result<Workload> tiny() {
    Workload w;
    Result<Graph> graph =
        Chain(Shape{2}).dense(8, LayerKind::Tanh).dense(8, LayerKind::Tanh).dense(1, LayerKind::Tanh).graph();
    if (!graph.ok()) return graph.error();
    w.graph = std::move(graph.value());
    // Training points at k = 0, 1, …; the test points between them (k + 0.5) follow as the own test part.
    Tensor trainLabels, testLabels;
    const Tensor trainPoints = spiralPoints(0.0, trainLabels);
    const Tensor testPoints = spiralPoints(0.5, testLabels);
    const int64_t n = trainPoints.rows();
    w.data.name = "spirals";
    w.data.task = TaskKind::Regression;
    w.data.features = Tensor(Shape{2 * n, 2});
    w.data.targets = Tensor(Shape{2 * n, 1});
    w.data.features.matrix().topRows(n) = trainPoints.matrix();
    w.data.features.matrix().bottomRows(n) = testPoints.matrix();
    w.data.targets.matrix().topRows(n) = trainLabels.matrix();
    w.data.targets.matrix().bottomRows(n) = testLabels.matrix();
    w.data.ownTestBegin = n;
    w.settings.loss = LossKind::MeanSquaredError;
    w.settings.optimizer.kind = OptimizerKind::SGD;
    w.settings.optimizer.learningRate = 0.03 / 2; // see reportedLossScale
    w.reportedLossScale = 0.5;
    w.signAccuracy = true;
    w.settings.batchSize = 10;
    w.settings.epochs = 100;
    w.warmupSteps = 100;
    w.flopsPerSample = trainingFlops(2 * (2 * 8 + 8 * 8 + 8 * 1), 2 * (8 * 8 + 8 * 1));
    return w;
}

} // namespace

const std::vector<std::string>& workloadNames() {
    static const std::vector<std::string> names{"mlp", "cnn", "tiny", "residual", "vgg"};
    return names;
}

Result<Workload> makeWorkload(const std::string& name, const std::filesystem::path& dataDir) {
    Result<Workload> w = name == "mlp"        ? mlp(dataDir)
                         : name == "cnn"      ? cnn(dataDir)
                         : name == "tiny"     ? tiny()
                         : name == "residual" ? residual(dataDir)
                         : name == "vgg"
                             ? vgg(dataDir)
                             : Result<Workload>(Diagnostic{DiagCode::InvalidAttribute,
                                                           "Unknown workload '" + name +
                                                               "': choose mlp, cnn, tiny, residual or vgg"});
    if (!w.ok()) return w;
    w->name = name;
    w->split = trainAndOwnTest(w->data);
    if (w->trainImages > 0) w->split.train.resize(static_cast<size_t>(w->trainImages));
    if (name != "tiny") {
        w->data.numClasses = 10;
        w->settings.loss = LossKind::SoftmaxCrossEntropy;
        w->settings.optimizer.kind = OptimizerKind::Adam;
        w->settings.optimizer.learningRate = 1e-3;
        w->settings.batchSize = 64;
        w->settings.epochs = 1;
        w->warmupSteps = w->trainImages > 0 ? kConvWarmupSteps : 50;
    }
    return w;
}

void playgroundInitialize(Network& network, uint64_t seed) {
    Rng rng(seed);
    for (const Param& p : network.params()) {
        if (p.name == "bias") {
            p.value->flat().setConstant(0.1f);
        } else {
            for (int64_t i = 0; i < p.value->size(); ++i)
                (*p.value)[i] = static_cast<float>(rng.uniform(-0.5, 0.5));
        }
    }
}

} // namespace nw::bench
