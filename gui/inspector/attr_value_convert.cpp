#include "gui/inspector/attr_value_convert.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace nw::gui {

namespace {

// Dimension lists beyond this are not shapes anybody types; it also keeps qlonglong parsing safe.
constexpr int kMaxShapeRank = 8;

std::optional<int64_t> wholeNumber(const QVariant& variant) {
    switch (variant.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return variant.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = variant.toDouble();
        // 2^62 keeps the conversion exact and inside int64_t.
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 4.6e18) return std::nullopt;
        return static_cast<int64_t>(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        const qlonglong v = variant.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<int64_t>(v) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<nw::Shape> shapeFromList(const QVariantList& list) {
    if (list.size() > kMaxShapeRank) return std::nullopt;
    std::vector<int64_t> dims;
    for (const QVariant& v : list) {
        const auto d = wholeNumber(v);
        if (!d) return std::nullopt;
        dims.push_back(*d);
    }
    return nw::Shape(std::move(dims));
}

} // namespace

QVariant toVariant(const nw::AttrValue& value) {
    struct Visitor {
        QVariant operator()(int64_t v) const { return QVariant::fromValue(static_cast<qlonglong>(v)); }
        QVariant operator()(double v) const { return QVariant(v); }
        QVariant operator()(bool v) const { return QVariant(v); }
        QVariant operator()(nw::EnumValue v) const { return QVariant(v.index); }
        QVariant operator()(const nw::Shape& v) const {
            QList<qlonglong> dims;
            for (int64_t d : v.dims()) dims.append(static_cast<qlonglong>(d));
            return QVariant::fromValue(dims);
        }
    };
    return std::visit(Visitor{}, value);
}

std::optional<nw::AttrValue> fromVariant(const QVariant& variant, const nw::AttrSpec& spec) {
    if (!variant.isValid()) return std::nullopt;
    switch (spec.type) {
    case nw::AttrType::Int:
        if (const auto v = wholeNumber(variant)) return nw::AttrValue(*v);
        return std::nullopt;
    case nw::AttrType::Float: {
        if (variant.typeId() == QMetaType::Bool) return std::nullopt;
        bool ok = false;
        const double v = variant.toDouble(&ok);
        if (!ok) return std::nullopt;
        return nw::AttrValue(v);
    }
    case nw::AttrType::Bool:
        if (variant.typeId() != QMetaType::Bool) return std::nullopt;
        return nw::AttrValue(variant.toBool());
    case nw::AttrType::Enum: {
        if (variant.typeId() == QMetaType::QString) {
            const std::string key = variant.toString().toStdString();
            for (size_t i = 0; i < spec.options.size(); ++i)
                if (spec.options[i] == key) return nw::AttrValue(nw::EnumValue{static_cast<int>(i)});
            return std::nullopt;
        }
        const auto index = wholeNumber(variant);
        if (!index || *index < 0 || *index >= static_cast<int64_t>(spec.options.size())) return std::nullopt;
        return nw::AttrValue(nw::EnumValue{static_cast<int>(*index)});
    }
    case nw::AttrType::Shape: {
        if (variant.typeId() == QMetaType::QString) {
            if (auto shape = parseShape(variant.toString())) return nw::AttrValue(std::move(*shape));
            return std::nullopt;
        }
        if (variant.canConvert<QList<qlonglong>>() && variant.typeId() != QMetaType::QVariantList) {
            QVariantList list;
            for (qlonglong d : variant.value<QList<qlonglong>>()) list.append(d);
            if (auto shape = shapeFromList(list)) return nw::AttrValue(std::move(*shape));
            return std::nullopt;
        }
        if (variant.typeId() == QMetaType::QVariantList)
            if (auto shape = shapeFromList(variant.toList())) return nw::AttrValue(std::move(*shape));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString formatShape(const nw::Shape& shape) { return QString::fromStdString(shape.toString()); }

std::optional<nw::Shape> parseShape(const QString& text) {
    static const QRegularExpression separator(QStringLiteral("\\s*[x×X*,]\\s*|\\s+"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    const QStringList parts = trimmed.split(separator);
    if (parts.size() > kMaxShapeRank) return std::nullopt;
    std::vector<int64_t> dims;
    for (const QString& part : parts) {
        bool ok = false;
        const qlonglong d = part.toLongLong(&ok);
        if (!ok) return std::nullopt;
        dims.push_back(d);
    }
    return nw::Shape(std::move(dims));
}

QString readableOption(const std::string& key) {
    QString text = QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

} // namespace nw::gui
