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
    return checkAttributeText(spec, value).english();
}

Text checkAttributeText(const AttrSpec& spec, const AttrValue& value) {
    const auto real = [](double v) { return TextArg::real(v, formatNumber(v)); };
    const auto outOfRange = [&](TextArg got) {
        return Text(NW_TEXT("'%1' must be between %2 and %3, got %4"),
                    {spec.name, real(spec.min), real(spec.max), std::move(got)});
    };
    switch (spec.type) {
    case AttrType::Int: {
        const auto* v = std::get_if<int64_t>(&value);
        if (!v) return Text(NW_TEXT("'%1' must be a whole number"), {spec.name});
        if (*v < spec.min || *v > spec.max) return outOfRange(*v);
        return {};
    }
    case AttrType::Float: {
        const auto* v = std::get_if<double>(&value);
        if (!v) return Text(NW_TEXT("'%1' must be a number"), {spec.name});
        if (!std::isfinite(*v) || *v < spec.min || *v > spec.max) return outOfRange(real(*v));
        return {};
    }
    case AttrType::Bool:
        if (!std::holds_alternative<bool>(value))
            return Text(NW_TEXT("'%1' must be true or false"), {spec.name});
        return {};
    case AttrType::Enum: {
        const auto* v = std::get_if<EnumValue>(&value);
        if (!v) return Text(NW_TEXT("'%1' must be one of its options"), {spec.name});
        if (v->index < 0 || v->index >= static_cast<int>(spec.options.size()))
            return Text(NW_TEXT("'%1' has no option number %2"), {spec.name, v->index});
        return {};
    }
    case AttrType::Shape: {
        const auto* v = std::get_if<Shape>(&value);
        if (!v) return Text(NW_TEXT("'%1' must be a list of dimensions"), {spec.name});
        if (v->empty() || v->rank() > 3)
            return Text(NW_TEXT("'%1' must have 1 to 3 dimensions"), {spec.name});
        for (int64_t d : v->dims())
            if (d < 1 || d > (1 << 24))
                return Text(NW_TEXT("'%1' dimensions must be between %2 and %3"), {spec.name, 1, 1 << 24});
        return {};
    }
    }
    return Text(NW_TEXT("unknown attribute type"));
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
