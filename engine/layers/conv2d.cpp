#include "engine/layers/conv2d.h"

#include "engine/layers/im2col.h"

#include "engine/layers/initializers.h"
#include "engine/layers/parallel.h"
#include "engine/layers/small_gemm.h"
#include "engine/layers/spatial.h"
#include "engine/layers/winograd_conv.h"

#include <algorithm>
#include <optional>

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

class Conv2DLayer final : public Layer {
public:
    Conv2DLayer(const ConvGeometry& g, const Conv2DAttrs& attrs)
        : m_g(g), m_attrs(attrs), m_weight(Shape{g.cout, g.cin, g.k, g.k}), m_weightGrad(m_weight.shape()),
          m_bias(Shape{1, g.cout}), m_biasGrad(Shape{1, g.cout}), m_lowering(g) {
        if (Winograd3x3::suits(g)) m_winograd.emplace(g);
    }

    // x:(N,Cin,H,W) W:(Cout,Cin,K,K) b:(1,Cout) -> y:(N,Cout,H',W'). A block of B samples is one
    // product: W seen as (Cout, Cin·K·K) times their columns side by side, (Cin·K·K, B·P) with P
    // columns per sample (see ConvLowering).
    // Threads split the batch into contiguous runs of blocks.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const Tensor& x = *inputs[0];
        const int64_t n = x.rows();
        if (m_winograd) return forwardWinograd(x, output);
        reserveScratch();
        const ConstMatrixMap w(m_weight.data(), m_g.cout, m_g.colRows());
        onThreads(worthThreads(n * flopsPerSample(), n), [&](int thread, int threads) {
            const ThreadBuffers buffers = buffersOf(thread);
            const ThreadShare range(n, thread, threads);
            for (int64_t first = range.begin; first < range.end; first += m_blockSamples) {
                const int64_t count = std::min(m_blockSamples, range.end - first);
                const int64_t width = count * columns();
                for (int64_t i = 0; i < count; ++i)
                    m_lowering.lower(x.row(first + i), buffers.col + i * columns(), width, buffers.padded);
                if (fewFilters())
                    gemmStreamColumns(m_g.cout, width, m_g.colRows(), m_weight.data(), m_g.colRows(), 1,
                                      buffers.col, width, buffers.block, width);
                else
                    MatrixMap(buffers.block, m_g.cout, width).noalias() =
                        w * ConstMatrixMap(buffers.col, m_g.colRows(), width);
                for (int64_t i = 0; i < count; ++i)
                    m_lowering.scatter(buffers.block + i * columns(), width,
                                       m_attrs.useBias ? m_bias.data() : nullptr, output.row(first + i));
            }
        });
    }

    // dy:(N,Cout,H',W') -> dW = Σ_n dy_n·colᵀ_n, db = Σ_n Σ_pixels dy_n, dx_n = raise(Wᵀ·dy_n), a block of
    // samples at a time as in forward(). Each thread sums its own samples' dW and db; the partial
    // sums are added in thread order, so the same thread count gives the same bits.
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const Tensor& x = *inputs[0];
        Tensor* dx = inputGrads[0];
        const int64_t n = x.rows();
        if (m_winograd) return backwardWinograd(x, outputGrad, dx);
        reserveScratch();
        const ConstMatrixMap w(m_weight.data(), m_g.cout, m_g.colRows());
        int threadsUsed = 1;
        onThreads(worthThreads(3 * n * flopsPerSample(), n), [&](int thread, int threads) {
            if (thread == 0) threadsUsed = threads;
            const ThreadBuffers buffers = buffersOf(thread);
            MatrixMap dw(buffers.partial, m_g.cout, m_g.colRows());
            Eigen::Map<Eigen::VectorXf> db(buffers.partial + m_g.cout * m_g.colRows(), m_g.cout);
            dw.setZero();
            db.setZero();
            const ThreadShare range(n, thread, threads);
            for (int64_t first = range.begin; first < range.end; first += m_blockSamples) {
                const int64_t count = std::min(m_blockSamples, range.end - first);
                const int64_t width = count * columns();
                MatrixMap col(buffers.col, m_g.colRows(), width);
                MatrixMap dy(buffers.block, m_g.cout, width);
                for (int64_t i = 0; i < count; ++i) {
                    m_lowering.lower(x.row(first + i), buffers.col + i * columns(), width, buffers.padded);
                    m_lowering.gather(outputGrad.row(first + i), buffers.block + i * columns(), width);
                }
                if (fewFilters())
                    gemmAddDots(m_g.cout, m_g.colRows(), width, buffers.block, width, buffers.col, width,
                                buffers.partial, m_g.colRows());
                else
                    dw.noalias() += dy * col.transpose();
                if (m_attrs.useBias) db += dy.rowwise().sum();
                if (!dx) continue;
                // The columns' gradient replaces the columns.
                if (fewFilters())
                    gemmStreamColumns(m_g.colRows(), width, m_g.cout, m_weight.data(), 1, m_g.colRows(),
                                      buffers.block, width, buffers.col, width);
                else
                    col.noalias() = w.transpose() * dy;
                for (int64_t i = 0; i < count; ++i)
                    m_lowering.raise(buffers.col + i * columns(), width, dx->row(first + i), buffers.padded);
            }
        });
        const float* total =
            sumPartials(threadsUsed, partialSize(), [&](int thread) { return buffersOf(thread).partial; });
        m_weightGrad.flat() = ConstVectorMap(total, m_g.cout * m_g.colRows());
        m_biasGrad.flat() = ConstVectorMap(total + m_g.cout * m_g.colRows(), m_g.cout);
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
    void forwardWinograd(const Tensor& x, Tensor& output) {
        const int64_t n = x.rows();
        m_winograd->prepare(m_weight.data());
        m_scratch.reserve(m_winograd->scratchSize());
        onThreads(worthThreads(n * flopsPerSample(), n), [&](int thread, int threads) {
            const ThreadShare range(n, thread, threads);
            m_winograd->forward(x, range.begin, range.end, m_attrs.useBias ? m_bias.data() : nullptr, output,
                                m_scratch.forThread(thread));
        });
    }

    // As backward(), each thread summing its samples' transformed dU and db into its own partial sums,
    // added in thread order.
    void backwardWinograd(const Tensor& x, const Tensor& dy, Tensor* dx) {
        const int64_t n = x.rows(), transformed = m_winograd->transformedWeightSize();
        const int64_t pixels = m_g.ho * m_g.wo;
        m_winograd->prepare(m_weight.data());
        m_scratch.reserve(m_winograd->scratchSize() + transformed + m_g.cout);
        int threadsUsed = 1;
        const auto partialOf = [&](int thread) {
            return m_scratch.forThread(thread) + m_winograd->scratchSize();
        };
        onThreads(worthThreads(3 * n * flopsPerSample(), n), [&](int thread, int threads) {
            if (thread == 0) threadsUsed = threads;
            float* du = partialOf(thread);
            VectorMap db(du + transformed, m_g.cout);
            std::fill(du, du + transformed, 0.0f);
            db.setZero();
            const ThreadShare range(n, thread, threads);
            m_winograd->backward(x, dy, range.begin, range.end, du, dx, m_scratch.forThread(thread));
            if (m_attrs.useBias)
                for (int64_t s = range.begin; s < range.end; ++s)
                    db += ConstMatrixMap(dy.row(s), m_g.cout, pixels).rowwise().sum();
        });
        const float* total = sumPartials(threadsUsed, transformed + m_g.cout, partialOf);
        m_winograd->weightGradient(total, m_weightGrad.data());
        m_biasGrad.flat() = ConstVectorMap(total + transformed, m_g.cout);
    }

    // The threads' partial sums of `size` floats each (partialOf(thread)) added in thread order into
    // the first thread's, so the same thread count gives the same bits; returns that sum.
    template <class PartialOf>
    static const float* sumPartials(int threadsUsed, int64_t size, PartialOf&& partialOf) {
        float* total = partialOf(0);
        for (int t = 1; t < threadsUsed; ++t) VectorMap(total, size) += ConstVectorMap(partialOf(t), size);
        return total;
    }

    // One thread's share of the scratch memory.
    struct ThreadBuffers {
        float* col;     // (Cin·K·K, B·P): a block's columns, in backward then their gradient
        float* block;   // (Cout, B·P): a block's outputs, in backward their gradient
        float* partial; // (Cout·Cin·K·K + Cout): this thread's share of dW and db
        float* padded;  // one zero-padded input sample (see ConvLowering)
    };

    // A block's columns take up to this many floats (256 KB), so that they stay in the core's own
    // cache between im2col and the product, while the product is still wide enough to run at speed.
    static constexpr int64_t kBlockFloats = int64_t{1} << 16;

    void reserveScratch() {
        if (m_blockSamples == 0)
            m_blockSamples = std::max<int64_t>(1, kBlockFloats / (m_g.colRows() * columns()));
        const int64_t width = m_blockSamples * columns();
        m_scratch.reserve((m_g.colRows() + m_g.cout) * width + partialSize() + m_lowering.paddedSize());
    }

    ThreadBuffers buffersOf(int thread) {
        float* base = m_scratch.forThread(thread);
        const int64_t width = m_blockSamples * columns();
        float* partial = base + (m_g.colRows() + m_g.cout) * width;
        return {base, base + m_g.colRows() * width, partial, partial + partialSize()};
    }

    int64_t columns() const { return m_lowering.columnsPerSample(); }
    // Up to this many filters the products run through small_gemm's kernels, which keep all the
    // filters' sums in registers; beyond, a general GEMM's blocking pays off.
    bool fewFilters() const { return m_g.cout <= 32; }
    int64_t partialSize() const { return m_g.cout * m_g.colRows() + m_g.cout; }
    int64_t flopsPerSample() const { return 2 * m_g.cout * m_g.colRows() * m_g.ho * m_g.wo; }

    ConvGeometry m_g;
    Conv2DAttrs m_attrs;
    Tensor m_weight, m_weightGrad, m_bias, m_biasGrad;
    ConvLowering m_lowering;
    std::optional<WinogradConvolution> m_winograd; // set for the 3×3 convolutions it suits
    int64_t m_blockSamples = 0;                    // B
    ThreadScratch m_scratch;                       // per thread: see ThreadBuffers
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
    info.description =
        NW_PHRASE("Slides learned filters over an image; each filter makes one output channel.");
    info.formula = "y[f,i,j] = b[f] + Σ_c Σ_u Σ_v W[f,c,u,v] · x[c, i·s + u·d, j·s + v·d]";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "filters",
         .label = NW_PHRASE("Filters"),
         .type = AttrType::Int,
         .defaultValue = int64_t{8},
         .min = 1,
         .max = 4096,
         .unit = "channels",
         .description = NW_PHRASE("Number of filters, the output channels")},
        {.name = "kernel",
         .label = NW_PHRASE("Kernel size"),
         .type = AttrType::Int,
         .defaultValue = int64_t{3},
         .min = 1,
         .max = 31,
         .unit = "pixels",
         .description = NW_PHRASE("Height and width of each square filter")},
        {.name = "stride",
         .label = NW_PHRASE("Stride"),
         .type = AttrType::Int,
         .defaultValue = int64_t{1},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = NW_PHRASE("Step between two filter positions")},
        {.name = "padding",
         .label = NW_PHRASE("Padding"),
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = paddingOptions(),
         .description = NW_PHRASE(
             "valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉")},
        {.name = "dilation",
         .label = NW_PHRASE("Dilation"),
         .type = AttrType::Int,
         .defaultValue = int64_t{1},
         .min = 1,
         .max = 16,
         .unit = "pixels",
         .description = NW_PHRASE("Spacing between the filter's taps; above 1 widens its view")},
        {.name = "use_bias",
         .label = NW_PHRASE("Use bias"),
         .type = AttrType::Bool,
         .defaultValue = true,
         .description = NW_PHRASE("Add a learned bias to every output channel")},
        {.name = "initializer",
         .label = NW_PHRASE("Initializer"),
         .type = AttrType::Enum,
         .defaultValue = EnumValue{2},
         .options = initializerOptions(),
         .description = NW_PHRASE(
             "How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot "
             "for tanh/sigmoid")},
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
        return 2 * g.cout * g.colRows() * g.ho * g.wo;
    };
    info.create = [](const LayerSignature& s, const Shape& out) -> std::unique_ptr<Layer> {
        return std::make_unique<Conv2DLayer>(geometry(s, out), Conv2DAttrs::from(s.attrs));
    };
    return info;
}

} // namespace nw
