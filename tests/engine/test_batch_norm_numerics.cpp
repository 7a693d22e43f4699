// BatchNorm's vectorised passes (engine/layers/batch_norm_kernels.h) against a straightforward
// implementation in double precision: forward and backward, in training and inference, on images and
// on flat features, on channels whose mean is far larger than their spread, and with one thread as
// with several.

#include "engine/layers/registry.h"
#include "tests/engine/graph_builder.h"

#include <cmath>
#include <gtest/gtest.h>
#include <omp.h>

using namespace nw;
using namespace nw::test;

namespace {

struct Reference {
    std::vector<double> y, dx, dGamma, dBeta;
};

// The textbook formulas, one channel at a time, two passes in double for the statistics.
Reference referenceBatchNorm(const Tensor& x, const Tensor& dy, const std::vector<double>& gamma,
                             const std::vector<double>& beta, int64_t channels, double epsilon) {
    const int64_t n = x.rows(), spatial = x.rowSize() / channels;
    const auto count = static_cast<double>(n * spatial);
    Reference r{std::vector<double>(static_cast<size_t>(x.size())),
                std::vector<double>(static_cast<size_t>(x.size())), std::vector<double>(gamma.size()),
                std::vector<double>(gamma.size())};
    const auto at = [&](int64_t s, int64_t c, int64_t i) { return s * x.rowSize() + c * spatial + i; };
    for (int64_t c = 0; c < channels; ++c) {
        double mean = 0, variance = 0;
        for (int64_t s = 0; s < n; ++s)
            for (int64_t i = 0; i < spatial; ++i) mean += x[at(s, c, i)];
        mean /= count;
        for (int64_t s = 0; s < n; ++s)
            for (int64_t i = 0; i < spatial; ++i) variance += std::pow(x[at(s, c, i)] - mean, 2);
        variance /= count;
        const double invStd = 1.0 / std::sqrt(variance + epsilon);
        const auto ci = static_cast<size_t>(c);
        double dGamma = 0, dBeta = 0;
        for (int64_t s = 0; s < n; ++s)
            for (int64_t i = 0; i < spatial; ++i) {
                const double xhat = (x[at(s, c, i)] - mean) * invStd;
                r.y[static_cast<size_t>(at(s, c, i))] = gamma[ci] * xhat + beta[ci];
                dGamma += dy[at(s, c, i)] * xhat;
                dBeta += dy[at(s, c, i)];
            }
        r.dGamma[ci] = dGamma;
        r.dBeta[ci] = dBeta;
        for (int64_t s = 0; s < n; ++s)
            for (int64_t i = 0; i < spatial; ++i) {
                const double xhat = (x[at(s, c, i)] - mean) * invStd;
                r.dx[static_cast<size_t>(at(s, c, i))] =
                    gamma[ci] * invStd * (dy[at(s, c, i)] - dBeta / count - xhat * dGamma / count);
            }
    }
    return r;
}

// Largest |a − b| / (1 + |b|).
template <class A>
double worst(const A& a, const std::vector<double>& b) {
    double w = 0;
    for (size_t i = 0; i < b.size(); ++i)
        w = std::max(w,
                     std::abs(static_cast<double>(a[static_cast<int64_t>(i)]) - b[i]) / (1 + std::abs(b[i])));
    return w;
}

struct Case {
    Shape sample;
    int64_t batch;
    float offset, spread; // x = offset·(channel + 1) + spread·U(-1, 1)
    double tolerance;
};

void checkAgainstReference(const Case& k, int threads) {
    const LayerInfo& info = layerRegistry().info(LayerKind::BatchNorm);
    const double epsilon = 1e-5;
    const Attributes attrs{0.9, epsilon};
    const std::vector<Shape> in{k.sample};
    auto layer = info.create(LayerSignature{attrs, in}, k.sample);
    const int64_t channels = k.sample[0];
    Tensor x = randomTensor(k.sample.withBatch(k.batch), 3);
    const int64_t spatial = x.rowSize() / channels;
    for (int64_t i = 0; i < x.size(); ++i)
        x[i] = k.offset * static_cast<float>((i % x.rowSize()) / spatial + 1) + k.spread * x[i];
    const Tensor dy = randomTensor(x.shape(), 4);
    std::vector<Param> params = layer->params();
    std::vector<double> gamma, beta;
    for (int64_t c = 0; c < channels; ++c) {
        (*params[0].value)[c] = 0.5f + 0.25f * static_cast<float>(c % 4);
        (*params[1].value)[c] = 0.1f * static_cast<float>(c) - 0.3f;
        gamma.push_back((*params[0].value)[c]);
        beta.push_back((*params[1].value)[c]);
    }
    const Reference r = referenceBatchNorm(x, dy, gamma, beta, channels, epsilon);

    const int before = omp_get_max_threads();
    omp_set_num_threads(threads);
    Tensor y(x.shape()), dx(x.shape());
    const Tensor* inputs[] = {&x};
    Tensor* grads[] = {&dx};
    layer->forward(inputs, y, true);
    layer->backward(inputs, y, dy, grads);
    omp_set_num_threads(before);

    const std::string what = k.sample.toString() + " offset " + std::to_string(k.offset) + ", " +
                             std::to_string(threads) + " thread(s)";
    EXPECT_LT(worst(y, r.y), k.tolerance) << what;
    EXPECT_LT(worst(dx, r.dx), k.tolerance) << what;
    EXPECT_LT(worst(*params[0].grad, r.dGamma), k.tolerance) << what;
    EXPECT_LT(worst(*params[1].grad, r.dBeta), k.tolerance) << what;
}

} // namespace

TEST(BatchNormNumerics, TrainingMatchesTheTextbookFormulasInDouble) {
    // Big enough for the layer to use threads; flat features (one value a plane) too.
    const Case cases[] = {{Shape{16, 28, 28}, 16, 0.0f, 1.0f, 2e-5},
                          {Shape{8, 7, 7}, 5, 0.5f, 2.0f, 2e-5},
                          {Shape{40}, 33, 0.0f, 1.0f, 2e-5},
                          // A mean 500 times the spread: x̂ keeps 3 to 4 digits, as float inputs allow.
                          {Shape{4, 14, 14}, 8, 5.0f, 0.01f, 2e-3}};
    for (const Case& k : cases)
        for (int threads : {1, 2}) checkAgainstReference(k, threads);
}

TEST(BatchNormNumerics, SameBitsWithOneThreadAsWithTwo) {
    const LayerInfo& info = layerRegistry().info(LayerKind::BatchNorm);
    const Shape sample{16, 14, 14};
    const std::vector<Shape> in{sample};
    const Tensor x = randomTensor(sample.withBatch(32), 5), dy = randomTensor(sample.withBatch(32), 6);
    const auto run = [&](int threads) {
        const int before = omp_get_max_threads();
        omp_set_num_threads(threads);
        auto layer = info.create(LayerSignature{defaultAttributes(info.attrs), in}, sample);
        Tensor y(x.shape()), dx(x.shape());
        const Tensor* inputs[] = {&x};
        Tensor* grads[] = {&dx};
        layer->forward(inputs, y, true);
        layer->backward(inputs, y, dy, grads);
        omp_set_num_threads(before);
        return std::make_tuple(y, dx, *layer->params()[0].grad, *layer->state()[1].value);
    };
    EXPECT_EQ(run(1), run(2));
}
