#include "engine/layers/max_pool2d.h"

#include "engine/layers/parallel.h"
#include "engine/layers/spatial.h"

#include <algorithm>
#include <limits>

namespace nw {
namespace {

class MaxPool2DLayer final : public Layer {
public:
    static constexpr const char* kName = "MaxPool2D";
    explicit MaxPool2DLayer(const PoolGeometry& g) : m_g(g) {}

    // x:(N,C,H,W) -> y:(N,C,H',W'), y = the max of each window; remembers where each max was.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t planes = output.size() / (m_g.ho * m_g.wo);
        if (halving()) return forwardHalving(x, output, planes);
        if (m_argmax.size() < static_cast<size_t>(output.size()))
            m_argmax.resize(static_cast<size_t>(output.size()));
        parallelFor(planes, worthThreads(output.size() * m_g.k * m_g.k, planes), [&](int64_t p) {
            const float* in = x.data() + p * m_g.h * m_g.w;
            float* y = output.data() + p * m_g.ho * m_g.wo;
            int32_t* where = m_argmax.data() + p * m_g.ho * m_g.wo;
            for (int64_t oh = 0; oh < m_g.ho; ++oh)
                for (int64_t ow = 0; ow < m_g.wo; ++ow) {
                    float best = -std::numeric_limits<float>::infinity();
                    int64_t bestAt = m_g.rowBegin(oh) * m_g.w + m_g.colBegin(ow);
                    for (int64_t ih = m_g.rowBegin(oh); ih < m_g.rowEnd(oh); ++ih)
                        for (int64_t iw = m_g.colBegin(ow); iw < m_g.colEnd(ow); ++iw)
                            if (in[ih * m_g.w + iw] > best) {
                                best = in[ih * m_g.w + iw];
                                bestAt = ih * m_g.w + iw;
                            }
                    y[oh * m_g.wo + ow] = best;
                    where[oh * m_g.wo + ow] = static_cast<int32_t>(bestAt);
                }
        });
    }

    // dx = dy routed to the position of each window's max (summed where windows overlap).
    void backward(std::span<const Tensor* const> inputs, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        Tensor& dx = *inputGrads[0];
        const int64_t planes = output.size() / (m_g.ho * m_g.wo);
        if (halving()) return backwardHalving(*inputs[0], output, outputGrad, dx, planes);
        dx.setZero();
        const int64_t area = m_g.ho * m_g.wo;
        parallelFor(planes, worthThreads(8 * output.size(), planes), [&](int64_t p) {
            float* d = dx.data() + p * m_g.h * m_g.w;
            const float* dy = outputGrad.data() + p * area;
            const int32_t* where = m_argmax.data() + p * area;
            for (int64_t i = 0; i < area; ++i) d[where[i]] += dy[i];
        });
    }

private:
    // The usual 2×2 window with stride 2 and no padding, which halves the image: a loop of its own,
    // several times faster than the general one. It needs no argmax: backward finds each window's
    // maximum again by comparing the input with the output (the first equal one, as forward keeps
    // the first of equal maxima).
    // Every window lies inside the image: no padding before, and none after either ("same" padding
    // of an odd size adds a row or column after).
    bool halving() const {
        return m_g.k == 2 && m_g.stride == 2 && m_g.padTop == 0 && m_g.padLeft == 0 && 2 * m_g.ho <= m_g.h &&
               2 * m_g.wo <= m_g.w;
    }

    void forwardHalving(const Tensor& x, Tensor& output, int64_t planes) const {
        const int64_t h = m_g.h, w = m_g.w, ho = m_g.ho, wo = m_g.wo;
        parallelFor(planes, worthThreads(4 * output.size(), planes), [&](int64_t p) {
            const float* in = x.data() + p * h * w;
            float* y = output.data() + p * ho * wo;
            for (int64_t oh = 0; oh < ho; ++oh) {
                const float* top = in + 2 * oh * w;
                const float* bottom = top + w;
                for (int64_t ow = 0; ow < wo; ++ow)
                    y[oh * wo + ow] = std::max(std::max(top[2 * ow], top[2 * ow + 1]),
                                               std::max(bottom[2 * ow], bottom[2 * ow + 1]));
            }
        });
    }

    // Each window writes all four of its pixels (the gradient to the first maximum, 0 to the others),
    // so only a row or column no window covers (odd sizes) needs clearing first.
    void backwardHalving(const Tensor& x, const Tensor& output, const Tensor& outputGrad, Tensor& dx,
                         int64_t planes) const {
        const int64_t h = m_g.h, w = m_g.w, ho = m_g.ho, wo = m_g.wo;
        parallelFor(planes, worthThreads(8 * output.size(), planes), [&](int64_t p) {
            const float* in = x.data() + p * h * w;
            const float* y = output.data() + p * ho * wo;
            const float* dy = outputGrad.data() + p * ho * wo;
            float* d = dx.data() + p * h * w;
            if (2 * ho != h || 2 * wo != w) std::fill(d, d + h * w, 0.0f);
            for (int64_t oh = 0; oh < ho; ++oh)
                for (int64_t ow = 0; ow < wo; ++ow) {
                    const int64_t at = 2 * oh * w + 2 * ow;
                    const float best = y[oh * wo + ow];
                    const float g = dy[oh * wo + ow];
                    const bool first = in[at] == best;
                    const bool second = !first && in[at + 1] == best;
                    const bool third = !first && !second && in[at + w] == best;
                    d[at] = first ? g : 0.0f;
                    d[at + 1] = second ? g : 0.0f;
                    d[at + w] = third ? g : 0.0f;
                    d[at + w + 1] = first || second || third ? 0.0f : g;
                }
        });
    }

    PoolGeometry m_g;
    std::vector<int32_t> m_argmax; // per output element, the max's index within its (H, W) plane
};

} // namespace

LayerInfo maxPool2dLayerInfo() {
    return poolLayerInfo<MaxPool2DLayer>(
        LayerKind::MaxPool2D,
        NW_PHRASE(
            "Keeps the largest value of each window: a smaller image that keeps the strongest responses."),
        "y[c,i,j] = max_{u,v < k} x[c, i·s + u, j·s + v]");
}

} // namespace nw
