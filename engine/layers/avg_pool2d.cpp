#include "engine/layers/avg_pool2d.h"

#include "engine/layers/parallel.h"
#include "engine/layers/spatial.h"

namespace nw {
namespace {

class AvgPool2DLayer final : public Layer {
public:
    static constexpr const char* kName = "AvgPool2D";
    explicit AvgPool2DLayer(const PoolGeometry& g) : m_g(g) {}

    // x:(N,C,H,W) -> y:(N,C,H',W'), y = the mean of the window's pixels inside the image.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t planes = output.size() / (m_g.ho * m_g.wo);
        parallelFor(planes, worthThreads(output.size() * m_g.k * m_g.k, planes), [&](int64_t p) {
            const float* in = x.data() + p * m_g.h * m_g.w;
            float* y = output.data() + p * m_g.ho * m_g.wo;
            for (int64_t oh = 0; oh < m_g.ho; ++oh)
                for (int64_t ow = 0; ow < m_g.wo; ++ow) {
                    float sum = 0.0f;
                    for (int64_t ih = m_g.rowBegin(oh); ih < m_g.rowEnd(oh); ++ih)
                        for (int64_t iw = m_g.colBegin(ow); iw < m_g.colEnd(ow); ++iw)
                            sum += in[ih * m_g.w + iw];
                    y[oh * m_g.wo + ow] = sum / static_cast<float>(count(oh, ow));
                }
        });
    }

    // dx = each window's dy / (pixels in the window), spread over the window.
    void backward(std::span<const Tensor* const>, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        Tensor& dx = *inputGrads[0];
        dx.setZero();
        const int64_t planes = output.size() / (m_g.ho * m_g.wo);
        parallelFor(planes, worthThreads(output.size() * m_g.k * m_g.k, planes), [&](int64_t p) {
            float* d = dx.data() + p * m_g.h * m_g.w;
            const float* dy = outputGrad.data() + p * m_g.ho * m_g.wo;
            for (int64_t oh = 0; oh < m_g.ho; ++oh)
                for (int64_t ow = 0; ow < m_g.wo; ++ow) {
                    const float share = dy[oh * m_g.wo + ow] / static_cast<float>(count(oh, ow));
                    for (int64_t ih = m_g.rowBegin(oh); ih < m_g.rowEnd(oh); ++ih)
                        for (int64_t iw = m_g.colBegin(ow); iw < m_g.colEnd(ow); ++iw)
                            d[ih * m_g.w + iw] += share;
                }
        });
    }

private:
    int64_t count(int64_t oh, int64_t ow) const {
        return (m_g.rowEnd(oh) - m_g.rowBegin(oh)) * (m_g.colEnd(ow) - m_g.colBegin(ow));
    }

    PoolGeometry m_g;
};

} // namespace

LayerInfo avgPool2dLayerInfo() {
    return poolLayerInfo<AvgPool2DLayer>(LayerKind::AvgPool2D,
                                         NW_PHRASE("Averages each window: a smaller, smoother image."),
                                         "y[c,i,j] = mean_{u,v < k} x[c, i·s + u, j·s + v]");
}

} // namespace nw
