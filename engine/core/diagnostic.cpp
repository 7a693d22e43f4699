#include "engine/core/diagnostic.h"

namespace nw {

std::string_view toString(DiagCode code) {
    switch (code) {
    case DiagCode::UnknownNode: return "unknown-node";
    case DiagCode::PortOutOfRange: return "port-out-of-range";
    case DiagCode::InputAlreadyConnected: return "input-already-connected";
    case DiagCode::SelfLoop: return "self-loop";
    case DiagCode::Cycle: return "cycle";
    case DiagCode::DuplicateEdge: return "duplicate-edge";
    case DiagCode::UnknownAttribute: return "unknown-attribute";
    case DiagCode::AttributeType: return "attribute-type";
    case DiagCode::AttributeRange: return "attribute-range";
    case DiagCode::MissingInput: return "missing-input";
    case DiagCode::ShapeMismatch: return "shape-mismatch";
    case DiagCode::NoInputLayer: return "no-input-layer";
    case DiagCode::MultipleInputLayers: return "multiple-input-layers";
    case DiagCode::NoOutput: return "no-output";
    case DiagCode::MultipleOutputs: return "multiple-outputs";
    case DiagCode::InvalidAttribute: return "invalid-attribute";
    case DiagCode::FileNotFound: return "file-not-found";
    case DiagCode::FileRead: return "file-read";
    case DiagCode::FileWrite: return "file-write";
    case DiagCode::JsonSyntax: return "json-syntax";
    case DiagCode::JsonType: return "json-type";
    case DiagCode::JsonMissing: return "json-missing";
    case DiagCode::JsonValue: return "json-value";
    case DiagCode::UnknownLayerKind: return "unknown-layer-kind";
    case DiagCode::UnsupportedVersion: return "unsupported-version";
    case DiagCode::DataMismatch: return "data-mismatch";
    case DiagCode::UnscaledData: return "unscaled-data";
    case DiagCode::TrainingDiverged: return "training-diverged";
    case DiagCode::IncompatibleLoss: return "incompatible-loss";
    case DiagCode::ExportUnsupported: return "export-unsupported";
    case DiagCode::ExportInvalid: return "export-invalid";
    }
    return "unknown";
}

std::string Diagnostic::describe() const {
    if (location.empty()) return message;
    return location + ": " + message;
}

} // namespace nw
