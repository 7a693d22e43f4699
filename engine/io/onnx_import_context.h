#pragma once

// The state of one ONNX import while its nodes are turned into layers: the graph being built, what
// each ONNX value has become, who reads each value, which nodes are done, and the trained values each
// new layer takes. Internal to the ONNX importer (engine/io/onnx_import*.cpp).

#include "engine/graph/graph.h"
#include "engine/io/onnx_import_values.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace nw::onnx_import {

class ImportContext {
public:
    ImportContext(const onnx::GraphProto& model, int opsetVersion);

    const onnx::GraphProto& onnx;
    const int opset;
    Graph graph;
    // The trained values of each new layer's parameters and state, by Layer::params()/state() name.
    std::map<NodeId, std::map<std::string, std::vector<float>>> weights;

    const onnx::NodeProto& node(int index) const { return onnx.node(index); }
    int nodeCount() const { return onnx.node_size(); }
    bool isDone(int index) const { return m_done.contains(index); }
    void markDone(int index) { m_done.insert(index); }

    // What the import knows about a value; nullptr for a value no node has produced yet.
    const Value* value(const std::string& name) const;
    const Constant* constant(const std::string& name) const;
    // The layer output a value is; nullptr when it is a constant or unknown.
    const Value* layerValue(const std::string& name) const;
    void setConstant(const std::string& name, Constant constant);
    // `name` is the same value as `existing` (a no-op node such as Identity on a constant).
    void alias(const std::string& name, const std::string& existing);

    // The indices of the nodes reading `value`, each once, in graph order.
    std::vector<int> consumers(const std::string& value) const;
    // The one node reading `value`, when exactly one does and the value is not a graph output.
    const onnx::NodeProto* soleConsumer(const std::string& value, int* index = nullptr) const;
    bool isGraphOutput(const std::string& value) const { return m_graphOutputs.contains(value); }

    // Adds a layer of `kind` reading the layer values `inputs` (in port order), with the given
    // attributes, whose output becomes the value `output`. `onnxName` names the card. A refused
    // attribute or shape is the Diagnostic that explains it.
    Result<NodeId> addLayer(LayerKind kind, const std::string& onnxName,
                            const std::vector<std::string>& inputs,
                            const std::vector<std::pair<std::string, AttrValue>>& attributes,
                            const std::string& output);
    // Records that ONNX sees the layer value `name` with another shape than the layer gives it.
    void setOnnxShape(const std::string& name, Shape shape);

private:
    std::string cardName(const std::string& onnxName, const std::string& output) const;

    std::map<std::string, Value> m_values;
    std::map<std::string, std::vector<int>> m_consumers;
    std::set<std::string> m_graphOutputs;
    std::set<int> m_done;
};

// Why `node` cannot be imported: an ImportUnsupported Diagnostic located at "OpType 'name'".
Diagnostic unsupported(const onnx::NodeProto& node, const Text& why);
// A refusal from the graph (an attribute out of range, shapes that do not fit), located at `node`.
Diagnostic locatedAt(const onnx::NodeProto& node, Diagnostic diagnostic);
// The operators importNode() knows, for documentation and messages.
std::vector<std::string> supportedOperators();

// Turns the node at `index` (and, for a recognised pattern, the nodes after it that belong to it) into
// layers or constants. The nodes it consumed are marked done.
Status importNode(ImportContext& context, int index);

} // namespace nw::onnx_import
