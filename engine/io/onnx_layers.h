#pragma once

// One engine layer as ONNX nodes (opset 13, the forms OpenCV's DNN importer reads). Internal to the
// ONNX exporter.

#include "engine/io/export_model.h"
#include "engine/io/onnx_builder.h"

#include <span>
#include <string>

namespace nw::onnx_export {

// Adds the nodes computing `node` (enabled, not the Input) from the values `inputs` (one per input
// port) and returns the name of the value holding its output: `output`, or the node's name when that
// is empty. Dropout adds nothing and returns its input. A layer ONNX cannot express gives an
// ExportUnsupported Diagnostic naming the node.
Result<std::string> emitLayer(OnnxBuilder& b, const ExportModel& model, const Node& node,
                              std::span<const std::string> inputs, const std::string& output = {});

// A Conv2D node's kernel_shape, strides, pads and dilations, on a Conv or QLinearConv node.
void setConvAttributes(onnx::NodeProto& n, const ExportModel& model, const Node& node);

} // namespace nw::onnx_export
