#include "engine/layers/winograd_conv.h"

#include "engine/layers/small_gemm.h"

#include <algorithm>

namespace nw {
namespace {

// A block's transformed planes, α² · (Cin + Cout) floats per tile, take up to this many floats
// (512 KB), half of a core's own cache on current x86 CPUs: the transforms write them and the
// products read them back before they are evicted.
constexpr int64_t kBlockFloats = int64_t{1} << 17;

} // namespace

WinogradConvolution::WinogradConvolution(const ConvGeometry& g)
    : m_g(g), m_winograd(g, Winograd3x3::tileFor(g)),
      m_blockSamples(std::max<int64_t>(
          1, kBlockFloats / (m_winograd.positions() * (g.cin + g.cout) * m_winograd.tilesPerSample()))),
      m_u(static_cast<size_t>(m_winograd.positions() * g.cout * g.cin)) {}

int64_t WinogradConvolution::scratchSize() const {
    return m_winograd.positions() * (m_g.cin + m_g.cout) * width() + m_winograd.scratchSize();
}

WinogradConvolution::Buffers WinogradConvolution::buffersOf(float* scratch) const {
    float* output = scratch + m_winograd.positions() * m_g.cin * width();
    return {scratch, output, output + m_winograd.positions() * m_g.cout * width()};
}

void WinogradConvolution::prepare(const float* weight) { m_winograd.transformWeights(weight, m_u.data()); }

void WinogradConvolution::forward(const Tensor& x, int64_t begin, int64_t end, const float* bias, Tensor& y,
                                  float* scratch) const {
    const Buffers b = buffersOf(scratch);
    const int64_t tiles = m_winograd.tilesPerSample();
    for (int64_t first = begin; first < end; first += m_blockSamples) {
        const int64_t count = std::min(m_blockSamples, end - first);
        const int64_t width = count * tiles;
        for (int64_t i = 0; i < count; ++i)
            m_winograd.transformInput(x.row(first + i), b.input + i * tiles, width, b.tile);
        for (int64_t xi = 0; xi < m_winograd.positions(); ++xi)
            gemmStreamColumns(m_g.cout, width, m_g.cin, m_u.data() + xi * m_g.cout * m_g.cin, m_g.cin, 1,
                              b.input + xi * m_g.cin * width, width, b.output + xi * m_g.cout * width, width);
        for (int64_t i = 0; i < count; ++i)
            m_winograd.transformOutput(b.output + i * tiles, width, bias, y.row(first + i), b.tile);
    }
}

void WinogradConvolution::backward(const Tensor& x, const Tensor& dy, int64_t begin, int64_t end, float* du,
                                   Tensor* dx, float* scratch) const {
    const Buffers b = buffersOf(scratch);
    const int64_t tiles = m_winograd.tilesPerSample();
    for (int64_t first = begin; first < end; first += m_blockSamples) {
        const int64_t count = std::min(m_blockSamples, end - first);
        const int64_t width = count * tiles;
        for (int64_t i = 0; i < count; ++i) {
            m_winograd.transformInput(x.row(first + i), b.input + i * tiles, width, b.tile);
            m_winograd.transformOutputGrad(dy.row(first + i), b.output + i * tiles, width, b.tile);
        }
        for (int64_t xi = 0; xi < m_winograd.positions(); ++xi) {
            float* v = b.input + xi * m_g.cin * width;
            const float* z = b.output + xi * m_g.cout * width;
            // dU[ξ] += Z[ξ] · V[ξ]ᵀ, then V[ξ] is no longer needed and takes P[ξ] = U[ξ]ᵀ · Z[ξ].
            MatrixMap(du + xi * m_g.cout * m_g.cin, m_g.cout, m_g.cin).noalias() +=
                ConstMatrixMap(z, m_g.cout, width) * ConstMatrixMap(v, m_g.cin, width).transpose();
            if (dx)
                gemmStreamColumns(m_g.cin, width, m_g.cout, m_u.data() + xi * m_g.cout * m_g.cin, 1, m_g.cin,
                                  z, width, v, width);
        }
        if (!dx) continue;
        for (int64_t i = 0; i < count; ++i)
            m_winograd.transformInputGrad(b.input + i * tiles, width, dx->row(first + i), b.tile);
    }
}

} // namespace nw
