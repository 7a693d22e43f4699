#include "json_mutations.h"

#include "project_generators.h"

#include <vector>

namespace nw::test {
namespace {

using rc::gen::element;
using rc::gen::inRange;

// Strings the loader gives meaning to, so junk sometimes lands on a known kind or option.
const std::vector<std::string>& knownWords() {
    static const std::vector<std::string> words{"Input",
                                                "Dense",
                                                "ReLU",
                                                "LeakyReLU",
                                                "Sigmoid",
                                                "Tanh",
                                                "Softmax",
                                                "glorot_uniform",
                                                "he_normal",
                                                "adam",
                                                "sgd",
                                                "momentum",
                                                "rmsprop",
                                                "mse",
                                                "softmax_cross_entropy",
                                                "binary_cross_entropy",
                                                "xor",
                                                "spirals",
                                                "blobs",
                                                "synthetic",
                                                "neuroweave-project",
                                                "Infinity",
                                                "-Infinity",
                                                "AACAPw==",
                                                "",
                                                "=="};
    return words;
}

// Keys that JSON Pointer must escape, for the paths in Diagnostics.
const std::vector<std::string>& awkwardKeys() {
    static const std::vector<std::string> keys{"a/b", "~", "~1", "/", "x~/y", ""};
    return keys;
}

Json scalarJunk() {
    switch (*inRange(0, 9)) {
    case 0: return nullptr;
    case 1: return *rc::gen::arbitrary<bool>();
    case 2: return *rc::gen::arbitrary<int64_t>();
    case 3: return *rc::gen::arbitrary<uint64_t>();
    case 4: return *inRange(-3, 70000);
    case 5: return *genFiniteDouble();
    case 6: return *genText();
    default: return *rc::gen::elementOf(knownWords());
    }
}

Json junk(int depth) {
    const int choice = depth <= 0 ? 0 : *inRange(0, 4);
    if (choice <= 1) return scalarJunk();
    Json out = choice == 2 ? Json::array() : Json::object();
    for (int i = *inRange(0, 4); i > 0; --i) {
        if (out.is_array())
            out.push_back(junk(depth - 1));
        else
            out[*rc::gen::oneOf(genText(), rc::gen::elementOf(knownWords()))] = junk(depth - 1);
    }
    return out;
}

// Every value of the document, as pointers into it; the root first.
void collect(Json& value, std::vector<Json*>& out) {
    out.push_back(&value);
    if (value.is_structured())
        for (auto& child : value) collect(child, out);
}

// The container holding `target`, or null for the root.
Json* parentOf(Json& root, const Json* target) {
    if (!root.is_structured()) return nullptr;
    for (auto& child : root) {
        if (&child == target) return &root;
        if (Json* p = parentOf(child, target)) return p;
    }
    return nullptr;
}

void removeValue(Json& root, Json* target) {
    Json* parent = parentOf(root, target);
    if (!parent) {
        root = nullptr;
        return;
    }
    if (parent->is_array()) {
        for (size_t i = 0; i < parent->size(); ++i)
            if (&(*parent)[i] == target) return parent->erase(i);
    } else {
        for (auto it = parent->begin(); it != parent->end(); ++it)
            if (&*it == target) return static_cast<void>(parent->erase(it));
    }
}

} // namespace

rc::Gen<Json> genJunkJson() {
    return rc::gen::exec([] { return junk(*inRange(0, 4)); });
}

void mutateJson(Json& doc) {
    std::vector<Json*> values;
    collect(doc, values);
    Json* target = values[*inRange<size_t>(0, values.size())];
    switch (*inRange(0, 7)) {
    case 0: removeValue(doc, target); break;
    case 1: *target = junk(*inRange(0, 3)); break;
    case 2: *target = scalarJunk(); break;
    case 3:
        if (target->is_number())
            *target = *rc::gen::oneOf(
                rc::gen::map(rc::gen::arbitrary<int64_t>(), [](int64_t v) { return Json(v); }),
                rc::gen::map(genFiniteDouble(), [](double v) { return Json(v); }), rc::gen::just(Json(-1)),
                rc::gen::just(Json(0)));
        else
            *target = Json::array({*target});
        break;
    case 4:
        if (target->is_object())
            (*target)[*rc::gen::oneOf(genText(), rc::gen::elementOf(awkwardKeys()))] = junk(1);
        else
            *target = Json::object();
        break;
    case 5:
        if (target->is_array() && !target->empty())
            target->push_back((*target)[*inRange<size_t>(0, target->size())]);
        else
            *target = Json::array();
        break;
    default:
        if (target->is_string())
            *target = *rc::gen::elementOf(knownWords());
        else
            *target = std::string("7");
        break;
    }
}

rc::Gen<std::string> genTokenSoup() {
    static const std::vector<std::string> tokens{"{",
                                                 "}",
                                                 "[",
                                                 "]",
                                                 ":",
                                                 ",",
                                                 " ",
                                                 "\n",
                                                 "\"format\"",
                                                 "\"neuroweave-project\"",
                                                 "\"version\"",
                                                 "1",
                                                 "2",
                                                 "\"graph\"",
                                                 "\"nodes\"",
                                                 "\"edges\"",
                                                 "\"id\"",
                                                 "\"kind\"",
                                                 "\"Dense\"",
                                                 "\"name\"",
                                                 "\"attributes\"",
                                                 "\"units\"",
                                                 "\"from\"",
                                                 "\"to\"",
                                                 "0",
                                                 "-1",
                                                 "1e999",
                                                 "0.5",
                                                 "null",
                                                 "true",
                                                 "\"",
                                                 "\\u0000",
                                                 "\\ud800",
                                                 "\"weights\"",
                                                 "\"history\"",
                                                 "\"batchLosses\"",
                                                 "\"AAAA\""};
    return rc::gen::map(rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(tokens)),
                        [](const std::vector<std::string>& parts) {
                            std::string s;
                            for (const std::string& p : parts) s += p;
                            return s;
                        });
}

} // namespace nw::test
