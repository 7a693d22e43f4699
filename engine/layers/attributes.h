#pragma once

#include "engine/core/shape.h"
#include "engine/core/text.h"
#include "engine/layers/attr_value.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace nw {

enum class AttrType { Int, Float, Bool, Enum, Shape };

// The chosen option of an enum attribute, as an index into AttrSpec::options.
struct EnumValue {
    int index = 0;
    bool operator==(const EnumValue&) const = default;
};

// One attribute of a layer kind, as the inspector, the palette and the file format see it.
struct AttrSpec {
    std::string name;  // stable key in files: "units"
    std::string label; // shown in the inspector: "Units"
    AttrType type = AttrType::Int;
    AttrValue defaultValue;
    double min = 0; // Int and Float only
    double max = 0;
    std::string unit;                 // "neurons", "" when none
    std::vector<std::string> options; // Enum only: stable option keys
    std::string description;          // one line for tooltips
};

// A node's attribute values, one per AttrSpec of its kind, in the same order.
using Attributes = std::vector<AttrValue>;

// Whether `value` has the spec's type and lies in its range; an empty string when it does, otherwise
// a sentence saying what was expected.
std::string checkAttribute(const AttrSpec& spec, const AttrValue& value);
// The same check as a sentence the designer can translate; empty when the value is fine.
Text checkAttributeText(const AttrSpec& spec, const AttrValue& value);

// The default value of every attribute of a schema.
Attributes defaultAttributes(const std::vector<AttrSpec>& schema);

std::string toString(const AttrValue& value, const AttrSpec& spec);

// Typed accessors for a layer's own attribute struct; the index is the AttrSpec's position.
inline int64_t attrInt(const Attributes& a, size_t i) { return std::get<int64_t>(a.at(i)); }
inline double attrFloat(const Attributes& a, size_t i) { return std::get<double>(a.at(i)); }
inline bool attrBool(const Attributes& a, size_t i) { return std::get<bool>(a.at(i)); }
inline int attrEnum(const Attributes& a, size_t i) { return std::get<EnumValue>(a.at(i)).index; }
inline const Shape& attrShape(const Attributes& a, size_t i) { return std::get<Shape>(a.at(i)); }

} // namespace nw
