#include "engine/layers/attributes.h"

#include <cmath>
#include <sstream>

namespace nw {
namespace {

std::string formatNumber(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

} // namespace

std::string checkAttribute(const AttrSpec& spec, const AttrValue& value) {
    const auto rangeText = [&] {
        return "between " + formatNumber(spec.min) + " and " + formatNumber(spec.max);
    };
    switch (spec.type) {
    case AttrType::Int: {
        const auto* v = std::get_if<int64_t>(&value);
        if (!v) return "'" + spec.name + "' must be a whole number";
        if (*v < spec.min || *v > spec.max)
            return "'" + spec.name + "' must be " + rangeText() + ", got " + std::to_string(*v);
        return {};
    }
    case AttrType::Float: {
        const auto* v = std::get_if<double>(&value);
        if (!v) return "'" + spec.name + "' must be a number";
        if (!std::isfinite(*v) || *v < spec.min || *v > spec.max)
            return "'" + spec.name + "' must be " + rangeText() + ", got " + formatNumber(*v);
        return {};
    }
    case AttrType::Bool:
        if (!std::holds_alternative<bool>(value)) return "'" + spec.name + "' must be true or false";
        return {};
    case AttrType::Enum: {
        const auto* v = std::get_if<EnumValue>(&value);
        if (!v) return "'" + spec.name + "' must be one of its options";
        if (v->index < 0 || v->index >= static_cast<int>(spec.options.size()))
            return "'" + spec.name + "' has no option number " + std::to_string(v->index);
        return {};
    }
    case AttrType::Shape: {
        const auto* v = std::get_if<Shape>(&value);
        if (!v) return "'" + spec.name + "' must be a list of dimensions";
        if (v->empty() || v->rank() > 3) return "'" + spec.name + "' must have 1 to 3 dimensions";
        for (int64_t d : v->dims())
            if (d < 1 || d > (1 << 24))
                return "'" + spec.name + "' dimensions must be between 1 and 16777216";
        return {};
    }
    }
    return "unknown attribute type";
}

Attributes defaultAttributes(const std::vector<AttrSpec>& schema) {
    Attributes a;
    a.reserve(schema.size());
    for (const AttrSpec& s : schema) a.push_back(s.defaultValue);
    return a;
}

std::string toString(const AttrValue& value, const AttrSpec& spec) {
    struct Visitor {
        const AttrSpec& spec;
        std::string operator()(int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const { return formatNumber(v); }
        std::string operator()(bool v) const { return v ? "true" : "false"; }
        std::string operator()(EnumValue v) const {
            return v.index >= 0 && v.index < static_cast<int>(spec.options.size())
                       ? spec.options[static_cast<size_t>(v.index)]
                       : "?";
        }
        std::string operator()(const Shape& v) const { return v.toString(); }
    };
    return std::visit(Visitor{spec}, value);
}

} // namespace nw
