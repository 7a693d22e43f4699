#pragma once

// The layers of an int8 ONNX model, in the operator form OpenCV's DNN module runs ("QOperator"):
// QuantizeLinear, QLinearConv with int8 weights per output channel and int32 biases, DequantizeLinear.
// Internal to the ONNX exporter; engine/io/onnx_quantize.h is the public side.
//
// Dense and Conv2D compute in int8 (a Dense is a 1×1 QLinearConv on (N, in, 1, 1)); a ReLU that is
// the only reader of one of them costs nothing, since its output range starts at 0 and the int8
// clamp is the ReLU. MaxPool, Flatten, Reshape, Dropout and Identity pass int8 values through with
// their scale. Every other layer computes in float between a DequantizeLinear and, when an int8
// layer reads it, a QuantizeLinear.
//
// Values are named as ONNX Runtime's quantizer names them: an int8 value "X_quantized" has its scale
// and zero point in the initializers "X_scale" and "X_zero_point". OpenCV 4.6 finds them by those
// names, so the naming is part of the format here, not decoration.

#include "engine/io/onnx_builder.h"
#include "engine/io/onnx_quantize.h"

#include <map>
#include <set>
#include <span>
#include <string>

namespace nw::onnx_export {

class Int8Layers {
public:
    Int8Layers(OnnxBuilder& b, const ExportModel& model, const ActivationRanges& ranges);

    // Same contract as emitLayer; the value returned may be an int8 one.
    Result<std::string> emit(const Node& node, std::span<const std::string> inputs);
    // `value` as float32: itself, or a DequantizeLinear of it named `wanted`.
    std::string toFloat(const std::string& value, const std::string& wanted);

    int int8Layers() const { return m_int8Layers; }
    int floatLayers() const { return m_floatLayers; }

private:
    struct Int8Value {
        std::string scale, zeroPoint; // initializer names
        QuantParams params;
    };

    Result<std::string> product(const Node& node, const std::string& input);
    std::string toInt8(const std::string& value, NodeId rangeOf);
    // The name "X_quantized" for a new int8 value, X being `wanted` or `wanted` with a numeric suffix
    // so that the value, "X_scale" and "X_zero_point" are all free; adds those two initializers. The
    // caller makes the node that writes the value.
    std::string newInt8Value(const std::string& wanted, QuantParams params);
    const Int8Value* int8(const std::string& value) const;
    QuantParams rangeParams(NodeId node) const;

    OnnxBuilder& m_b;
    const ExportModel& m_model;
    const ActivationRanges& m_ranges;
    std::set<NodeId> m_fusedRelus;              // computed by the clamp of the product before them
    std::map<std::string, Int8Value> m_int8;    // by value name
    std::map<std::string, std::string> m_float; // int8 value -> its DequantizeLinear, made once
    int m_int8Layers = 0;
    int m_floatLayers = 0;
};

} // namespace nw::onnx_export
