#include "engine/layers/dense.h"

#include "engine/layers/initializers.h"

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

class DenseLayer final : public Layer {
public:
    DenseLayer(int64_t in, const DenseAttrs& attrs)
        : m_attrs(attrs), m_weight(Shape{in, attrs.units}), m_weightGrad(Shape{in, attrs.units}),
          m_bias(Shape{1, attrs.units}), m_biasGrad(Shape{1, attrs.units}) {}

    // x:(N, in) W:(in, out) b:(1, out) -> y:(N, out)
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        auto y = output.matrix();
        y.noalias() = inputs[0]->matrix() * m_weight.matrix();
        if (m_attrs.useBias)
            y.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(m_bias.data(), m_attrs.units);
    }

    // dy:(N, out) -> dW = xᵀdy, db = Σ_n dy, dx = dy Wᵀ
    void backward(std::span<const Tensor* const> inputs, const Tensor&, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        const auto dy = outputGrad.matrix();
        m_weightGrad.matrix().noalias() = inputs[0]->matrix().transpose() * dy;
        if (m_attrs.useBias) m_biasGrad.matrix().row(0) = dy.colwise().sum();
        if (inputGrads[0]) inputGrads[0]->matrix().noalias() = dy * m_weight.matrix().transpose();
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
    info.description = "Fully connected: every output neuron weighs every input.";
    info.formula = "y = x·W + b";
    info.inputPorts = {"x"};
    info.attrs = {
        {.name = "units",
         .label = "Units",
         .type = AttrType::Int,
         .defaultValue = int64_t{16},
         .min = 1,
         .max = 65536,
         .unit = "neurons",
         .description = "Number of output neurons"},
        {.name = "use_bias",
         .label = "Use bias",
         .type = AttrType::Bool,
         .defaultValue = true,
         .description = "Add a learned bias b to every output"},
        {.name = "initializer",
         .label = "Initializer",
         .type = AttrType::Enum,
         .defaultValue = EnumValue{0},
         .options = initializerOptions(),
         .description = "How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family"},
    };
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& in = s.inputs[0];
        if (in.rank() != 1)
            return Diagnostic{DiagCode::ShapeMismatch, "Dense expects a flat input, got " + in.toString() +
                                                           ": insert Flatten before it"};
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
