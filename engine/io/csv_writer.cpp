#include "engine/io/csv_writer.h"

namespace nw::io {

std::string csvLine(const std::vector<std::string>& fields) {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) line += ',';
        const std::string& text = fields[i];
        if (text.find_first_of(",\"\r\n") == std::string::npos) {
            line += text;
            continue;
        }
        line += '"';
        for (const char c : text) line += c == '"' ? std::string("\"\"") : std::string(1, c);
        line += '"';
    }
    return line + "\r\n";
}

} // namespace nw::io
