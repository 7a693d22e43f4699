#include "engine/io/onnx_import_values.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <numeric>

namespace nw::onnx_import {
namespace {

// Larger tensors than this are not weights of a network this engine trains on a laptop; the limit
// also keeps a corrupt file's dims from asking for absurd allocations.
constexpr int64_t kMaxElements = int64_t{1} << 31;

Diagnostic badTensor(const std::string& name, const Text& why) {
    return Diagnostic{DiagCode::ImportInvalid,
                      Text(NW_TEXT("The tensor '%1' cannot be read: %2"), {name, why})};
}

template <class T>
Result<std::vector<double>> rawValues(const std::string& bytes, int64_t count, const std::string& name) {
    if (static_cast<int64_t>(bytes.size()) != count * static_cast<int64_t>(sizeof(T)))
        return badTensor(name,
                         Text(NW_TEXT("it holds %1 bytes where its dimensions need %2"),
                              {static_cast<int64_t>(bytes.size()), count * static_cast<int64_t>(sizeof(T))}));
    std::vector<double> values(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) {
        T v;
        std::memcpy(&v, bytes.data() + i * static_cast<int64_t>(sizeof(T)), sizeof(T));
        values[static_cast<size_t>(i)] = static_cast<double>(v);
    }
    return values;
}

template <class Field>
std::vector<double> fieldValues(const Field& field) {
    return {field.begin(), field.end()};
}

int64_t product(const std::vector<int64_t>& dims) {
    return std::accumulate(dims.begin(), dims.end(), int64_t{1}, std::multiplies<>());
}

// Row-major strides of `dims`.
std::vector<int64_t> stridesOf(const std::vector<int64_t>& dims) {
    std::vector<int64_t> strides(dims.size(), 1);
    for (size_t i = dims.size(); i-- > 1;) strides[i - 1] = strides[i] * dims[i];
    return strides;
}

// Calls `visit(index)` for every multi-index of `dims` in row-major order.
void forEachIndex(const std::vector<int64_t>& dims,
                  const std::function<void(const std::vector<int64_t>&)>& visit) {
    if (product(dims) == 0) return;
    std::vector<int64_t> index(dims.size(), 0);
    while (true) {
        visit(index);
        size_t axis = dims.size();
        while (axis > 0 && ++index[axis - 1] == dims[axis - 1]) index[--axis] = 0;
        if (axis == 0) return;
    }
}

Diagnostic cannotFold(const onnx::NodeProto& node, const Text& why) {
    return Diagnostic{DiagCode::ImportUnsupported,
                      Text(NW_TEXT("%1 '%2' computes a constant the import cannot: %3"),
                           {node.op_type(), node.name(), why})};
}

// An axis attribute or input, counted from the end when negative.
std::optional<int64_t> normaliseAxis(int64_t axis, int64_t rank) {
    if (axis < 0) axis += rank;
    if (axis < 0 || axis >= rank) return std::nullopt;
    return axis;
}

// The axes of Unsqueeze/Squeeze/Reduce*: an attribute before opset 13, the second input from then on.
std::vector<int64_t> axesOf(const onnx::NodeProto& node, int opset,
                            const std::vector<const Constant*>& inputs) {
    if (opset < 13 || inputs.size() < 2 || !inputs[1]) return intsAttribute(node, "axes");
    return inputs[1]->integers();
}

Result<Constant> broadcast(const onnx::NodeProto& node, const Constant& a, const Constant& b,
                           const std::function<double(double, double)>& op) {
    if (a.dependsOnBatch() || b.dependsOnBatch())
        return cannotFold(node, Text(NW_TEXT("the result depends on the batch size")));
    const size_t rank = std::max(a.dims.size(), b.dims.size());
    const auto padded = [rank](const std::vector<int64_t>& dims) {
        std::vector<int64_t> out(rank - dims.size(), 1);
        out.insert(out.end(), dims.begin(), dims.end());
        return out;
    };
    const std::vector<int64_t> da = padded(a.dims), db = padded(b.dims);
    Constant out;
    out.integral = a.integral && b.integral;
    for (size_t i = 0; i < rank; ++i) {
        if (da[i] != db[i] && da[i] != 1 && db[i] != 1)
            return cannotFold(node, Text(NW_TEXT("the shapes %1 and %2 do not broadcast"),
                                         {Shape(a.dims).toString(), Shape(b.dims).toString()}));
        out.dims.push_back(da[i] == 1 ? db[i] : da[i]);
    }
    const std::vector<int64_t> sa = stridesOf(da), sb = stridesOf(db);
    out.values.reserve(static_cast<size_t>(product(out.dims)));
    forEachIndex(out.dims, [&](const std::vector<int64_t>& index) {
        int64_t ia = 0, ib = 0;
        for (size_t i = 0; i < rank; ++i) {
            ia += (da[i] == 1 ? 0 : index[i]) * sa[i];
            ib += (db[i] == 1 ? 0 : index[i]) * sb[i];
        }
        double v = op(a.values[static_cast<size_t>(ia)], b.values[static_cast<size_t>(ib)]);
        if (out.integral) v = std::trunc(v);
        out.values.push_back(v);
    });
    return out;
}

Result<Constant> gather(const onnx::NodeProto& node, const Constant& data, const Constant& indices) {
    const auto axis = normaliseAxis(intAttribute(node, "axis", 0), static_cast<int64_t>(data.dims.size()));
    if (!axis) return cannotFold(node, Text(NW_TEXT("its axis is outside the data")));
    const int64_t a = *axis, extent = data.dims[static_cast<size_t>(a)];
    Constant out;
    out.integral = data.integral;
    out.dims.assign(data.dims.begin(), data.dims.begin() + a);
    out.dims.insert(out.dims.end(), indices.dims.begin(), indices.dims.end());
    out.dims.insert(out.dims.end(), data.dims.begin() + a + 1, data.dims.end());
    const int64_t outer = product({data.dims.begin(), data.dims.begin() + a});
    const int64_t inner = product({data.dims.begin() + a + 1, data.dims.end()});
    for (int64_t o = 0; o < outer; ++o)
        for (double raw : indices.values) {
            int64_t i = static_cast<int64_t>(raw);
            if (i < 0) i += extent;
            if (i < 0 || i >= extent) return cannotFold(node, Text(NW_TEXT("an index is out of range")));
            const auto first = data.values.begin() + (o * extent + i) * inner;
            out.values.insert(out.values.end(), first, first + inner);
        }
    return out;
}

Result<Constant> concat(const onnx::NodeProto& node, const std::vector<const Constant*>& inputs) {
    const Constant& first = *inputs.front();
    const auto axis = normaliseAxis(intAttribute(node, "axis", 0), static_cast<int64_t>(first.dims.size()));
    if (!axis) return cannotFold(node, Text(NW_TEXT("its axis is outside the data")));
    const size_t a = static_cast<size_t>(*axis);
    Constant out{first.dims, {}, true};
    out.dims[a] = 0;
    for (const Constant* c : inputs) {
        if (c->dims.size() != first.dims.size())
            return cannotFold(node, Text(NW_TEXT("its inputs differ in rank")));
        out.dims[a] += c->dims[a];
        out.integral = out.integral && c->integral;
    }
    const int64_t outer = product({first.dims.begin(), first.dims.begin() + static_cast<int64_t>(a)});
    for (int64_t o = 0; o < outer; ++o)
        for (const Constant* c : inputs) {
            const int64_t block = product({c->dims.begin() + static_cast<int64_t>(a), c->dims.end()});
            const auto begin = c->values.begin() + o * block;
            out.values.insert(out.values.end(), begin, begin + block);
        }
    return out;
}

Result<Constant> reshape(const onnx::NodeProto& node, const Constant& data, const Constant& target) {
    std::vector<int64_t> dims;
    int64_t inferred = -1, known = 1;
    for (size_t i = 0; i < target.values.size(); ++i) {
        int64_t d = static_cast<int64_t>(target.values[i]);
        if (d == 0 && intAttribute(node, "allowzero", 0) == 0) {
            if (i >= data.dims.size())
                return cannotFold(node, Text(NW_TEXT("its target shape does not fit")));
            d = data.dims[i];
        }
        if (d == -1) {
            if (inferred >= 0) return cannotFold(node, Text(NW_TEXT("its target shape does not fit")));
            inferred = static_cast<int64_t>(i);
        } else if (d < 0) {
            return cannotFold(node, Text(NW_TEXT("its target shape does not fit")));
        } else {
            known *= d;
        }
        dims.push_back(d);
    }
    if (inferred >= 0 && known > 0) dims[static_cast<size_t>(inferred)] = data.numel() / known;
    if (product(dims) != data.numel())
        return cannotFold(node, Text(NW_TEXT("its target shape does not fit")));
    return Constant{dims, data.values, data.integral};
}

Result<Constant> transpose(const onnx::NodeProto& node, const Constant& data) {
    const size_t rank = data.dims.size();
    std::vector<int64_t> perm = intsAttribute(node, "perm");
    if (perm.empty())
        for (size_t i = rank; i-- > 0;) perm.push_back(static_cast<int64_t>(i));
    std::vector<int64_t> sorted = perm;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < sorted.size(); ++i)
        if (sorted.size() != rank || sorted[i] != static_cast<int64_t>(i))
            return cannotFold(node, Text(NW_TEXT("its permutation does not fit the data")));
    Constant out{{}, {}, data.integral};
    for (int64_t p : perm) out.dims.push_back(data.dims[static_cast<size_t>(p)]);
    const std::vector<int64_t> strides = stridesOf(data.dims);
    out.values.reserve(data.values.size());
    forEachIndex(out.dims, [&](const std::vector<int64_t>& index) {
        int64_t source = 0;
        for (size_t i = 0; i < rank; ++i) source += index[i] * strides[static_cast<size_t>(perm[i])];
        out.values.push_back(data.values[static_cast<size_t>(source)]);
    });
    return out;
}

Result<Constant> unsqueeze(const onnx::NodeProto& node, const Constant& data, std::vector<int64_t> axes) {
    const int64_t rank = static_cast<int64_t>(data.dims.size() + axes.size());
    for (int64_t& a : axes) {
        const auto axis = normaliseAxis(a, rank);
        if (!axis) return cannotFold(node, Text(NW_TEXT("its axis is outside the data")));
        a = *axis;
    }
    std::sort(axes.begin(), axes.end());
    Constant out{data.dims, data.values, data.integral};
    for (int64_t a : axes) out.dims.insert(out.dims.begin() + a, 1);
    return out;
}

Result<Constant> squeeze(const onnx::NodeProto& node, const Constant& data, std::vector<int64_t> axes) {
    const int64_t rank = static_cast<int64_t>(data.dims.size());
    std::vector<bool> drop(data.dims.size(), axes.empty());
    if (axes.empty())
        for (size_t i = 0; i < data.dims.size(); ++i) drop[i] = data.dims[i] == 1;
    for (int64_t a : axes) {
        const auto axis = normaliseAxis(a, rank);
        if (!axis || data.dims[static_cast<size_t>(*axis)] != 1)
            return cannotFold(node, Text(NW_TEXT("its axis is outside the data")));
        drop[static_cast<size_t>(*axis)] = true;
    }
    Constant out{{}, data.values, data.integral};
    for (size_t i = 0; i < data.dims.size(); ++i)
        if (!drop[i]) out.dims.push_back(data.dims[i]);
    return out;
}

// Slice on one or more axes (opset 10+: starts, ends, axes and steps are inputs).
Result<Constant> slice(const onnx::NodeProto& node, const std::vector<const Constant*>& inputs) {
    const Constant& data = *inputs[0];
    if (inputs.size() < 3 || !inputs[1] || !inputs[2])
        return cannotFold(node, Text(NW_TEXT("it has no starts and ends")));
    const std::vector<int64_t> starts = inputs[1]->integers(), ends = inputs[2]->integers();
    std::vector<int64_t> axes, steps(starts.size(), 1);
    if (inputs.size() > 3 && inputs[3])
        axes = inputs[3]->integers();
    else
        for (size_t i = 0; i < starts.size(); ++i) axes.push_back(static_cast<int64_t>(i));
    if (inputs.size() > 4 && inputs[4]) steps = inputs[4]->integers();
    if (ends.size() != starts.size() || axes.size() != starts.size() || steps.size() != starts.size())
        return cannotFold(node, Text(NW_TEXT("its starts, ends, axes and steps differ in length")));
    const int64_t rank = static_cast<int64_t>(data.dims.size());
    std::vector<int64_t> begin(data.dims.size(), 0), step(data.dims.size(), 1), outDims = data.dims;
    for (size_t i = 0; i < starts.size(); ++i) {
        const auto axis = normaliseAxis(axes[i], rank);
        if (!axis || steps[i] == 0) return cannotFold(node, Text(NW_TEXT("its axis is outside the data")));
        const int64_t extent = data.dims[static_cast<size_t>(*axis)];
        // ONNX clamps starts to [0, extent] and ends to [-1, extent - 1] when stepping backwards.
        const auto clampIndex = [&](int64_t v, bool isEnd) {
            if (v < 0) v += extent;
            const int64_t low = steps[i] < 0 && isEnd ? -1 : 0, high = steps[i] > 0 ? extent : extent - 1;
            return std::clamp(v, low, high);
        };
        const int64_t from = clampIndex(starts[i], false), to = clampIndex(ends[i], true);
        const int64_t count = steps[i] > 0 ? std::max<int64_t>(0, (to - from + steps[i] - 1) / steps[i])
                                           : std::max<int64_t>(0, (from - to - steps[i] - 1) / -steps[i]);
        begin[static_cast<size_t>(*axis)] = from;
        step[static_cast<size_t>(*axis)] = steps[i];
        outDims[static_cast<size_t>(*axis)] = count;
    }
    Constant out{outDims, {}, data.integral};
    const std::vector<int64_t> strides = stridesOf(data.dims);
    forEachIndex(outDims, [&](const std::vector<int64_t>& index) {
        int64_t source = 0;
        for (size_t i = 0; i < index.size(); ++i) source += (begin[i] + index[i] * step[i]) * strides[i];
        out.values.push_back(data.values[static_cast<size_t>(source)]);
    });
    return out;
}

Result<Constant> constantNode(const onnx::NodeProto& node) {
    for (const onnx::AttributeProto& a : node.attribute()) {
        if (a.name() == "value") return readTensor(a.t());
        if (a.name() == "value_float") return Constant{{}, {a.f()}, false};
        if (a.name() == "value_floats") return Constant{{a.floats_size()}, fieldValues(a.floats()), false};
        if (a.name() == "value_int") return Constant{{}, {static_cast<double>(a.i())}, true};
        if (a.name() == "value_ints") return Constant{{a.ints_size()}, fieldValues(a.ints()), true};
    }
    return cannotFold(node, Text(NW_TEXT("it has no value the import can read")));
}

bool isIntegralType(int64_t type) {
    using T = onnx::TensorProto;
    return type != T::FLOAT && type != T::DOUBLE && type != T::FLOAT16 && type != T::BFLOAT16;
}

} // namespace

std::vector<int64_t> Constant::integers() const {
    constexpr double kLimit = 4.611686018427387904e18; // 2^62
    std::vector<int64_t> out;
    out.reserve(values.size());
    for (double v : values) out.push_back(static_cast<int64_t>(std::clamp(v, -kLimit, kLimit)));
    return out;
}

bool Constant::dependsOnBatch() const {
    return std::find(values.begin(), values.end(), kBatchDimension) != values.end();
}

Result<Constant> readTensor(const onnx::TensorProto& tensor) {
    using T = onnx::TensorProto;
    const std::string& name = tensor.name();
    if (tensor.data_location() == T::EXTERNAL)
        return badTensor(name, Text(NW_TEXT("its values are stored in a separate file, which the import "
                                            "does not read")));
    Constant c;
    for (int64_t d : tensor.dims()) {
        if (d < 0 || d > kMaxElements) return badTensor(name, Text(NW_TEXT("a dimension is out of range")));
        c.dims.push_back(d);
    }
    const int64_t count = product(c.dims);
    if (count > kMaxElements) return badTensor(name, Text(NW_TEXT("it has too many values")));
    const bool raw = tensor.has_raw_data();
    Result<std::vector<double>> values = std::vector<double>{};
    switch (tensor.data_type()) {
    case T::FLOAT:
        values = raw ? rawValues<float>(tensor.raw_data(), count, name) : fieldValues(tensor.float_data());
        break;
    case T::DOUBLE:
        values = raw ? rawValues<double>(tensor.raw_data(), count, name) : fieldValues(tensor.double_data());
        break;
    case T::INT64:
        values = raw ? rawValues<int64_t>(tensor.raw_data(), count, name) : fieldValues(tensor.int64_data());
        break;
    case T::INT32:
        values = raw ? rawValues<int32_t>(tensor.raw_data(), count, name) : fieldValues(tensor.int32_data());
        break;
    case T::INT8:
        values = raw ? rawValues<int8_t>(tensor.raw_data(), count, name) : fieldValues(tensor.int32_data());
        break;
    case T::UINT8:
    case T::BOOL:
        values = raw ? rawValues<uint8_t>(tensor.raw_data(), count, name) : fieldValues(tensor.int32_data());
        break;
    default:
        return badTensor(name, Text(NW_TEXT("its element type (%1) is not one the import reads"),
                                    {static_cast<int64_t>(tensor.data_type())}));
    }
    if (!values.ok()) return values.error();
    c.values = std::move(*values);
    if (c.numel() != count)
        return badTensor(
            name, Text(NW_TEXT("it holds %1 values where its dimensions need %2"), {c.numel(), count}));
    c.integral = isIntegralType(tensor.data_type());
    return c;
}

Constant shapeOf(const Shape& shape) {
    Constant c{{shape.rank() + 1}, {kBatchDimension}, true};
    for (int64_t d : shape.dims()) c.values.push_back(static_cast<double>(d));
    return c;
}

std::optional<Result<Constant>> foldConstant(const onnx::NodeProto& node, int opset,
                                             const std::vector<const Constant*>& inputs) {
    const std::string& op = node.op_type();
    const auto input = [&](size_t i) -> const Constant& { return *inputs.at(i); };
    const bool haveAll = std::all_of(inputs.begin(), inputs.end(), [](const Constant* c) { return c; });
    if (op == "Constant") return constantNode(node);
    if (inputs.empty() || !inputs[0]) return std::nullopt;
    if (op == "Identity") return Result<Constant>(input(0));
    if (op == "Shape") {
        Constant c{{static_cast<int64_t>(input(0).dims.size())}, {}, true};
        for (int64_t d : input(0).dims) c.values.push_back(static_cast<double>(d));
        return Result<Constant>(c);
    }
    if (op == "Cast") {
        Constant c = input(0);
        c.integral = isIntegralType(intAttribute(node, "to", onnx::TensorProto::FLOAT));
        if (c.integral)
            for (double& v : c.values) v = v == kBatchDimension ? v : std::trunc(v);
        return Result<Constant>(c);
    }
    if (op == "Unsqueeze") return unsqueeze(node, input(0), axesOf(node, opset, inputs));
    if (op == "Squeeze") return squeeze(node, input(0), axesOf(node, opset, inputs));
    if (op == "Transpose") return transpose(node, input(0));
    if (op == "Neg" || op == "Sqrt" || op == "Reciprocal") {
        if (input(0).dependsOnBatch())
            return cannotFold(node, Text(NW_TEXT("the result depends on the batch size")));
        Constant c = input(0);
        for (double& v : c.values) v = op == "Neg" ? -v : op == "Sqrt" ? std::sqrt(v) : 1.0 / v;
        return Result<Constant>(c);
    }
    if (!haveAll) return std::nullopt;
    if (op == "Gather" && inputs.size() == 2) return gather(node, input(0), input(1));
    if (op == "Concat") return concat(node, inputs);
    if (op == "Reshape" && inputs.size() == 2) return reshape(node, input(0), input(1));
    if (op == "Slice") return slice(node, inputs);
    if (inputs.size() == 2) {
        const bool integral = input(0).integral && input(1).integral;
        if (op == "Add") return broadcast(node, input(0), input(1), std::plus<>());
        if (op == "Sub") return broadcast(node, input(0), input(1), std::minus<>());
        if (op == "Mul") return broadcast(node, input(0), input(1), std::multiplies<>());
        if (op == "Div")
            return broadcast(node, input(0), input(1),
                             [integral](double a, double b) { return integral ? std::trunc(a / b) : a / b; });
    }
    return std::nullopt;
}

const onnx::AttributeProto* findAttribute(const onnx::NodeProto& node, const std::string& name) {
    for (const onnx::AttributeProto& a : node.attribute())
        if (a.name() == name) return &a;
    return nullptr;
}

int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, int64_t fallback) {
    const onnx::AttributeProto* a = findAttribute(node, name);
    return a ? a->i() : fallback;
}

double floatAttribute(const onnx::NodeProto& node, const std::string& name, double fallback) {
    const onnx::AttributeProto* a = findAttribute(node, name);
    return a ? static_cast<double>(a->f()) : fallback;
}

std::vector<int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name) {
    const onnx::AttributeProto* a = findAttribute(node, name);
    return a ? std::vector<int64_t>(a->ints().begin(), a->ints().end()) : std::vector<int64_t>{};
}

std::string stringAttribute(const onnx::NodeProto& node, const std::string& name) {
    const onnx::AttributeProto* a = findAttribute(node, name);
    return a ? a->s() : std::string{};
}

} // namespace nw::onnx_import
