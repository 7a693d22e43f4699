// networkFingerprint (engine/train/run_record.h): here, beside the file writer whose graph JSON it
// hashes, so a network and its fingerprint can never be described two ways.

#include "engine/io/project_json.h"
#include "engine/train/run_record.h"

#include <cstdio>

namespace nw {

std::string networkFingerprint(const Graph& graph) {
    io::Json json = io::writeGraph(graph);
    for (io::Json& node : json["nodes"]) {
        node.erase("name");
        node.erase("position");
    }
    // FNV-1a, 64 bits: stable across machines and library versions, unlike std::hash.
    uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : json.dump()) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace nw
