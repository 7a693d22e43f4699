#pragma once

// One editor for one attribute, generated from its AttrSpec: a spin box for Int (range, unit as
// suffix), a compact double spin box for Float, a combo box for Enum, a check box for Bool and a
// validated line edit for Shape, with a message line under it for input nw::checkAttribute refuses.
// Not read by moc (it includes engine headers and declares no signals: edits go to a callback).

#include "engine/layers/attributes.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace nw::gui {

class AttributeField : public QWidget {
    // Without Q_OBJECT, tr() would be QWidget::tr and look strings up under "QWidget"; this gives
    // them the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(nw::gui::AttributeField)

public:
    AttributeField(const nw::AttrSpec& spec, QWidget* parent = nullptr);
    ~AttributeField() override;

    // Shows `value` without calling onEdited and clears any error mark: an update from the
    // document (an undo, another view) must not echo back as a new edit.
    void setValue(const nw::AttrValue& value);
    const nw::AttrValue& value() const { return m_value; }

    // The editor proper (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox or QLineEdit).
    QWidget* editor() const { return m_editor; }
    // Why the current input is refused; empty while it is valid.
    QString error() const;

    // Called with every accepted value that differs from the one shown.
    std::function<void(const nw::AttrValue&)> onEdited;

private:
    QWidget* createEditor();
    // A menu of common shapes beside a shape editor, so a shape can be chosen with the mouse.
    void addShapePresets(QLineEdit* edit);
    // Checks an edit; reports it through onEdited when it is valid and new.
    void commit(const nw::AttrValue& candidate);
    void showError(const QString& rawMessage);

    nw::AttrSpec m_spec;
    nw::AttrValue m_value;
    QWidget* m_editor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace nw::gui
