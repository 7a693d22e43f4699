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
    case DiagCode::ImportUnsupported: return "import-unsupported";
    case DiagCode::ImportInvalid: return "import-invalid";
    }
    return "unknown";
}

Text codeTitle(DiagCode code) {
    switch (code) {
    case DiagCode::UnknownNode: return Text(NW_TEXT("No such layer"));
    case DiagCode::PortOutOfRange: return Text(NW_TEXT("No such port"));
    case DiagCode::InputAlreadyConnected: return Text(NW_TEXT("The input is already connected"));
    case DiagCode::SelfLoop: return Text(NW_TEXT("A layer cannot feed itself"));
    case DiagCode::Cycle: return Text(NW_TEXT("The wires would form a loop"));
    case DiagCode::DuplicateEdge: return Text(NW_TEXT("The wire exists already"));
    case DiagCode::UnknownAttribute: return Text(NW_TEXT("No such attribute"));
    case DiagCode::AttributeType: return Text(NW_TEXT("An attribute has the wrong type"));
    case DiagCode::AttributeRange: return Text(NW_TEXT("An attribute is out of range"));
    case DiagCode::MissingInput: return Text(NW_TEXT("An input is not connected"));
    case DiagCode::ShapeMismatch: return Text(NW_TEXT("The shapes do not fit"));
    case DiagCode::NoInputLayer: return Text(NW_TEXT("No Input layer"));
    case DiagCode::MultipleInputLayers: return Text(NW_TEXT("More than one Input layer"));
    case DiagCode::NoOutput: return Text(NW_TEXT("No output"));
    case DiagCode::MultipleOutputs: return Text(NW_TEXT("More than one output"));
    case DiagCode::InvalidAttribute: return Text(NW_TEXT("An invalid setting"));
    case DiagCode::FileNotFound: return Text(NW_TEXT("File not found"));
    case DiagCode::FileRead: return Text(NW_TEXT("The file cannot be read"));
    case DiagCode::FileWrite: return Text(NW_TEXT("The file cannot be written"));
    case DiagCode::JsonSyntax: return Text(NW_TEXT("The file is not valid JSON"));
    case DiagCode::JsonType: return Text(NW_TEXT("A field has the wrong type"));
    case DiagCode::JsonMissing: return Text(NW_TEXT("A field is missing"));
    case DiagCode::JsonValue: return Text(NW_TEXT("A value is not allowed"));
    case DiagCode::UnknownLayerKind: return Text(NW_TEXT("Unknown layer kind"));
    case DiagCode::UnsupportedVersion: return Text(NW_TEXT("Unsupported file version"));
    case DiagCode::DataMismatch: return Text(NW_TEXT("The data does not fit the network"));
    case DiagCode::UnscaledData: return Text(NW_TEXT("The data is not scaled"));
    case DiagCode::TrainingDiverged: return Text(NW_TEXT("Training diverged"));
    case DiagCode::IncompatibleLoss: return Text(NW_TEXT("The loss does not fit the output"));
    case DiagCode::ExportUnsupported: return Text(NW_TEXT("The format cannot express this model"));
    case DiagCode::ExportInvalid: return Text(NW_TEXT("The exported model failed its check"));
    case DiagCode::ImportUnsupported: return Text(NW_TEXT("The model uses something Neuroweave has no layer for"));
    case DiagCode::ImportInvalid: return Text(NW_TEXT("The model file cannot be read"));
    }
    return {};
}

std::vector<DiagCode> allDiagCodes() {
    std::vector<DiagCode> codes;
    for (int code = 0; code <= static_cast<int>(DiagCode::UnscaledData); ++code)
        codes.push_back(static_cast<DiagCode>(code));
    return codes;
}

Diagnostic::Diagnostic(DiagCode diagCode, std::string englishMessage, std::optional<NodeId> at,
                       std::string where)
    : code(diagCode), message(std::move(englishMessage)), node(at), location(std::move(where)) {}

Diagnostic::Diagnostic(DiagCode diagCode, Text sentence, std::optional<NodeId> at, std::string where)
    : code(diagCode), message(sentence.english()), node(at), location(std::move(where)),
      text(std::move(sentence)) {}

Diagnostic& Diagnostic::locatedAt(Text where) {
    location = where.english();
    place = std::move(where);
    return *this;
}

std::string Diagnostic::describe() const {
    if (location.empty()) return message;
    return location + ": " + message;
}

TextArg Diagnostic::describedText() const {
    if (text.empty()) return describe();
    if (location.empty()) return text;
    return Text(NW_TEXT("%1: %2"), {place.empty() ? TextArg(location) : TextArg(place), text});
}

} // namespace nw
