#pragma once

// The type of one attribute value, on its own so that the GUI's headers that moc reads can name it
// (see gui/document/project_document.h): it includes only <cstdint> and <variant>. Holding, comparing
// or visiting a value needs the complete types of engine/layers/attributes.h.

#include <cstdint>
#include <variant>

namespace nw {

class Shape;
struct EnumValue;

using AttrValue = std::variant<int64_t, double, bool, EnumValue, Shape>;

} // namespace nw
