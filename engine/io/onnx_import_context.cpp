#include "engine/io/onnx_import_context.h"

#include "engine/graph/shape_inference.h"
#include "engine/layers/registry.h"

#include <algorithm>
#include <cctype>

namespace nw::onnx_import {

ImportContext::ImportContext(const onnx::GraphProto& model, int opsetVersion)
    : onnx(model), opset(opsetVersion) {
    for (int i = 0; i < model.node_size(); ++i)
        for (const std::string& input : model.node(i).input()) {
            std::vector<int>& readers = m_consumers[input];
            if (readers.empty() || readers.back() != i) readers.push_back(i);
        }
    for (const onnx::ValueInfoProto& output : model.output()) m_graphOutputs.insert(output.name());
}

const Value* ImportContext::value(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? nullptr : &it->second;
}

const Constant* ImportContext::constant(const std::string& name) const {
    const Value* v = value(name);
    return v && v->constant ? &*v->constant : nullptr;
}

const Value* ImportContext::layerValue(const std::string& name) const {
    const Value* v = value(name);
    return v && v->layer ? v : nullptr;
}

void ImportContext::setConstant(const std::string& name, Constant constant) {
    m_values[name] = Value{.constant = std::move(constant)};
}

void ImportContext::alias(const std::string& name, const std::string& existing) {
    if (const Value* v = value(existing)) {
        m_values[name] = *v;
        m_values[name].onnxShape.reset(); // the no-op nodes aliased are the ones that drop unit axes
    }
}

std::vector<int> ImportContext::consumers(const std::string& value) const {
    const auto it = m_consumers.find(value);
    return it == m_consumers.end() ? std::vector<int>{} : it->second;
}

const onnx::NodeProto* ImportContext::soleConsumer(const std::string& value, int* index) const {
    const std::vector<int> readers = consumers(value);
    if (readers.size() != 1 || isGraphOutput(value)) return nullptr;
    if (index) *index = readers.front();
    return &onnx.node(readers.front());
}

// "/layer1/conv1/Conv" (PyTorch's scoped names) becomes "layer1.conv1"; a name that is only the
// operator ("Conv_3") or empty leaves the choice to the graph ("conv2d_1").
std::string ImportContext::cardName(const std::string& onnxName, const std::string& output) const {
    std::vector<std::string> parts;
    std::string part;
    for (char c : onnxName + "/") {
        if (c == '/') {
            if (!part.empty()) parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    // PyTorch repeats a container's name in its children's ("/stem/stem.0/Conv"): keep "stem.0".
    std::vector<std::string> kept;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (!kept.empty() && parts[i].rfind(kept.back() + ".", 0) == 0) kept.pop_back();
        kept.push_back(parts[i]);
    }
    std::string name;
    for (const std::string& piece : kept) name += (name.empty() ? "" : ".") + piece;
    if (parts.size() == 1) name = parts.front();
    const bool generated =
        name.empty() || name.find("::") != std::string::npos ||
        std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c) || c == '_'; });
    if (generated)
        name = output.find("::") == std::string::npos && !output.empty() && !std::isdigit(output[0])
                   ? output
                   : std::string{};
    if (name.empty()) return {};
    std::string unique = name;
    for (int n = 2; graph.findByName(unique); ++n) unique = name + "_" + std::to_string(n);
    return unique;
}

Result<NodeId> ImportContext::addLayer(LayerKind kind, const std::string& onnxName,
                                       const std::vector<std::string>& inputs,
                                       const std::vector<std::pair<std::string, AttrValue>>& attributes,
                                       const std::string& output) {
    const NodeId id = graph.addNode(kind, cardName(onnxName, output));
    for (const auto& [name, attrValue] : attributes)
        if (Status set = graph.setAttribute(id, name, attrValue); !set.ok()) return set.error();
    std::vector<Shape> inputShapes;
    for (size_t port = 0; port < inputs.size(); ++port) {
        const Value* from = layerValue(inputs[port]);
        if (!from)
            return Diagnostic{DiagCode::ImportUnsupported,
                              Text(NW_TEXT("its input '%1' is not computed by a layer"), {inputs[port]})};
        if (Status wired =
                graph.connect({{*from->layer, 0}, {id, static_cast<int>(port)}}, Graph::ShapeCheck::Skip);
            !wired.ok())
            return wired.error();
        inputShapes.push_back(from->shape);
    }
    Result<Shape> shape = inferNodeShape(*graph.node(id), inputShapes);
    if (!shape.ok()) return shape.error();
    m_values[output] = Value{.layer = id, .shape = *shape};
    return id;
}

void ImportContext::setOnnxShape(const std::string& name, Shape shape) {
    if (const auto it = m_values.find(name); it != m_values.end()) it->second.onnxShape = std::move(shape);
}

namespace {
std::string nodeLabel(const onnx::NodeProto& node) {
    const std::string& name = node.name().empty() && node.output_size() > 0 ? node.output(0) : node.name();
    return node.op_type() + " '" + name + "'";
}
} // namespace

Diagnostic unsupported(const onnx::NodeProto& node, const Text& why) {
    return Diagnostic{DiagCode::ImportUnsupported, why, std::nullopt, nodeLabel(node)};
}

Diagnostic locatedAt(const onnx::NodeProto& node, Diagnostic diagnostic) {
    diagnostic.node.reset();
    diagnostic.location = nodeLabel(node);
    return diagnostic;
}

} // namespace nw::onnx_import
