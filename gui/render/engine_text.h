#pragma once

#include <QString>

#include <string>

namespace nw {
class Text;
struct Diagnostic;
enum class PaletteCategory;
} // namespace nw

namespace nw::gui {

// An engine sentence (NW_TEXT) in the designer's language, its numbers written as the locale writes
// them. Without a translation (English, or a sentence not yet translated) it is the engine's English.
QString engineText(const nw::Text& text);

// A fixed engine phrase (NW_PHRASE: a layer's description, an attribute's label) translated.
QString enginePhrase(const std::string& phrase);

// An attribute's unit ("neurons", engine/layers) in the designer's language, in the form a count of
// `count` takes: "neuron" for 1 in English, "Neuronen" for 120 in German.
QString engineUnit(const std::string& unit, qint64 count);

// A palette category's heading ("Convolution") in the designer's language.
QString paletteCategoryTitle(nw::PaletteCategory category);

// A diagnostic's message in the designer's language; "location: message" for the second.
QString diagnosticMessage(const nw::Diagnostic& diagnostic);
QString diagnosticDescription(const nw::Diagnostic& diagnostic);

} // namespace nw::gui
