#include "gui/inspector/inspector_dock.h"

#include "gui/docks/child_signals.h"

#include "gui/docks/diagnostic_text.h"
#include "gui/docks/layer_catalog.h"
#include "gui/docks/number_format.h"
#include "gui/inspector/attr_value_convert.h"
#include "gui/inspector/attribute_field.h"
#include "gui/render/engine_text.h"

#include "engine/graph/graph.h"
#include "engine/graph/shape_inference.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nw::gui {

namespace {
constexpr int kEmptyPage = 0;
constexpr int kNodePage = 1;
constexpr int kIconSize = 24;

QLabel* selectableLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

InspectorDock::InspectorDock(QWidget* parent) : QDockWidget(tr("Inspector"), parent) {
    setObjectName(QStringLiteral("dock.inspector"));
    m_pages = new QStackedWidget(this);
    buildEmptyPage();
    buildNodePage();
    setWidget(m_pages);
    showNode(nullptr, nullptr);
}

InspectorDock::~InspectorDock() { disconnectChildren(this); }

void InspectorDock::buildEmptyPage() {
    auto* hint =
        new QLabel(tr("Select a layer on the canvas to see its shape and edit its attributes."), m_pages);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(16);
    hint->setEnabled(false); // the disabled text colour: a hint, in light and dark palettes alike
    m_pages->insertWidget(kEmptyPage, hint);
}

void InspectorDock::buildNodePage() {
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    m_icon = new QLabel(page);
    m_icon->setFixedSize(kIconSize, kIconSize);
    header->addWidget(m_icon);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("inspector.name"));
    m_name->setToolTip(tr("The layer's name, unique in the network"));
    header->addWidget(m_name, 1);
    layout->addLayout(header);
    connect(m_name, &QLineEdit::editingFinished, this, &InspectorDock::commitName);

    m_kind = new QLabel(page);
    layout->addWidget(m_kind);
    m_description = selectableLabel(page);
    layout->addWidget(m_description);

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_output = selectableLabel(page);
    m_params = selectableLabel(page);
    m_flops = selectableLabel(page);
    m_formula = selectableLabel(page);
    m_formula->setObjectName(QStringLiteral("inspector.formula"));
    facts->addRow(tr("Formula:"), m_formula);
    facts->addRow(tr("Output:"), m_output);
    facts->addRow(tr("Parameters:"), m_params);
    facts->addRow(tr("FLOPs:"), m_flops);
    layout->addLayout(facts);

    m_output->setObjectName(QStringLiteral("inspector.output"));
    m_params->setObjectName(QStringLiteral("inspector.parameters"));
    m_problems = selectableLabel(page);
    m_problems->setObjectName(QStringLiteral("inspector.problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #d9483b;"));
    layout->addWidget(m_problems);

    auto* attributes = new QGroupBox(tr("Attributes"), page);
    m_attrForm = new QFormLayout(attributes);
    m_attrForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_attrForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_noAttributes = new QLabel(tr("This layer has no attributes to set."), attributes);
    m_noAttributes->setWordWrap(true);
    m_noAttributes->setEnabled(false);
    m_attrForm->addRow(m_noAttributes);
    layout->addWidget(attributes);
    layout->addStretch(1);

    scroll->setWidget(page);
    m_pages->insertWidget(kNodePage, scroll);
}

void InspectorDock::showNode(const nw::Node* node, const nw::NodeAnalysis* analysis) {
    if (!node) {
        m_nodeId = 0;
        m_pages->setCurrentIndex(kEmptyPage);
        return;
    }
    const nw::LayerInfo& info = nw::layerRegistry().info(node->kind);
    const bool sameNode = node->id.value == m_nodeId && static_cast<int>(node->kind) == m_fieldsKind;
    m_nodeId = node->id.value;
    if (!sameNode) {
        m_icon->setPixmap(layerIcon(info).pixmap(kIconSize, kIconSize));
        m_kind->setText(tr("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                            .arg(QString::fromStdString(info.name).toHtmlEscaped(),
                                 categoryTitle(info.category).toHtmlEscaped()));
        m_description->setText(enginePhrase(info.description));
        m_description->setToolTip(layerHoverCard(info));
        m_formula->setText(info.formula.empty() ? tr("none") : QString::fromStdString(info.formula));
        rebuildFields(*node);
    }
    m_shownName = QString::fromStdString(node->name);
    m_kindName = QString::fromStdString(info.name);
    if (m_name->text() != m_shownName) m_name->setText(m_shownName);
    for (size_t i = 0; i < m_fields.size() && i < node->attrs.size(); ++i)
        m_fields[i]->setValue(node->attrs[i]);
    showAnalysis(analysis);
    m_pages->setCurrentIndex(kNodePage);
}

void InspectorDock::rebuildFields(const nw::Node& node) {
    for (AttributeField* field : m_fields) m_attrForm->removeRow(field);
    m_fields.clear();
    const nw::LayerInfo& info = nw::layerRegistry().info(node.kind);
    m_fieldsKind = static_cast<int>(node.kind);
    auto* box = m_noAttributes->parentWidget();
    for (size_t i = 0; i < info.attrs.size(); ++i) {
        const nw::AttrSpec& spec = info.attrs[i];
        auto* field = new AttributeField(spec, box);
        field->setObjectName(QStringLiteral("inspector.attr.%1").arg(QString::fromStdString(spec.name)));
        const int index = static_cast<int>(i);
        field->onEdited = [this, index](const nw::AttrValue& value) {
            emit attributeEdited(m_nodeId, index, toVariant(value));
        };
        auto* label = new QLabel(enginePhrase(spec.label) + QLatin1Char(':'), box);
        label->setToolTip(enginePhrase(spec.description));
        label->setBuddy(field->editor());
        m_attrForm->addRow(label, field);
        m_fields.push_back(field);
    }
    m_noAttributes->setVisible(m_fields.empty());
}

void InspectorDock::showAnalysis(const nw::NodeAnalysis* analysis) {
    const QString unknown = tr("not known yet");
    if (!analysis) {
        m_output->setText(unknown);
        m_params->setText(unknown);
        m_flops->setText(unknown);
        m_problems->hide();
        return;
    }
    // Without an output shape the counts are not known either, not zero.
    const bool known = analysis->output.has_value();
    m_output->setText(known ? formatShape(*analysis->output) : unknown);
    m_params->setText(known ? formatCount(analysis->params) : unknown);
    m_flops->setText(known ? tr("%1 per sample").arg(formatScaled(static_cast<double>(analysis->flops)))
                           : unknown);
    QStringList problems;
    for (const nw::Diagnostic& d : analysis->diagnostics) {
        const DiagnosticText text = splitDiagnostic(diagnosticMessage(d), m_kindName, m_shownName);
        problems << (text.fix.isEmpty() ? text.problem : tr("%1\nFix: %2").arg(text.problem, text.fix));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void InspectorDock::commitName() {
    const QString name = m_name->text().trimmed();
    if (m_nodeId == 0 || name == m_shownName) return;
    if (name.isEmpty()) {
        // A layer needs a name: put the current one back instead of sending an edit that must fail.
        m_name->setText(m_shownName);
        return;
    }
    emit renameRequested(m_nodeId, name);
}

QWidget* InspectorDock::attributeEditor(int attrIndex) const {
    if (attrIndex < 0 || attrIndex >= attributeCount()) return nullptr;
    return m_fields[static_cast<size_t>(attrIndex)]->editor();
}

QString InspectorDock::attributeError(int attrIndex) const {
    if (attrIndex < 0 || attrIndex >= attributeCount()) return {};
    return m_fields[static_cast<size_t>(attrIndex)]->error();
}

} // namespace nw::gui
