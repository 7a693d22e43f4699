#include "engine/core/text.h"

namespace nw {

TextArg::TextArg(std::string verbatim) : m_english(std::move(verbatim)) {}

TextArg::TextArg(const char* verbatim) : m_english(verbatim) {}

TextArg::TextArg(int value) : TextArg(static_cast<int64_t>(value)) {}

TextArg::TextArg(int64_t value) : m_kind(Kind::Integer), m_english(std::to_string(value)), m_integer(value) {}

TextArg::TextArg(size_t value) : TextArg(static_cast<int64_t>(value)) {}

TextArg::TextArg(const Text& sentence)
    : m_kind(Kind::Sentence), m_english(sentence.english()), m_sentence(std::make_shared<Text>(sentence)) {}

TextArg TextArg::real(double value, std::string english) {
    TextArg arg;
    arg.m_kind = Kind::Real;
    arg.m_english = std::move(english);
    arg.m_real = value;
    return arg;
}

Text::Text(TextPattern pattern, std::vector<TextArg> args)
    : m_pattern(pattern.english), m_args(std::move(args)) {}

std::string Text::english() const {
    if (!m_pattern) return {};
    std::vector<std::string> values;
    values.reserve(m_args.size());
    for (const TextArg& arg : m_args) values.push_back(arg.english());
    return fillPattern(m_pattern, values);
}

std::string fillPattern(const std::string& pattern, const std::vector<std::string>& values) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<size_t>(pattern[i + 1] - '1');
            if (index < values.size()) {
                out += values[index];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace nw
