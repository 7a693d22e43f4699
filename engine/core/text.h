#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// NW_TEXT("pattern %1") marks a sentence for people. The engine keeps its English; the designer looks
// the pattern up in its translations (context "Engine") and fills in the values in the reader's
// language, numbers as the locale writes them. CMake finds every NW_TEXT in the engine's sources
// for lupdate (cmake/engine_texts.cmake), so the argument must be a string literal (or adjacent
// literals) written in place. Placeholders are %1 … %9, as in QString::arg.
#define NW_TEXT(literal) (::nw::TextPattern{"" literal})
// NW_PHRASE("Label") marks a fixed phrase kept as a plain string (a layer's description, an
// attribute's label); the designer translates it with enginePhrase (gui/app/engine_text.h).
#define NW_PHRASE(literal) ("" literal)

namespace nw {

struct TextPattern {
    const char* english;
};

class Text;

// A value that fills a placeholder. Names, shapes and paths are verbatim; numbers keep their value
// so the designer can write them in the reader's locale; a nested sentence is translated in turn.
class TextArg {
public:
    enum class Kind { Verbatim, Integer, Real, Sentence };

    TextArg(std::string verbatim);
    TextArg(const char* verbatim);
    TextArg(int value);
    TextArg(int64_t value);
    TextArg(size_t value);
    TextArg(const Text& sentence);
    // A real number and the English text the engine writes for it ("0.001", "1e-05").
    static TextArg real(double value, std::string english);

    Kind kind() const { return m_kind; }
    const std::string& english() const { return m_english; }
    int64_t integer() const { return m_integer; }
    double real() const { return m_real; }
    const Text* sentence() const { return m_sentence.get(); }

private:
    TextArg() = default;
    Kind m_kind = Kind::Verbatim;
    std::string m_english;
    int64_t m_integer = 0;
    double m_real = 0;
    std::shared_ptr<const Text> m_sentence;
};

// A sentence: its pattern and the values of its placeholders.
class Text {
public:
    Text() = default;
    Text(TextPattern pattern, std::vector<TextArg> args = {});

    // Whether this is a marked sentence (a default Text is empty).
    bool empty() const { return m_pattern == nullptr; }
    const char* pattern() const { return m_pattern; }
    const std::vector<TextArg>& args() const { return m_args; }
    // The pattern with its values filled in, in English: what the CLI prints.
    std::string english() const;

private:
    const char* m_pattern = nullptr;
    std::vector<TextArg> m_args;
};

// Fills %1 … %9 in `pattern` with `values` (one pass, so a value containing "%2" stays as it is).
std::string fillPattern(const std::string& pattern, const std::vector<std::string>& values);

} // namespace nw
