#include "gui/inspector/attribute_field.h"

#include "gui/docks/child_signals.h"

#include "gui/inspector/attr_value_convert.h"
#include "gui/render/engine_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nw::gui {

namespace {

// " pixels", or " pixel" for exactly one, in the designer's language.
QString unitSuffix(const std::string& unit, int value) {
    if (unit.empty()) return {};
    return QLatin1Char(' ') + engineUnit(unit, value);
}

// lupdate files tr() calls outside a class under the namespace, so the lookup uses the same context.
QString tr(const char* text) { return QCoreApplication::translate("nw::gui", text); }

// Shows 0.01 as "0.01", not "0.0100": the decimals are for typing, not for padding.
class CompactDoubleSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override {
        QLocale loc = locale();
        loc.setNumberOptions(QLocale::OmitGroupSeparator);
        QString text = loc.toString(value, 'f', decimals());
        const QString point = loc.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0'))) text.chop(1);
            if (text.endsWith(point)) text.chop(point.size());
        }
        return text;
    }
};

// Enough decimals to show the default and the range's ends with two more digits to adjust.
int decimalsFor(const nw::AttrSpec& spec) {
    double smallest = std::numeric_limits<double>::infinity();
    for (double v : {std::get<double>(spec.defaultValue), spec.min, spec.max})
        if (v != 0) smallest = std::min(smallest, std::fabs(v));
    if (!std::isfinite(smallest)) return 2;
    return std::clamp(static_cast<int>(std::ceil(-std::log10(smallest))) + 2, 2, 6);
}

// One arrow click changes the leading digit of the default: 0.01 steps by 0.01, 0.5 by 0.1.
double stepFor(const nw::AttrSpec& spec) {
    const double d = std::fabs(std::get<double>(spec.defaultValue));
    if (d > 0) return std::pow(10.0, std::floor(std::log10(d)));
    const double span = spec.max - spec.min;
    return span > 0 ? std::pow(10.0, std::floor(std::log10(span)) - 1) : 0.1;
}

int clampToInt(double v) {
    return static_cast<int>(std::clamp(v, static_cast<double>(std::numeric_limits<int>::min()),
                                       static_cast<double>(std::numeric_limits<int>::max())));
}

QString rangeHint(const nw::AttrSpec& spec) {
    const QLocale loc;
    // The unit as it follows the maximum: "1 to 4,096 neurons".
    const QString unit = unitSuffix(spec.unit, spec.max == 1 ? 1 : 2);
    return tr("Range: %1 to %2%3").arg(loc.toString(spec.min), loc.toString(spec.max), unit);
}

} // namespace

AttributeField::~AttributeField() { disconnectChildren(this); }

AttributeField::AttributeField(const nw::AttrSpec& spec, QWidget* parent)
    : QWidget(parent), m_spec(spec), m_value(spec.defaultValue) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_editor = createEditor();
    QString tip = enginePhrase(spec.description);
    if (spec.type == nw::AttrType::Int || spec.type == nw::AttrType::Float)
        tip += QLatin1Char('\n') + rangeHint(spec);
    m_editor->setToolTip(tip);
    layout->addWidget(m_editor);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("attributeError"));
    m_error->setStyleSheet(QStringLiteral("color: #d9483b;"));
    m_error->hide();
    layout->addWidget(m_error);
    setValue(spec.defaultValue);
}

QWidget* AttributeField::createEditor() {
    switch (m_spec.type) {
    case nw::AttrType::Int: {
        auto* spin = new QSpinBox(this);
        spin->setRange(clampToInt(m_spec.min), clampToInt(m_spec.max));
        spin->setSuffix(unitSuffix(m_spec.unit, spin->value()));
        spin->setKeyboardTracking(false); // typed numbers count on Enter or focus out, arrows at once
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin](int v) {
            spin->setSuffix(unitSuffix(m_spec.unit, v));
            commit(nw::AttrValue(int64_t{v}));
        });
        return spin;
    }
    case nw::AttrType::Float: {
        auto* spin = new CompactDoubleSpinBox(this);
        spin->setDecimals(decimalsFor(m_spec));
        spin->setRange(m_spec.min, m_spec.max);
        spin->setSingleStep(stepFor(m_spec));
        if (!m_spec.unit.empty()) spin->setSuffix(unitSuffix(m_spec.unit, 2)); // a real count is plural
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit(nw::AttrValue(v)); });
        return spin;
    }
    case nw::AttrType::Bool: {
        auto* check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, [this](bool v) { commit(nw::AttrValue(v)); });
        return check;
    }
    case nw::AttrType::Enum: {
        auto* combo = new QComboBox(this);
        for (const std::string& option : m_spec.options)
            combo->addItem(readableOption(option), QString::fromStdString(option));
        connect(combo, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0) commit(nw::AttrValue(nw::EnumValue{index}));
        });
        return combo;
    }
    case nw::AttrType::Shape: {
        auto* edit = new QLineEdit(this);
        // Whole numbers separated by ×, x, * or commas; checkAttribute judges the numbers.
        static const QRegularExpression pattern(
            QStringLiteral("\\s*\\d{1,9}(\\s*[x×X*,]\\s*\\d{1,9}){0,7}\\s*[x×X*,]?\\s*"));
        edit->setValidator(new QRegularExpressionValidator(pattern, edit));
        edit->setPlaceholderText(tr("e.g. 1×28×28"));
        connect(edit, &QLineEdit::textEdited, this, [this](const QString& text) {
            const auto shape = parseShape(text);
            if (!shape)
                showError(tr("Write the dimensions as whole numbers separated by ×, e.g. 1×28×28."));
            else
                showError(engineText(nw::checkAttributeText(m_spec, *shape)));
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (const auto shape = parseShape(edit->text()))
                commit(nw::AttrValue(*shape));
            else
                showError(tr("Write the dimensions as whole numbers separated by ×, e.g. 1×28×28."));
        });
        addShapePresets(edit);
        return edit;
    }
    }
    return new QWidget(this);
}

void AttributeField::setValue(const nw::AttrValue& value) {
    m_value = value;
    const QSignalBlocker blocker(m_editor);
    if (auto* spin = qobject_cast<QSpinBox*>(m_editor); spin && std::holds_alternative<int64_t>(value)) {
        spin->setValue(clampToInt(static_cast<double>(std::get<int64_t>(value))));
        spin->setSuffix(unitSuffix(m_spec.unit, spin->value()));
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(m_editor);
               dspin && std::holds_alternative<double>(value)) {
        dspin->setValue(std::get<double>(value));
    } else if (auto* check = qobject_cast<QCheckBox*>(m_editor);
               check && std::holds_alternative<bool>(value)) {
        check->setChecked(std::get<bool>(value));
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor);
               combo && std::holds_alternative<nw::EnumValue>(value)) {
        combo->setCurrentIndex(std::get<nw::EnumValue>(value).index);
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_editor);
               edit && std::holds_alternative<nw::Shape>(value)) {
        edit->setText(formatShape(std::get<nw::Shape>(value)));
    }
    showError({});
}

QString AttributeField::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void AttributeField::addShapePresets(QLineEdit* edit) {
    // The shapes of the data people start with, one click away: no typing to build a network.
    struct Preset {
        nw::Shape shape;
        const char* meaning;
    };
    static const Preset presets[] = {
        {nw::Shape{1, 28, 28}, QT_TR_NOOP("grey 28×28 images (Fashion-MNIST, MNIST)")},
        {nw::Shape{3, 32, 32}, QT_TR_NOOP("colour 32×32 images")},
        {nw::Shape{784}, QT_TR_NOOP("a 28×28 image as one row of values")},
        {nw::Shape{2}, QT_TR_NOOP("points in a plane (the Playground's data sets)")},
    };
    auto* menu = new QMenu(edit);
    menu->setObjectName(QStringLiteral("shapePresets"));
    for (const Preset& preset : presets) {
        const nw::Shape shape = preset.shape;
        menu->addAction(tr("%1 — %2").arg(formatShape(shape), tr(preset.meaning)), this, [this, edit, shape] {
            edit->setText(formatShape(shape));
            commit(nw::AttrValue(shape));
        });
    }
    QAction* open = edit->addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    open->setToolTip(tr("Common shapes"));
    connect(open, &QAction::triggered, menu,
            [menu, edit] { menu->popup(edit->mapToGlobal(edit->rect().bottomLeft())); });
}

void AttributeField::commit(const nw::AttrValue& candidate) {
    const nw::Text problem = nw::checkAttributeText(m_spec, candidate);
    if (!problem.empty()) {
        showError(engineText(problem));
        return;
    }
    showError({});
    if (candidate == m_value) return;
    m_value = candidate;
    if (onEdited) onEdited(candidate);
}

void AttributeField::showError(const QString& rawMessage) {
    // The engine names the attribute by its file key ('units'); the inspector shows its label.
    QString message = rawMessage;
    message.replace(QStringLiteral("'%1'").arg(QString::fromStdString(m_spec.name)),
                    enginePhrase(m_spec.label));
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_editor->setStyleSheet(message.isEmpty()
                                ? QString()
                                : QStringLiteral("%1 { border: 1px solid #d9483b; border-radius: 3px; }")
                                      .arg(QLatin1String(m_editor->metaObject()->className())));
}

} // namespace nw::gui
