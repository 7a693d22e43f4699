#include "engine/layers/dense.h"

#include "engine/layers/initializers.h"
#include "engine/layers/parallel.h"
#include "engine/layers/small_gemm.h"

#include <algorithm>
#include <utility>

namespace nw {
namespace {

struct DenseAttrs {
    int64_t units;
    bool useBias;
    Initializer init;

    static DenseAttrs from(const Attributes& a) {
        return {attrInt(a, dense_attr::kUnits), attrBool(a, dense_attr::kUseBias),
                static_cast<Initializer>(attrEnum(a, dense_attr::kInitializer))};
    }
};

// Thread `thread`'s share of `count` columns: contiguous, in whole vector registers where possible.
struct ColumnRange {
    int64_t begin, size;
    ColumnRange(int64_t count, int thread, int threads) {
        constexpr int64_t kLanes = 16;
        const int64_t groups = (count + kLanes - 1) / kLanes;
        begin = std::min(count, groups * thread / threads * kLanes);
        size = std::min(count, groups * (thread + 1) / threads * kLanes) - begin;
    }
};

// Whether the streaming kernels (small_gemm.h, with their AVX-512 copy in portable builds) beat Eigen on
// a product with `columns` output columns summing over `depth` terms: they need a few vectors of
// columns, and a slice of B (depth × 48 floats) that stays in the core's cache; beyond, Eigen's
// packing pays (measured on Ice Lake: 64×784·784×256 125 against 80 GFLOP/s, 64×3136·3136×128 51
// against 84, 10 columns 2 against 35).
bool streamingPays(int64_t columns, int64_t depth) { return columns >= 32 && depth <= 1024; }

class DenseLayer final : public Layer {
public:
    DenseLayer(int64_t in, const DenseAttrs& attrs)
        : m_attrs(attrs), m_weight(Shape{in, attrs.units}), m_weightGrad(Shape{in, attrs.units}),
          m_bias(Shape{1, attrs.units}), m_biasGrad(Shape{1, attrs.units}) {}

    // x:(N, in) W:(in, out) b:(1, out) -> y:(N, out). Threads split the output columns: each
    // multiplies x by its own columns of W, so no two threads share an output or a partial sum.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const ConstMatrixMap x = inputs[0]->matrix();
        MatrixMap y = output.matrix();
        const ConstMatrixMap w = std::as_const(m_weight).matrix();
        onThreads(worthThreads(2 * x.rows() * x.cols() * y.cols(), y.cols()), [&](int thread, int threads) {
            const ColumnRange cols(y.cols(), thread, threads);
            auto yPart = y.middleCols(cols.begin, cols.size);
            if (streamingPays(cols.size, x.cols()))
                gemmStreamColumns(x.rows(), cols.size, x.cols(), x.data(), x.cols(), 1, w.data() + cols.begin,
                                  w.cols(), y.data() + cols.begin, y.cols());
            else
                yPart.noalias() = x * w.middleCols(cols.begin, cols.size);
            if (m_attrs.useBias)
                yPart.rowwise() +=
                    Eigen::Map<const Eigen::RowVectorXf>(m_bias.data() + cols.begin, cols.size);
        });
    }

    // dy:(N, out) -> dW = xᵀdy, db = Σ_n dy, dx = dy Wᵀ. Threads split the columns of dW and db (the
    // outputs) and those of dx (the inputs): again no shared outputs or partial sums.
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const ConstMatrixMap x = inputs[0]->matrix();
        const ConstMatrixMap dy = outputGrad.matrix();
        const ConstMatrixMap w = std::as_const(m_weight).matrix();
        MatrixMap dw = m_weightGrad.matrix();
        Tensor* dx = inputGrads[0];
        const int64_t flops = 2 * x.rows() * x.cols() * dy.cols() * (dx ? 2 : 1);
        onThreads(worthThreads(flops, std::min(x.cols(), dy.cols())), [&](int thread, int threads) {
            const ColumnRange outs(dy.cols(), thread, threads);
            if (streamingPays(outs.size, x.rows())) // xᵀ through swapped strides
                gemmStreamColumns(x.cols(), outs.size, x.rows(), x.data(), 1, x.cols(),
                                  dy.data() + outs.begin, dy.cols(), dw.data() + outs.begin, dw.cols());
            else
                dw.middleCols(outs.begin, outs.size).noalias() =
                    x.transpose() * dy.middleCols(outs.begin, outs.size);
            if (m_attrs.useBias)
                m_biasGrad.matrix().row(0).segment(outs.begin, outs.size) =
                    dy.middleCols(outs.begin, outs.size).colwise().sum();
            if (!dx) return;
            const ColumnRange ins(x.cols(), thread, threads);
            dx->matrix().middleCols(ins.begin, ins.size).noalias() =
                dy * w.middleRows(ins.begin, ins.size).transpose();
        });
    }

    std::vector<Param> params() override {
        std::vector<Param> p{{"weight", &m_weight, &m_weightGrad}};
        if (m_attrs.useBias) p.push_back({"bias", &m_bias, &m_biasGrad});
        return p;
    }

    void initialize(Rng& rng) override {
        initializeWeights(m_weight, m_attrs.init, m_weight.shape()[0], m_attrs.units, rng);
        m_bias.setZero();
    }

private:
    DenseAttrs m_attrs;
    Tensor m_weight, m_weightGrad, m_bias, m_biasGrad;
};

} // namespace

LayerInfo denseLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::Dense;
    info.name = "Dense";
    info.category = PaletteCategory::Core;
    info.description = NW_PHRASE("Fully connected: every output neuron weighs every input.");
    info.formula = "y = x·W + b";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "units",
         .label = NW_PHRASE("Units"),
         .type = AttrType::Int,
         .defaultValue = int64_t{16},
         .min = 1,
         .max = 65536,
         .unit = "neurons",
         .description = NW_PHRASE("Number of output neurons")},
        {.name = "use_bias",
         .label = NW_PHRASE("Use bias"),
         .type = AttrType::Bool,
         .defaultValue = true,
         .description = NW_PHRASE("Add a learned bias b to every output")},
        {.name = "initializer",
         .label = NW_PHRASE("Initializer"),
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = initializerOptions(),
         .description = NW_PHRASE("How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family")},
    };
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& in = s.inputs[0];
        if (in.rank() != 1)
            return Diagnostic{DiagCode::ShapeMismatch,
                              Text(NW_TEXT("Dense expects a flat input, got %1: insert Flatten before it"),
                                   {in.toString()})};
        return Shape{attrInt(s.attrs, dense_attr::kUnits)};
    };
    info.paramCount = [](const LayerSignature& s, const Shape& out) -> int64_t {
        return s.inputs[0][0] * out[0] + (attrBool(s.attrs, dense_attr::kUseBias) ? out[0] : 0);
    };
    info.flops = [](const LayerSignature& s, const Shape& out) -> int64_t {
        return 2 * s.inputs[0][0] * out[0];
    };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<DenseLayer>(s.inputs[0][0], DenseAttrs::from(s.attrs));
    };
    return info;
}

} // namespace nw
