#pragma once

#include "engine/core/ids.h"
#include "engine/core/text.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace nw {

// What went wrong, as a stable code the GUI can word in any language.
enum class DiagCode {
    // graph edits
    UnknownNode,
    PortOutOfRange,
    InputAlreadyConnected,
    SelfLoop,
    Cycle,
    DuplicateEdge,
    UnknownAttribute,
    AttributeType,
    AttributeRange,
    // shape inference and compilation
    MissingInput,
    ShapeMismatch,
    NoInputLayer,
    MultipleInputLayers,
    NoOutput,
    MultipleOutputs,
    InvalidAttribute,
    // files and data
    FileNotFound,
    FileRead,
    FileWrite,
    JsonSyntax,
    JsonType,
    JsonMissing,
    JsonValue,
    UnknownLayerKind,
    UnsupportedVersion,
    DataMismatch,
    // training
    TrainingDiverged,
    IncompatibleLoss,
    // exports
    ExportUnsupported, // the model uses something the target format cannot express
    ExportInvalid,     // the written model failed its format's checker (a defect of the exporter)
    // imports
    ImportUnsupported, // the model uses an operator or form no layer computes
    ImportInvalid,     // the file is not a readable, valid model
    // warnings about the data
    UnscaledData, // large feature values go into the network unscaled; keep last (allDiagCodes)
};

std::string_view toString(DiagCode code);
// What kind of problem the code stands for, as a short heading ("The shapes do not fit").
Text codeTitle(DiagCode code);
// Every code, for tables and tests.
std::vector<DiagCode> allDiagCodes();

// A problem a user can cause and act on. `message` is a complete English sentence with the numbers
// involved; `node` and `location` (a JSON path like /graph/nodes/2/attributes/units, or a file
// position) say where it happened. Built from a Text, the sentence also keeps its pattern and values
// so the designer can show it in the reader's language.
struct Diagnostic {
    DiagCode code{};
    std::string message;
    std::optional<NodeId> node;
    std::string location;
    Text text;  // empty when the message was built as plain English
    Text place; // set when the location is itself a sentence ("line 3, column 5"), not a path or name

    Diagnostic() = default;
    Diagnostic(DiagCode diagCode, std::string englishMessage, std::optional<NodeId> at = {},
               std::string where = {});
    Diagnostic(DiagCode diagCode, Text sentence, std::optional<NodeId> at = {}, std::string where = {});

    // Sets `location` from a sentence, keeping it for the designer to translate.
    Diagnostic& locatedAt(Text where);

    // "location: message" when a location is known, for the CLI and logs.
    std::string describe() const;
    // The same as a value for a longer sentence, translatable when the message is a Text.
    TextArg describedText() const;
};

// A value or the Diagnostic that explains why there is none.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Diagnostic error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return checked(); }
    const T& value() const& { return const_cast<Result*>(this)->checked(); }
    T&& value() && { return std::move(checked()); }
    T* operator->() { return &checked(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return checked(); }
    const T& operator*() const { return value(); }

    const Diagnostic& error() const {
        if (ok()) throw std::logic_error("Result::error() on a success");
        return std::get<1>(m_state);
    }

private:
    T& checked() {
        if (!ok()) throw std::logic_error("Result::value() on an error: " + std::get<1>(m_state).message);
        return std::get<0>(m_state);
    }
    std::variant<T, Diagnostic> m_state;
};

// Success, or the Diagnostic that explains the failure.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Diagnostic error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Diagnostic& error() const {
        if (ok()) throw std::logic_error("Status::error() on a success");
        return *m_error;
    }

private:
    std::optional<Diagnostic> m_error;
};

} // namespace nw
