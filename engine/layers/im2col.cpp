#include "engine/layers/im2col.h"

#include <Eigen/Core>
#include <algorithm>

namespace nw {
namespace {

using Vec = Eigen::Map<Eigen::VectorXf>;
using ConstVec = Eigen::Map<const Eigen::VectorXf>;

// Rows of a small image are a few dozen floats: Eigen's inline vector loops copy them, where a plain
// loop would become a memmove call per row (GCC's loop-pattern rewrite) that costs more than the copy.
inline void copyRow(const float* from, float* to, int64_t n) { Vec(to, n) = ConstVec(from, n); }
inline void addRow(const float* from, float* to, int64_t n) { Vec(to, n) += ConstVec(from, n); }
inline void zeroRow(float* to, int64_t n) { Vec(to, n).setZero(); }

// The output columns [begin, end) whose input column ow·stride + offset lies inside [0, size):
// the loops below run over them without a bounds test per pixel.
struct ColumnRange {
    int64_t begin, end;
    ColumnRange(int64_t offset, int64_t stride, int64_t size, int64_t outSize) {
        begin = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
        end = size - offset <= 0 ? 0 : (size - offset + stride - 1) / stride;
        begin = std::min(begin, outSize);
        end = std::clamp(end, begin, outSize);
    }
};

} // namespace

ConvLowering::ConvLowering(const ConvGeometry& g)
    : m_g(g), m_fullWidth(g.stride == 1),
      m_padded(m_fullWidth && (g.padTop || g.padLeft || g.padBottom() || g.padRight())),
      m_hp(g.h + g.padTop + g.padBottom()), m_wp(g.w + g.padLeft + g.padRight()),
      m_columns(m_fullWidth ? g.ho * m_wp : g.ho * g.wo) {}

// Full width: row (c, i, j) is the run of the padded input from x[c, i·d, j·d], H'·Wp long; near the
// end of the sample the run is cut short and the rest (discarded columns) set to zero.
void ConvLowering::lower(const float* x, float* col, int64_t rowStride, float* padded) const {
    if (!m_fullWidth) return im2col(x, col, rowStride);
    const ConvGeometry& g = m_g;
    if (m_padded) {
        zeroRow(padded, paddedSize());
        for (int64_t c = 0; c < g.cin; ++c)
            for (int64_t r = 0; r < g.h; ++r)
                copyRow(x + (c * g.h + r) * g.w, padded + (c * m_hp + r + g.padTop) * m_wp + g.padLeft, g.w);
        x = padded;
    }
    const int64_t sampleSize = g.cin * m_hp * m_wp;
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                const int64_t start = c * m_hp * m_wp + i * g.dilation * m_wp + j * g.dilation;
                const int64_t length = std::min(m_columns, sampleSize - start);
                float* out = col + ((c * g.k + i) * g.k + j) * rowStride;
                copyRow(x + start, out, length);
                zeroRow(out + length, m_columns - length);
            }
}

void ConvLowering::scatter(const float* y, int64_t rowStride, const float* bias, float* out) const {
    const ConvGeometry& g = m_g;
    const int64_t step = m_fullWidth ? m_wp : g.wo;
    for (int64_t f = 0; f < g.cout; ++f) {
        const float b = bias ? bias[f] : 0.0f;
        for (int64_t oh = 0; oh < g.ho; ++oh)
            Vec(out + (f * g.ho + oh) * g.wo, g.wo) =
                ConstVec(y + f * rowStride + oh * step, g.wo).array() + b;
    }
}

void ConvLowering::gather(const float* dy, float* block, int64_t rowStride) const {
    const ConvGeometry& g = m_g;
    const int64_t step = m_fullWidth ? m_wp : g.wo;
    for (int64_t f = 0; f < g.cout; ++f)
        for (int64_t oh = 0; oh < g.ho; ++oh) {
            float* to = block + f * rowStride + oh * step;
            copyRow(dy + (f * g.ho + oh) * g.wo, to, g.wo);
            zeroRow(to + g.wo, step - g.wo);
        }
}

// Full width: adds row (c, i, j) back onto the run it was copied from. The part cut off in lower()
// holds the gradient of discarded columns, which is zero, so it is skipped.
void ConvLowering::raise(const float* dcol, int64_t rowStride, float* dx, float* padded) const {
    const ConvGeometry& g = m_g;
    if (!m_fullWidth) {
        zeroRow(dx, g.cin * g.h * g.w);
        return col2im(dcol, rowStride, dx);
    }
    float* target = m_padded ? padded : dx;
    const int64_t sampleSize = g.cin * m_hp * m_wp;
    zeroRow(target, sampleSize);
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                const int64_t start = c * m_hp * m_wp + i * g.dilation * m_wp + j * g.dilation;
                addRow(dcol + ((c * g.k + i) * g.k + j) * rowStride, target + start,
                       std::min(m_columns, sampleSize - start));
            }
    if (!m_padded) return;
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t r = 0; r < g.h; ++r)
            copyRow(padded + (c * m_hp + r + g.padTop) * m_wp + g.padLeft, dx + (c * g.h + r) * g.w, g.w);
}

// col[(c,i,j), (oh,ow)] = x[c, oh·s − pt + i·d, ow·s − pl + j·d], 0 where that falls in the padding.
void ConvLowering::im2col(const float* x, float* col, int64_t rowStride) const {
    const ConvGeometry& g = m_g;
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                float* out = col + ((c * g.k + i) * g.k + j) * rowStride;
                const int64_t offset = j * g.dilation - g.padLeft;
                const ColumnRange cols(offset, g.stride, g.w, g.wo);
                for (int64_t oh = 0; oh < g.ho; ++oh, out += g.wo) {
                    const int64_t ih = oh * g.stride - g.padTop + i * g.dilation;
                    if (ih < 0 || ih >= g.h) {
                        zeroRow(out, g.wo);
                        continue;
                    }
                    const float* row = x + (c * g.h + ih) * g.w + offset;
                    zeroRow(out, cols.begin);
                    for (int64_t ow = cols.begin; ow < cols.end; ++ow) out[ow] = row[ow * g.stride];
                    zeroRow(out + cols.end, g.wo - cols.end);
                }
            }
}

// The adjoint of im2col: adds every column entry back onto the pixel it was read from.
void ConvLowering::col2im(const float* col, int64_t rowStride, float* dx) const {
    const ConvGeometry& g = m_g;
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                const float* in = col + ((c * g.k + i) * g.k + j) * rowStride;
                const int64_t offset = j * g.dilation - g.padLeft;
                const ColumnRange cols(offset, g.stride, g.w, g.wo);
                for (int64_t oh = 0; oh < g.ho; ++oh, in += g.wo) {
                    const int64_t ih = oh * g.stride - g.padTop + i * g.dilation;
                    if (ih < 0 || ih >= g.h) continue;
                    float* row = dx + (c * g.h + ih) * g.w + offset;
                    for (int64_t ow = cols.begin; ow < cols.end; ++ow) row[ow * g.stride] += in[ow];
                }
            }
}

} // namespace nw
