#include "engine/layers/global_average_pool.h"

#include "engine/layers/spatial.h"

namespace nw {
namespace {

class GlobalAveragePoolLayer final : public Layer {
public:
    explicit GlobalAveragePoolLayer(int64_t area) : m_area(area) {}

    // x:(N,C,H,W) seen as (N·C, H·W) -> y:(N,C), the mean of each row.
    void forward(std::span<const Tensor* const> inputs, Tensor& output, bool) override {
        const ConstMatrixMap x(inputs[0]->data(), output.size(), m_area);
        output.flat() = x.rowwise().mean();
    }

    // dx[n,c,i,j] = dy[n,c] / (H·W)
    void backward(std::span<const Tensor* const>, const Tensor& output, const Tensor& outputGrad,
                  std::span<Tensor* const> inputGrads) override {
        if (!inputGrads[0]) return;
        MatrixMap dx(inputGrads[0]->data(), output.size(), m_area);
        dx = (outputGrad.flat() / static_cast<float>(m_area)).replicate(1, m_area);
    }

private:
    int64_t m_area;
};

} // namespace

LayerInfo globalAveragePoolLayerInfo() {
    LayerInfo info;
    info.kind = LayerKind::GlobalAveragePool;
    info.name = "GlobalAveragePool";
    info.category = PaletteCategory::Pooling;
    info.description = NW_PHRASE(
        "Averages each channel over the whole image: one value per channel, whatever the image size.");
    info.formula = "y[c] = 1/(H·W) · Σ_i Σ_j x[c, i, j]";
    info.inputPorts = {"x"};
    info.inferShape = [](const LayerSignature& s) -> Result<Shape> {
        const Shape& in = s.inputs[0];
        if (in.rank() != 3) return needsImage("GlobalAveragePool", in);
        return Shape{in[0]};
    };
    info.paramCount = [](const LayerSignature&, const Shape&) -> int64_t { return 0; };
    info.flops = [](const LayerSignature& s, const Shape&) -> int64_t { return s.inputs[0].numel(); };
    info.create = [](const LayerSignature& s, const Shape&) -> std::unique_ptr<Layer> {
        return std::make_unique<GlobalAveragePoolLayer>(s.inputs[0][1] * s.inputs[0][2]);
    };
    return info;
}

} // namespace nw
