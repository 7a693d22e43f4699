#pragma once

#include <QDockWidget>
#include <QVariant>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct Node;
struct NodeAnalysis;
} // namespace nw

namespace nw::gui {

class AttributeField;

// The selected node's name, kind, description, output shape, parameter count and problems, and one
// editor per attribute generated from the kind's schema in nw::layerRegistry(). Edits are checked
// with nw::checkAttribute as they are typed; only valid ones are emitted. It holds no engine
// pointer after showNode() returns: the owner calls showNode() again after every change.
class InspectorDock : public QDockWidget {
    Q_OBJECT

public:
    explicit InspectorDock(QWidget* parent = nullptr);
    ~InspectorDock() override;

    // Shows `node` (nullptr: nothing selected, a hint instead) and what shape inference knows
    // about it (nullptr: nothing yet). Showing the same node again updates the editors in place,
    // without emitting anything, so an undo does not come back as a new edit.
    void showNode(const nw::Node* node, const nw::NodeAnalysis* analysis);

    // The node shown, 0 when none.
    quint32 nodeId() const { return m_nodeId; }
    QLineEdit* nameField() const { return m_name; }
    int attributeCount() const { return static_cast<int>(m_fields.size()); }
    // The editor of attribute `attrIndex` (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox, QLineEdit).
    QWidget* attributeEditor(int attrIndex) const;
    // Why the input in that editor is refused; empty when it is valid.
    QString attributeError(int attrIndex) const;

signals:
    void renameRequested(quint32 nodeId, const QString& name);
    void attributeEdited(quint32 nodeId, int attrIndex, const QVariant& value);

private:
    void buildEmptyPage();
    void buildNodePage();
    void rebuildFields(const nw::Node& node);
    void showAnalysis(const nw::NodeAnalysis* analysis);
    void commitName();

    QStackedWidget* m_pages = nullptr;
    QLabel* m_icon = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_output = nullptr;
    QLabel* m_params = nullptr;
    QLabel* m_flops = nullptr;
    QLabel* m_problems = nullptr;
    QFormLayout* m_attrForm = nullptr;
    QLabel* m_noAttributes = nullptr;
    std::vector<AttributeField*> m_fields;

    quint32 m_nodeId = 0;
    int m_fieldsKind = -1; // the nw::LayerKind the fields were built for
    QString m_shownName;
    QString m_kindName;
};

} // namespace nw::gui
