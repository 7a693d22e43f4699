#include "engine/layers/conv2d.h"

#include "engine/layers/initializers.h"
#include "engine/layers/parallel.h"
#include "engine/layers/spatial.h"

#include <algorithm>

namespace nw {
namespace {

struct Conv2DAttrs {
    int64_t filters;
    Window window;
    bool useBias;
    Initializer init;

    static Conv2DAttrs from(const Attributes& a) {
        using namespace conv2d_attr;
        return {attrInt(a, kFilters),
                Window{attrInt(a, kKernel), attrInt(a, kStride), attrInt(a, kDilation),
                       static_cast<Padding>(attrEnum(a, kPadding))},
                attrBool(a, kUseBias), static_cast<Initializer>(attrEnum(a, kInitializer))};
    }
};

// Sizes of one convolution, fixed at compile time of the network.
struct ConvGeometry {
    int64_t cin, h, w, cout, k, stride, dilation, ho, wo, padTop, padLeft;

    int64_t colRows() const { return cin * k * k; } // one row per (input channel, kernel row, kernel column)
    int64_t colCols() const { return ho * wo; }     // one column per output pixel
    // A 1×1 kernel with stride 1 and no padding reads the image as it is: no im2col needed.
    bool pointwise() const { return k == 1 && stride == 1 && padTop == 0 && padLeft == 0; }
};

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

// x:(Cin,H,W) -> col:(Cin·K·K, H'·W'), col[(c,i,j), (oh,ow)] = x[c, oh·s - pt + i·d, ow·s - pl + j·d],
// 0 where that falls in the padding.
void im2col(const float* x, const ConvGeometry& g, float* col) {
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                float* out = col + ((c * g.k + i) * g.k + j) * g.colCols();
                const int64_t offset = j * g.dilation - g.padLeft;
                const ColumnRange cols(offset, g.stride, g.w, g.wo);
                for (int64_t oh = 0; oh < g.ho; ++oh, out += g.wo) {
                    const int64_t ih = oh * g.stride - g.padTop + i * g.dilation;
                    if (ih < 0 || ih >= g.h) {
                        std::fill(out, out + g.wo, 0.0f);
                        continue;
                    }
                    const float* row = x + (c * g.h + ih) * g.w;
                    std::fill(out, out + cols.begin, 0.0f);
                    if (g.stride == 1)
                        std::copy(row + cols.begin + offset, row + cols.end + offset, out + cols.begin);
                    else
                        for (int64_t ow = cols.begin; ow < cols.end; ++ow)
                            out[ow] = row[ow * g.stride + offset];
                    std::fill(out + cols.end, out + g.wo, 0.0f);
                }
            }
}

// The adjoint of im2col: adds every column entry back onto the pixel it was read from.
// col:(Cin·K·K, H'·W') -> dx:(Cin,H,W), which must start at zero.
void col2im(const float* col, const ConvGeometry& g, float* dx) {
    for (int64_t c = 0; c < g.cin; ++c)
        for (int64_t i = 0; i < g.k; ++i)
            for (int64_t j = 0; j < g.k; ++j) {
                const float* in = col + ((c * g.k + i) * g.k + j) * g.colCols();
                const int64_t offset = j * g.dilation - g.padLeft;
                const ColumnRange cols(offset, g.stride, g.w, g.wo);
                for (int64_t oh = 0; oh < g.ho; ++oh, in += g.wo) {
                    const int64_t ih = oh * g.stride - g.padTop + i * g.dilation;
                    if (ih < 0 || ih >= g.h) continue;
                    float* row = dx + (c * g.h + ih) * g.w;
                    for (int64_t ow = cols.begin; ow < cols.end; ++ow) row[ow * g.stride + offset] += in[ow];
                }
            }
}

class Conv2DLayer final : public Layer {
public:
    Conv2DLayer(const ConvGeometry& g, const Conv2DAttrs& attrs)
        : m_g(g), m_attrs(attrs), m_weight(Shape{g.cout, g.cin, g.k, g.k}), m_weightGrad(m_weight.shape()),
          m_bias(Shape{1, g.cout}), m_biasGrad(Shape{1, g.cout}) {}

    // x:(N,Cin,H,W) W:(Cout,Cin,K,K) b:(1,Cout) -> y:(N,Cout,H',W'); per sample y_n = W·im2col(x_n) + b,
    // with W seen as (Cout, Cin·K·K). Samples are independent, so threads split the batch.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t n = x.rows();
        if (!m_g.pointwise()) m_cols.reserve(m_g.colRows() * m_g.colCols());
        const ConstMatrixMap w(m_weight.data(), m_g.cout, m_g.colRows());
        const Eigen::Map<const Eigen::VectorXf> b(m_bias.data(), m_g.cout);
#pragma omp parallel for schedule(static) if (worthThreads(n * flopsPerSample(), n))
        for (int64_t s = 0; s < n; ++s) {
            const float* col = x.row(s);
            if (!m_g.pointwise()) {
                float* buffer = m_cols.forThread(omp_get_thread_num());
                im2col(x.row(s), m_g, buffer);
                col = buffer;
            }
            MatrixMap y(output.row(s), m_g.cout, m_g.colCols());
            y.noalias() = w * ConstMatrixMap(col, m_g.colRows(), m_g.colCols());
            if (m_attrs.useBias) y.colwise() += b;
        }
    }

    // dy:(N,Cout,H',W') -> dW = Σ_n dy_n·colᵀ_n, db = Σ_n Σ_pixels dy_n, dx_n = col2im(Wᵀ·dy_n).
    // Each thread sums its own samples' dW and db; the partial sums are added in thread order, so
    // the same thread count gives the same bits.
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const Tensor& x = *inputs[0];
        Tensor* dx = inputGrads[0];
        const int64_t n = x.rows();
        const int64_t colSize = m_g.colRows() * m_g.colCols();
        const int64_t partialSize = m_g.cout * m_g.colRows() + m_g.cout;
        // Per thread: the im2col of a sample, its gradient, then the partial dW and db.
        m_backwardScratch.reserve((m_g.pointwise() ? 0 : 2 * colSize) + partialSize);
        const int threads = static_cast<int>(m_backwardScratch.threads());
        const ConstMatrixMap w(m_weight.data(), m_g.cout, m_g.colRows());
        for (int t = 0; t < threads; ++t) {
            float* partial = m_backwardScratch.forThread(t) + (m_g.pointwise() ? 0 : 2 * colSize);
            std::fill(partial, partial + partialSize, 0.0f);
        }
#pragma omp parallel if (worthThreads(3 * n * flopsPerSample(), n))
        {
            float* scratch = m_backwardScratch.forThread(omp_get_thread_num());
            float* col = m_g.pointwise() ? nullptr : scratch;
            float* dcol = m_g.pointwise() ? nullptr : scratch + colSize;
            float* partial = scratch + (m_g.pointwise() ? 0 : 2 * colSize);
            MatrixMap dw(partial, m_g.cout, m_g.colRows());
            Eigen::Map<Eigen::VectorXf> db(partial + m_g.cout * m_g.colRows(), m_g.cout);
#pragma omp for schedule(static)
            for (int64_t s = 0; s < n; ++s) {
                const float* colData = x.row(s);
                if (col) {
                    im2col(x.row(s), m_g, col);
                    colData = col;
                }
                const ConstMatrixMap colM(colData, m_g.colRows(), m_g.colCols());
                const ConstMatrixMap dy(outputGrad.row(s), m_g.cout, m_g.colCols());
                dw.noalias() += dy * colM.transpose();
                if (m_attrs.useBias) db += dy.rowwise().sum();
                if (!dx) continue;
                if (dcol) {
                    MatrixMap(dcol, m_g.colRows(), m_g.colCols()).noalias() = w.transpose() * dy;
                    std::fill(dx->row(s), dx->row(s) + dx->rowSize(), 0.0f);
                    col2im(dcol, m_g, dx->row(s));
                } else {
                    MatrixMap(dx->row(s), m_g.colRows(), m_g.colCols()).noalias() = w.transpose() * dy;
                }
            }
        }
        m_weightGrad.setZero();
        m_biasGrad.setZero();
        for (int t = 0; t < threads; ++t) {
            const float* partial = m_backwardScratch.forThread(t) + (m_g.pointwise() ? 0 : 2 * colSize);
            m_weightGrad.flat() += ConstVectorMap(partial, m_g.cout * m_g.colRows());
            m_biasGrad.flat() += ConstVectorMap(partial + m_g.cout * m_g.colRows(), m_g.cout);
        }
    }

    std::vector<Param> params() override {
        std::vector<Param> p{{"weight", &m_weight, &m_weightGrad}};
        if (m_attrs.useBias) p.push_back({"bias", &m_bias, &m_biasGrad});
        return p;
    }

    void initialize(Rng& rng) override {
        const int64_t area = m_g.k * m_g.k;
        initializeWeights(m_weight, m_attrs.init, m_g.cin * area, m_g.cout * area, rng);
        m_bias.setZero();
    }

private:
    int64_t flopsPerSample() const { return 2 * m_g.cout * m_g.colRows() * m_g.colCols(); }

    ConvGeometry m_g;
    Conv2DAttrs m_attrs;
    Tensor m_weight, m_weightGrad, m_bias, m_biasGrad;
    ThreadScratch m_cols;            // forward: one im2col matrix per thread
    ThreadScratch m_backwardScratch; // backward: im2col, its gradient and partial dW, db per thread
};

ConvGeometry geometry(const LayerSignature& s, const Shape& out) {
    const Conv2DAttrs a = Conv2DAttrs::from(s.attrs);
    const Shape& in = s.inputs[0];
    return {in[0],
            in[1],
            in[2],
            out[0],
            a.window.kernel,
            a.window.stride,
            a.window.dilation,
            out[1],
            out[2],
            a.window.padBefore(in[1]),
            a.window.padBefore(in[2])};
}

} // namespace

LayerInfo conv2dLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Conv2D;
    info.name = "Conv2D";
    info.category = PaletteCategory::Convolution;
    info.description = "Slides learned filters over an image; each filter makes one output channel.";
    info.formula = "y[f,i,j] = b[f] + Σ_c Σ_u Σ_v W[f,c,u,v] · x[c, i·s + u·d, j·s + v·d]";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "filters",
         .label = "Filters",
         .type = AttrType::Int,
         .defaultValue = int64_t{8},
         .min = 1,
         .max = 4096,
         .unit = "channels",
         .description = "Number of filters, the output channels"},
        {.name = "kernel",
         .label = "Kernel size",
         .type = AttrType::Int,
         .defaultValue = int64_t{3},
         .min = 1,
         .max = 31,
         .unit = "pixels",
         .description = "Height and width of each square filter"},
        {.name = "stride",
         .label = "Stride",
         .type = AttrType::Int,
         .defaultValue = int64_t{1},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = "Step between two filter positions"},
        {.name = "padding",
         .label = "Padding",
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = paddingOptions(),
         .description =
             "valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉"},
        {.name = "dilation",
         .label = "Dilation",
         .type = AttrType::Int,
         .defaultValue = int64_t{1},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = "Spacing between the filter's taps; above 1 widens its view"},
        {.name = "use_bias",
         .label = "Use bias",
         .type = AttrType::Bool,
         .defaultValue = true,
         .description = "Add a learned bias to every output channel"},
        {.name = "initializer",
         .label = "Initializer",
         .type = AttrType::Enum,
         .defaultValue = EnumValue{2},
         .options = initializerOptions(),
         .description =
             "How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot "
             "for tanh/sigmoid"},
    };
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Conv2DAttrs a = Conv2DAttrs::from(s.attrs);
        return slideWindow("Conv2D", s.inputs[0], a.window, a.filters);
    };
    info.paramCount = [](const LayerSignature& s, const Shape& out) -> int64_t {
        const ConvGeometry g = geometry(s, out);
        return g.cout * g.colRows() + (attrBool(s.attrs, conv2d_attr::kUseBias) ? g.cout : 0);
    };
    info.flops = [](const LayerSignature& s, const Shape& out) -> int64_t {
        const ConvGeometry g = geometry(s, out);
        return 2 * g.cout * g.colRows() * g.colCols();
    };
    info.create = [](const LayerSignature& s, const Shape& out) -> std::unique_ptr<Layer> {
        return std::make_unique<Conv2DLayer>(geometry(s, out), Conv2DAttrs::from(s.attrs));
    };
    return info;
}

} // namespace nw
