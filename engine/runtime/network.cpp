#include "engine/runtime/network.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/parallel.h"
#include "engine/layers/pass_through.h"
#include "engine/layers/registry.h"

#include <algorithm>
#include <map>

namespace nw {

Result<std::unique_ptr<Network>> compile(const Graph& graph, int64_t maxBatch) {
    const GraphAnalysis analysis = analyzeGraph(graph);
    if (!analysis.valid()) return analysis.diagnostics.front();

    std::unique_ptr<Network> net(new Network());
    net->m_maxBatch = maxBatch;
    std::map<NodeId, int> stepOf;
    for (NodeId id : graph.topologicalOrder()) {
        const Node& node = *graph.node(id);
        const LayerInfo& info = layerRegistry().info(node.kind);
        std::vector<Shape> inputShapes;
        Network::Step step;
        step.node = id;
        step.kind = node.kind;
        step.enabled = node.enabled;
        for (NodeId source : graph.predecessors(id)) {
            const int index = stepOf.at(source);
            step.inputs.push_back(index);
            ++net->m_steps[static_cast<size_t>(index)].consumers;
            inputShapes.push_back(*analysis.node(source)->output);
        }
        const Shape& out = *analysis.node(id)->output;
        // A disabled node is an identity on its first input, with no parameters.
        step.layer = node.enabled ? info.create(LayerSignature{node.attrs, inputShapes}, out)
                                  : std::make_unique<PassThroughLayer>();
        step.output = Tensor(out.withBatch(maxBatch));
        step.grad = Tensor(out.withBatch(maxBatch));
        stepOf[id] = static_cast<int>(net->m_steps.size());
        net->m_steps.push_back(std::move(step));
    }
    // The graph is valid, so the first step is the Input and the last the single output.
    net->m_inputShape = *analysis.node(*analysis.input)->output;
    net->m_outputShape = *analysis.node(*analysis.output)->output;
    for (const Network::Step& s : net->m_steps)
        net->m_scratch.emplace_back(s.consumers > 1 ? Tensor(s.output.shape()) : Tensor());
    net->m_gradWritten.assign(net->m_steps.size(), false);
    size_t mostInputs = 0;
    for (const Network::Step& s : net->m_steps) mostInputs = std::max(mostInputs, s.inputs.size());
    net->m_summed.reserve(mostInputs);
    return net;
}

void Network::setBatch(int64_t n) {
    for (size_t i = 0; i < m_steps.size(); ++i) {
        m_steps[i].output.setRows(n);
        m_steps[i].grad.setRows(n);
        if (m_scratch[i].capacityRows() > 0) m_scratch[i].setRows(n);
    }
}

const Tensor& Network::forward(const Tensor& input, bool training) {
    setBatch(input.rows());
    for (Step& step : m_steps) {
        m_inputs.clear();
        if (step.inputs.empty()) m_inputs.push_back(&input);
        for (int i : step.inputs) m_inputs.push_back(&m_steps[static_cast<size_t>(i)].output);
        step.layer->forward(m_inputs, step.output, training);
    }
    return m_steps.back().output;
}

const Tensor* Network::logits() const {
    const Step& last = m_steps.back();
    if ((outputKind() != LayerKind::Softmax && outputKind() != LayerKind::Sigmoid) || last.inputs.size() != 1)
        return nullptr;
    const Step& source = m_steps[static_cast<size_t>(last.inputs[0])];
    // Fusing needs the logits to be read by the final activation alone.
    return source.consumers == 1 ? &source.output : nullptr;
}

void Network::backward(const Tensor& grad, bool fromLogits) {
    // Each step's grad holds dL/doutput. An output read by several layers collects the sum: the first
    // of its readers to run backward writes the grad itself, the others write the scratch, which is
    // then added on (no clearing pass, one adding pass fewer).
    std::fill(m_gradWritten.begin(), m_gradWritten.end(), false);
    size_t last = m_steps.size() - 1;
    if (fromLogits) last = static_cast<size_t>(m_steps.back().inputs.at(0));
    std::copy(grad.data(), grad.data() + grad.size(), m_steps[last].grad.data());

    for (size_t s = last + 1; s-- > 1;) {
        Step& step = m_steps[s];
        m_inputs.clear();
        m_inputGrads.clear();
        m_summed.clear();
        for (int i : step.inputs) {
            const auto index = static_cast<size_t>(i);
            Step& source = m_steps[index];
            m_inputs.push_back(&source.output);
            if (i == 0) { // nothing learns from dL/dinput
                m_inputGrads.push_back(nullptr);
            } else if (source.consumers == 1 || !m_gradWritten[index]) {
                m_gradWritten[index] = true;
                m_inputGrads.push_back(&source.grad);
            } else {
                m_inputGrads.push_back(&m_scratch[index]);
                m_summed.push_back(i);
            }
        }
        step.layer->backward(m_inputs, step.output, step.grad, m_inputGrads);
        for (int i : m_summed) {
            float* sum = m_steps[static_cast<size_t>(i)].grad.data();
            const float* part = m_scratch[static_cast<size_t>(i)].data();
            streamValues(m_steps[static_cast<size_t>(i)].grad.size(), 1, [&](int64_t begin, int64_t end) {
#pragma omp simd
                for (int64_t k = begin; k < end; ++k) sum[k] += part[k];
            });
        }
    }
}

std::vector<Param> Network::params() {
    std::vector<Param> all;
    for (Step& step : m_steps)
        for (Param& p : step.layer->params()) all.push_back(p);
    return all;
}

int64_t Network::paramCount() const {
    int64_t n = 0;
    for (const Step& step : m_steps)
        for (const Param& p : step.layer->params()) n += p.value->size();
    return n;
}

void Network::initialize(uint64_t seed) {
    for (Step& step : m_steps) {
        Rng rng = Rng::derive(seed, step.node.value);
        step.layer->initialize(rng);
    }
}

namespace {

// What a node's saved weights hold: its parameters, then its state (see Layer::state()).
std::vector<Param> savedTensors(Layer& layer) {
    std::vector<Param> all = layer.params();
    for (const Param& p : layer.state()) all.push_back(p);
    return all;
}

} // namespace

Weights Network::exportWeights() const {
    Weights weights;
    for (const Step& step : m_steps) {
        const std::vector<Param> params = savedTensors(*step.layer);
        if (params.empty()) continue;
        NodeWeights w;
        w.node = step.node;
        for (const Param& p : params) {
            w.names.push_back(p.name);
            w.values.push_back(*p.value);
        }
        weights.push_back(std::move(w));
    }
    return weights;
}

Status Network::importWeights(const Weights& weights) {
    // Check everything first so a mismatch changes nothing. A disabled node needs no weights, and
    // any saved for it (trained before it was switched off) are left aside.
    for (const NodeWeights& w : weights) {
        const auto step =
            std::find_if(m_steps.begin(), m_steps.end(), [&](const Step& s) { return s.node == w.node; });
        if (step == m_steps.end())
            return Diagnostic{DiagCode::DataMismatch,
                              Text(NW_TEXT("Saved weights belong to node %1, which the network lacks"),
                                   {int64_t{w.node.value}}),
                              w.node};
        if (!step->enabled) continue;
        const std::vector<Param> params = savedTensors(*step->layer);
        if (params.size() != w.values.size())
            return Diagnostic{DiagCode::DataMismatch,
                              Text(NW_TEXT("Node %1 has %2 parameter tensors, the saved weights %3"),
                                   {int64_t{w.node.value}, params.size(), w.values.size()}),
                              w.node};
        for (size_t i = 0; i < params.size(); ++i)
            if (params[i].value->shape() != w.values[i].shape())
                return Diagnostic{DiagCode::DataMismatch,
                                  Text(NW_TEXT("Saved %1 of node %2 is %3, the network needs %4"),
                                       {params[i].name, int64_t{w.node.value}, w.values[i].shape().toString(),
                                        params[i].value->shape().toString()}),
                                  w.node};
    }
    for (const NodeWeights& w : weights) {
        const auto step =
            std::find_if(m_steps.begin(), m_steps.end(), [&](const Step& s) { return s.node == w.node; });
        if (!step->enabled) continue;
        const std::vector<Param> params = savedTensors(*step->layer);
        for (size_t i = 0; i < params.size(); ++i) *params[i].value = w.values[i];
    }
    return {};
}

const Tensor* Network::activation(NodeId node) const {
    for (const Step& s : m_steps)
        if (s.node == node) return &s.output;
    return nullptr;
}

} // namespace nw
