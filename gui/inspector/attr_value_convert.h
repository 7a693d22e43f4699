#pragma once

// Conversions between the engine's typed attribute values and QVariant, the currency of Qt's editors
// and of the inspector's attributeEdited signal. Not read by moc, so it may include engine headers.

#include "engine/layers/attributes.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace nw::gui {

// Int -> qlonglong, Float -> double, Bool -> bool, Enum -> int (the option index),
// Shape -> QList<qlonglong> (the dimensions).
QVariant toVariant(const nw::AttrValue& value);

// The value `variant` holds, typed as `spec` asks, or nothing when it cannot be read as that type.
// Accepted: Int a whole number; Float any number; Bool a bool; Enum an option index or an option key;
// Shape a list of dimensions or the text parseShape() reads. The range is not checked here: that
// is nw::checkAttribute's job.
std::optional<nw::AttrValue> fromVariant(const QVariant& variant, const nw::AttrSpec& spec);

// "1×28×28". The inverse of parseShape().
QString formatShape(const nw::Shape& shape);
// Reads "1×28×28", "1x28x28", "1, 28, 28" or "784"; nothing when the text is not a list of whole
// numbers. Dimensions are not range-checked here.
std::optional<nw::Shape> parseShape(const QString& text);

// An enum option key made readable: "he_uniform" -> "He uniform".
QString readableOption(const std::string& key);

} // namespace nw::gui
