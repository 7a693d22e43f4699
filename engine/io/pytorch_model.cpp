#include "engine/io/pytorch_code.h"

#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/dense.h"
#include "engine/layers/dropout.h"
#include "engine/layers/elu.h"
#include "engine/layers/layer_norm.h"
#include "engine/layers/leaky_relu.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

namespace nw::pytorch_export {
namespace {

// Python keywords, the names model.py itself uses, and attributes every nn.Module has: a layer
// called one of these would break the module or shadow something.
const std::set<std::string>& reservedNames() {
    static const std::set<std::string> names{"False",
                                             "None",
                                             "True",
                                             "and",
                                             "as",
                                             "assert",
                                             "async",
                                             "await",
                                             "break",
                                             "class",
                                             "continue",
                                             "def",
                                             "del",
                                             "elif",
                                             "else",
                                             "except",
                                             "finally",
                                             "for",
                                             "from",
                                             "global",
                                             "if",
                                             "import",
                                             "in",
                                             "is",
                                             "lambda",
                                             "nonlocal",
                                             "not",
                                             "or",
                                             "pass",
                                             "raise",
                                             "return",
                                             "try",
                                             "while",
                                             "with",
                                             "yield",
                                             "x",
                                             "self",
                                             "logits",
                                             "torch",
                                             "nn",
                                             "F",
                                             "math",
                                             "json",
                                             "os",
                                             "training",
                                             "forward",
                                             "eval",
                                             "train",
                                             "to",
                                             "cpu",
                                             "cuda",
                                             "type",
                                             "float",
                                             "double",
                                             "half",
                                             "apply",
                                             "children",
                                             "modules",
                                             "parameters",
                                             "buffers",
                                             "state_dict",
                                             "load_state_dict",
                                             "zero_grad",
                                             "add_module",
                                             "register_buffer",
                                             "register_parameter",
                                             "extra_repr",
                                             "requires_grad_",
                                             "share_memory",
                                             "bfloat16",
                                             "ipu",
                                             "xpu",
                                             "get_submodule",
                                             "get_parameter",
                                             "get_buffer",
                                             "named_modules",
                                             "named_parameters",
                                             "named_buffers",
                                             "named_children",
                                             "dump_patches",
                                             "input_shape",
                                             "INPUT_SHAPE",
                                             "OUTPUT_SHAPE"};
    return names;
}

// "2, 9, 9"
std::string joined(const std::vector<int64_t>& values) {
    std::string s;
    for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + std::to_string(values[i]);
    return s;
}

// A Python tuple: "(2, 9, 9)", "(5,)".
std::string ints(const std::vector<int64_t>& values) {
    std::string s = "(";
    for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + std::to_string(values[i]);
    return s + (values.size() == 1 ? ",)" : ")");
}

struct Writer {
    const ExportModel& model;
    const std::map<NodeId, std::string>& names;
    std::ostringstream init, forward;

    const std::string& name(NodeId id) const { return names.at(id); }
    const Shape& inputShape(const Node& n, size_t port = 0) const {
        return model.shapeOf(model.graph->predecessors(n.id).at(port));
    }
    void module(const std::string& attribute, const std::string& construction) {
        init << "        self." << attribute << " = " << construction << "\n";
    }
    void line(const std::string& target, const std::string& expression) {
        forward << "        " << target << " = " << expression << "\n";
    }
    // `name = self.name(input)`
    void call(const Node& n, const std::string& input) {
        line(name(n.id), "self." + name(n.id) + "(" + input + ")");
    }
};

// Zeros (or -inf for max pooling) added before a window slides, when the engine pads unevenly or
// PyTorch's own padding cannot say it. Returns the input of the window layer.
std::string padded(Writer& w, const Node& n, const std::string& input, const Pads& p,
                   const std::string& value) {
    const std::string pad = w.name(n.id) + "_pad";
    w.module(pad, "nn.ConstantPad2d((" + std::to_string(p.left) + ", " + std::to_string(p.right) + ", " +
                      std::to_string(p.top) + ", " + std::to_string(p.bottom) + "), " + value + ")");
    w.line(pad, "self." + pad + "(" + input + ")");
    return pad;
}

void conv(Writer& w, const Node& n, const std::string& in) {
    using namespace conv2d_attr;
    const Attributes& a = n.attrs;
    const Window window{attrInt(a, kKernel), attrInt(a, kStride), attrInt(a, kDilation),
                        static_cast<Padding>(attrEnum(a, kPadding))};
    const Shape& x = w.inputShape(n);
    const Pads p = windowPads(window, x, w.model.shapeOf(n.id));
    std::string input = in;
    std::string padding = "0";
    if (p.symmetric())
        padding = ints({p.top, p.left});
    else
        input = padded(w, n, in, p, "0.0");
    w.module(w.name(n.id), "nn.Conv2d(" + std::to_string(x[0]) + ", " + std::to_string(attrInt(a, kFilters)) +
                               ", kernel_size=" + std::to_string(window.kernel) +
                               ", stride=" + std::to_string(window.stride) + ", padding=" + padding +
                               ", dilation=" + std::to_string(window.dilation) +
                               ", bias=" + (attrBool(a, kUseBias) ? "True" : "False") + ")");
    w.call(n, input);
}

void pool(Writer& w, const Node& n, const std::string& in, bool max) {
    const Window window = poolWindow(n.attrs);
    const Pads p = windowPads(window, w.inputShape(n), w.model.shapeOf(n.id));
    const std::string k = std::to_string(window.kernel), s = std::to_string(window.stride);
    if (max) {
        // Padding with -inf never wins a max, exactly as the engine skips it.
        const std::string input = p.any() ? padded(w, n, in, p, "float(\"-inf\")") : in;
        w.module(w.name(n.id), "nn.MaxPool2d(" + k + ", stride=" + s + ")");
        w.call(n, input);
        return;
    }
    if (p.any())
        w.module(w.name(n.id), "AvgPoolExcludingPadding(" + k + ", " + s + ", " +
                                   ints({p.left, p.right, p.top, p.bottom}) + ")");
    else
        w.module(w.name(n.id), "nn.AvgPool2d(" + k + ", stride=" + s + ")");
    w.call(n, in);
}

void emit(Writer& w, const Node& n, const std::vector<std::string>& in) {
    const std::string& id = w.name(n.id);
    const auto simple = [&](const std::string& construction) {
        w.module(id, construction);
        w.call(n, in[0]);
    };
    switch (n.kind) {
    case LayerKind::Input: break;
    case LayerKind::Dense:
        simple("nn.Linear(" + std::to_string(w.inputShape(n)[0]) + ", " +
               std::to_string(attrInt(n.attrs, dense_attr::kUnits)) +
               ", bias=" + (attrBool(n.attrs, dense_attr::kUseBias) ? "True" : "False") + ")");
        break;
    case LayerKind::ReLU: simple("nn.ReLU()"); break;
    case LayerKind::LeakyReLU:
        simple("nn.LeakyReLU(" + pyFloat(attrFloat(n.attrs, leaky_relu_attr::kAlpha)) + ")");
        break;
    case LayerKind::Sigmoid: simple("nn.Sigmoid()"); break;
    case LayerKind::Tanh: simple("nn.Tanh()"); break;
    case LayerKind::Softmax: simple("nn.Softmax(dim=1)"); break;
    case LayerKind::Conv2D: conv(w, n, in[0]); break;
    case LayerKind::MaxPool2D: pool(w, n, in[0], true); break;
    case LayerKind::AvgPool2D: pool(w, n, in[0], false); break;
    case LayerKind::GlobalAveragePool: w.line(id, in[0] + ".mean(dim=(2, 3))"); break;
    case LayerKind::Flatten: w.line(id, "torch.flatten(" + in[0] + ", 1)"); break;
    case LayerKind::Reshape:
        w.line(id, in[0] + ".reshape(" + in[0] + ".shape[0], *" + ints(w.model.shapeOf(n.id).dims()) + ")");
        break;
    case LayerKind::Dropout:
        simple("nn.Dropout(" + pyFloat(attrFloat(n.attrs, dropout_attr::kRate)) + ")");
        break;
    case LayerKind::BatchNorm: {
        // PyTorch's momentum is the weight of the new batch, the engine's that of the running value.
        const Shape& x = w.inputShape(n);
        simple("nn.BatchNorm" + std::to_string(std::max(1, x.rank() - 1)) + "d(" + std::to_string(x[0]) +
               ", eps=" + pyFloat(attrFloat(n.attrs, batch_norm_attr::kEpsilon)) +
               ", momentum=" + pyFloat(1.0 - attrFloat(n.attrs, batch_norm_attr::kMomentum)) + ")");
        break;
    }
    case LayerKind::LayerNorm:
        simple("nn.LayerNorm(" + ints(w.inputShape(n).dims()) +
               ", eps=" + pyFloat(attrFloat(n.attrs, layer_norm_attr::kEpsilon)) + ")");
        break;
    case LayerKind::GELU: simple("nn.GELU()"); break;
    case LayerKind::ELU: simple("nn.ELU(" + pyFloat(attrFloat(n.attrs, elu_attr::kAlpha)) + ")"); break;
    case LayerKind::Swish: simple("nn.SiLU()"); break;
    case LayerKind::Add: w.line(id, in[0] + " + " + in[1]); break;
    case LayerKind::Concat: w.line(id, "torch.cat([" + in[0] + ", " + in[1] + "], dim=1)"); break;
    case LayerKind::Identity: simple("nn.Identity()"); break;
    }
}

const char* kPrelude = R"PY(import json
import os

import torch
import torch.nn.functional as F
from torch import nn


class AvgPoolExcludingPadding(nn.Module):
    """Average pooling over padded windows that counts only the image's values, as Neuroweave does.

    pads = (left, right, top, bottom) may be uneven ("same" padding with an even window).
    """

    def __init__(self, kernel, stride, pads):
        super().__init__()
        self.kernel, self.stride, self.pads = kernel, stride, pads

    def forward(self, x):
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel, self.stride)
        share = F.avg_pool2d(F.pad(torch.ones_like(x[:1, :1]), self.pads), self.kernel, self.stride)
        return total / share


)PY";

const char* kLoader = R"PY(

def load_weights(model, directory=os.path.dirname(os.path.abspath(__file__))):
    """Loads the weights Neuroweave exported (weights.json + weights.bin, little-endian float32)."""
    with open(os.path.join(directory, "weights.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(directory, "weights.bin"), "rb") as f:
        blob = f.read()
    state = {}
    for entry in manifest["tensors"]:
        count = 1
        for d in entry["shape"]:
            count *= d
        start = entry["offset"]
        values = torch.frombuffer(bytearray(blob[start:start + 4 * count]), dtype=torch.float32)
        state[entry["key"]] = values.reshape(entry["shape"])
    missing, unexpected = model.load_state_dict(state, strict=False)
    # BatchNorm's step counter is PyTorch's own; everything else must be there.
    missing = [k for k in missing if not k.endswith("num_batches_tracked")]
    if missing or unexpected:
        raise RuntimeError(f"weights do not fit the model: missing {missing}, unexpected {unexpected}")
    return model


def build(pretrained=True):
    """The network, with the trained weights unless pretrained is False."""
    model = Network()
    return load_weights(model) if pretrained else model
)PY";

} // namespace

std::string pyFloat(double value) {
    // Twelve digits: 1 - 0.9 is written 0.1, not 0.09999999999999998.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.12g", value);
    std::string s(buffer);
    if (s.find_first_of(".en") == std::string::npos) s += ".0";
    return s;
}

std::map<NodeId, std::string> pythonNames(const Graph& graph) {
    std::map<NodeId, std::string> names;
    std::set<std::string> taken;
    for (const Node& n : graph.nodes()) {
        std::string s;
        for (unsigned char c : n.name) s += std::isalnum(c) || c == '_' ? static_cast<char>(c) : '_';
        if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) s = "layer_" + s;
        std::string candidate = s;
        for (int k = 2; reservedNames().contains(candidate) || taken.contains(candidate) ||
                        taken.contains(candidate + "_pad");
             ++k)
            candidate = s + "_" + std::to_string(k);
        taken.insert(candidate);
        taken.insert(candidate + "_pad");
        names[n.id] = candidate;
    }
    return names;
}

std::vector<StateTensor> stateDict(const ExportModel& model, const std::map<NodeId, std::string>& names) {
    std::vector<StateTensor> state;
    const auto add = [&](NodeId id, const std::string& key, const Tensor& t, std::vector<int64_t> shape) {
        state.push_back(
            {names.at(id) + "." + key, std::move(shape), std::vector<float>(t.data(), t.data() + t.size())});
    };
    for (NodeId id : model.order) {
        const Node& n = *model.graph->node(id);
        if (!n.enabled || !model.weights.contains(id)) continue;
        const Shape& in =
            n.kind == LayerKind::Input ? Shape{} : model.shapeOf(model.graph->predecessors(id).at(0));
        switch (n.kind) {
        case LayerKind::Dense: {
            const Tensor& w = model.weight(id, "weight");
            const int64_t rows = w.shape()[0], cols = w.shape()[1];
            StateTensor t{
                names.at(id) + ".weight", {cols, rows}, std::vector<float>(static_cast<size_t>(w.size()))};
            for (int64_t i = 0; i < rows; ++i)
                for (int64_t o = 0; o < cols; ++o)
                    t.values[static_cast<size_t>(o * rows + i)] = w[i * cols + o];
            state.push_back(std::move(t));
            if (model.hasWeight(id, "bias")) add(id, "bias", model.weight(id, "bias"), {cols});
            break;
        }
        case LayerKind::Conv2D: {
            const Tensor& w = model.weight(id, "weight");
            add(id, "weight", w, w.shape().dims());
            if (model.hasWeight(id, "bias")) add(id, "bias", model.weight(id, "bias"), {w.shape()[0]});
            break;
        }
        case LayerKind::BatchNorm:
            add(id, "weight", model.weight(id, "gamma"), {in[0]});
            add(id, "bias", model.weight(id, "beta"), {in[0]});
            add(id, "running_mean", model.weight(id, "running_mean"), {in[0]});
            add(id, "running_var", model.weight(id, "running_var"), {in[0]});
            break;
        case LayerKind::LayerNorm:
            add(id, "weight", model.weight(id, "gamma"), in.dims());
            add(id, "bias", model.weight(id, "beta"), in.dims());
            break;
        default: break;
        }
    }
    return state;
}

std::string modelPy(const ExportModel& model, const std::map<NodeId, std::string>& names) {
    Writer w{model, names, {}, {}};
    const Graph& graph = *model.graph;
    std::map<NodeId, std::string> values;
    for (NodeId id : model.order) {
        const Node& n = *graph.node(id);
        if (n.kind == LayerKind::Input) {
            values[id] = "x";
            continue;
        }
        std::vector<std::string> in;
        for (NodeId from : graph.predecessors(id)) in.push_back(values.at(from));
        values[id] = names.at(id);
        if (!n.enabled) {
            w.line(names.at(id), in[0] + "  # switched off in the designer: passes its input through");
            continue;
        }
        emit(w, n, in);
    }
    const NodeId last = *model.analysis.output;
    const Node& lastNode = *graph.node(last);
    const bool fused =
        lastNode.enabled && (lastNode.kind == LayerKind::Softmax || lastNode.kind == LayerKind::Sigmoid);
    const std::string logits = fused ? values.at(graph.predecessors(last).at(0)) : values.at(last);

    std::ostringstream out;
    out << "\"\"\"The network designed in Neuroweave " << NW_VERSION << ", as a PyTorch module.\n\n"
        << "Layer names are the designer's. The input is (batch, "
        << joined(model.shapeOf(*model.analysis.input).dims())
        << ") scaled as described in dataset.json; the output is (batch, "
        << joined(model.shapeOf(last).dims()) << ").\n"
        << "Usage: model = build(); model.eval(); y = model(x)\n\"\"\"\n"
        << kPrelude << "class Network(nn.Module):\n"
        << "    INPUT_SHAPE = " << ints(model.shapeOf(*model.analysis.input).dims()) << "\n"
        << "    OUTPUT_SHAPE = " << ints(model.shapeOf(last).dims()) << "\n"
        << "    # What each output stands for, in order (empty when the data set does not name its "
           "classes).\n"
        << "    CLASS_NAMES = " << nlohmann::json(model.classNames).dump(-1, ' ', true) << "\n"
        << "    # Whether the last layer is an activation that losses on logits take over.\n"
        << "    FINAL_ACTIVATION = "
        << (fused ? "\"" + layerRegistry().info(lastNode.kind).name + "\"" : "None") << "\n\n"
        << "    def __init__(self):\n        super().__init__()\n"
        << w.init.str() << "\n"
        << "    def forward(self, x, logits=False):\n"
        << "        \"\"\"x: (batch, *INPUT_SHAPE). With logits=True, the input of the final "
           "activation.\"\"\"\n"
        << w.forward.str();
    if (fused) out << "        if logits:\n            return " << logits << "\n";
    out << "        return " << values.at(last) << "\n" << kLoader;
    return out.str();
}

} // namespace nw::pytorch_export
