#include "engine/graph/shape_inference.h"

#include "engine/layers/registry.h"

#include <algorithm>

namespace nw {

const NodeAnalysis* GraphAnalysis::node(NodeId id) const {
    const auto it = nodes.find(id);
    return it == nodes.end() ? nullptr : &it->second;
}

Result<Shape> inferNodeShape(const Node& node, std::span<const Shape> inputShapes) {
    // A disabled node passes its first input through: its own rules and attributes do not apply.
    if (!node.enabled && !inputShapes.empty()) return inputShapes[0];
    const LayerInfo& info = layerRegistry().info(node.kind);
    Result<Shape> out = info.inferShape(LayerSignature{node.attrs, inputShapes});
    if (out.ok()) return out;
    Diagnostic d = out.error();
    d.node = node.id;
    return d;
}

bool takesShape(LayerKind kind, const Shape& shape) {
    const LayerInfo& info = layerRegistry().info(kind);
    if (info.inputPorts.empty()) return false;
    Attributes defaults;
    for (const AttrSpec& spec : info.attrs) defaults.push_back(spec.defaultValue);
    const std::vector<Shape> inputs(info.inputPorts.size(), shape);
    return info.inferShape(LayerSignature{defaults, inputs}).ok();
}

namespace {

// Infers one node from its inputs' analyses; appends its diagnostics.
void analyzeNode(const Graph& graph, const Node& node, GraphAnalysis& analysis) {
    const LayerInfo& info = layerRegistry().info(node.kind);
    NodeAnalysis result;
    std::vector<Shape> inputShapes;
    bool inputsKnown = true;
    // A disabled node reads only its first input; the others may be left unconnected.
    const int ports = node.enabled ? static_cast<int>(info.inputPorts.size())
                                   : std::min<int>(1, static_cast<int>(info.inputPorts.size()));
    for (int port = 0; port < ports; ++port) {
        const auto edge = graph.edgeInto(PortRef{node.id, port});
        if (!edge) {
            result.diagnostics.push_back(
                {DiagCode::MissingInput,
                 Text(NW_TEXT("%1 '%2' has nothing connected to its input '%3': connect a layer to it"),
                      {info.name, node.name, info.inputPorts[static_cast<size_t>(port)]}),
                 node.id});
            inputsKnown = false;
            continue;
        }
        const NodeAnalysis* source = analysis.node(edge->from.node);
        // An unknown upstream shape already has its own diagnostic; do not repeat it downstream.
        if (!source || !source->output) {
            inputsKnown = false;
            continue;
        }
        inputShapes.push_back(*source->output);
    }
    if (inputsKnown) {
        const LayerSignature signature{node.attrs, inputShapes};
        if (Result<Shape> out = inferNodeShape(node, inputShapes); out.ok()) {
            result.output = out.value();
            if (node.enabled) {
                result.params = info.paramCount(signature, *result.output);
                result.flops = info.flops(signature, *result.output);
            }
        } else {
            Diagnostic d = out.error();
            d.message = info.name + " '" + node.name + "': " + d.message;
            result.diagnostics.push_back(std::move(d));
        }
    }
    analysis.totalParams += result.params;
    analysis.totalFlops += result.flops;
    analysis.diagnostics.insert(analysis.diagnostics.end(), result.diagnostics.begin(),
                                result.diagnostics.end());
    analysis.nodes[node.id] = std::move(result);
}

void checkEnds(const Graph& graph, GraphAnalysis& analysis) {
    std::vector<const Node*> inputs, outputs;
    for (const Node& n : graph.nodes()) {
        if (n.kind == LayerKind::Input) inputs.push_back(&n);
        if (graph.edgesFrom(n.id).empty()) outputs.push_back(&n);
    }
    const auto names = [](const std::vector<const Node*>& nodes) {
        std::string s;
        for (const Node* n : nodes) s += (s.empty() ? "'" : ", '") + n->name + "'";
        return s;
    };
    if (inputs.empty())
        analysis.diagnostics.push_back(
            {DiagCode::NoInputLayer, Text(NW_TEXT("The network has no Input layer: add one"))});
    else if (inputs.size() > 1)
        analysis.diagnostics.push_back(
            {DiagCode::MultipleInputLayers,
             Text(NW_TEXT("The network has %1 Input layers (%2); it needs exactly one"),
                  {inputs.size(), names(inputs)}),
             inputs[1]->id});
    else
        analysis.input = inputs[0]->id;

    if (outputs.size() > 1)
        analysis.diagnostics.push_back(
            {DiagCode::MultipleOutputs,
             Text(NW_TEXT("The network has %1 unconnected outputs (%2); connect them so one layer "
                          "is the output"),
                  {outputs.size(), names(outputs)}),
             outputs[0]->id});
    else if (outputs.size() == 1 && outputs[0]->kind != LayerKind::Input)
        analysis.output = outputs[0]->id;
    else if (!inputs.empty())
        analysis.diagnostics.push_back({DiagCode::NoOutput,
                                        Text(NW_TEXT("The network has no layer after its Input: add one")),
                                        inputs[0]->id});
}

} // namespace

GraphAnalysis analyzeGraph(const Graph& graph) {
    GraphAnalysis analysis;
    for (NodeId id : graph.topologicalOrder()) analyzeNode(graph, *graph.node(id), analysis);
    checkEnds(graph, analysis);
    return analysis;
}

} // namespace nw
