#pragma once

// The values an ONNX graph passes between its nodes, as the importer sees them: either the output of a
// layer it created (with that output's per-sample shape) or a constant it knows (an initializer, a
// Constant node, or something computed from constants, such as the shape a Reshape reads). Internal
// to the ONNX importer (engine/io/onnx_import*.cpp).

#include "engine/core/diagnostic.h"
#include "engine/core/ids.h"
#include "engine/core/shape.h"

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nw::onnx_import {

// The batch size inside a folded shape tensor (Shape(x)[0]): unknown until the network runs, so it may
// travel through Gather, Unsqueeze and Concat into a Reshape's target but not through arithmetic.
inline constexpr double kBatchDimension = -1e15;

// A tensor known while importing. Numbers are held as doubles, exact for float32 and for the int64
// sizes and indices shape computations use.
struct Constant {
    std::vector<int64_t> dims;
    std::vector<double> values;
    bool integral = false; // int64/int32/bool, as opposed to floating point

    int64_t numel() const { return static_cast<int64_t>(values.size()); }
    bool isScalarLike() const { return values.size() == 1; }
    std::vector<float> floats() const { return {values.begin(), values.end()}; }
    // The values as integers; huge ones (INT64_MAX meaning "to the end" in a Slice) are clamped to
    // ±2⁶² so they convert safely and stay larger than any dimension.
    std::vector<int64_t> integers() const;
    bool dependsOnBatch() const;
};

// A value of the graph: a layer's output, or a constant.
struct Value {
    std::optional<NodeId> layer; // the layer whose (single) output this is
    Shape shape;                 // per sample, without the batch dimension; for layers only
    // The shape ONNX gives the value when it differs from the layer's: GlobalAveragePool's (C, 1, 1)
    // where the layer gives (C). Only Shape nodes look at it; the layers read `shape`.
    std::optional<Shape> onnxShape;
    std::optional<Constant> constant;
};

// A TensorProto's contents (typed fields or raw_data, little-endian). Tensors stored in external
// files, strings and complex numbers are refused with the reason.
Result<Constant> readTensor(const onnx::TensorProto& tensor);

// Computes `op` on constant inputs, for the operators shape computations and constant subgraphs use
// (Identity, Cast, Shape of a constant, Gather, Unsqueeze, Squeeze, Concat, Reshape, Transpose, Add,
// Sub, Mul, Div, Neg, Sqrt, Range-free slices). Nullopt when the operator is not one of them.
std::optional<Result<Constant>> foldConstant(const onnx::NodeProto& node, int opset,
                                             const std::vector<const Constant*>& inputs);

// Shape(x) of a layer output with per-sample `shape`: (batch, dims...), the batch as kBatchDimension.
Constant shapeOf(const Shape& shape);

// The attribute `name` of `node`, or nullptr.
const onnx::AttributeProto* findAttribute(const onnx::NodeProto& node, const std::string& name);
int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, int64_t fallback);
double floatAttribute(const onnx::NodeProto& node, const std::string& name, double fallback);
std::vector<int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name);
std::string stringAttribute(const onnx::NodeProto& node, const std::string& name);

} // namespace nw::onnx_import
