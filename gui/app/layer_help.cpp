#include "gui/app/layer_help.h"

#include "gui/render/engine_text.h"

#include "engine/graph/graph.h"
#include "engine/layers/registry.h"

#include <QKeySequence>

namespace nw::gui {

namespace {

QString fromStd(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

QString shortcut(const QKeySequence& keys) { return keys.toString(QKeySequence::NativeText).toHtmlEscaped(); }

// "1 – 4096 neurons", "", "0 – 1"
QString range(const nw::AttrSpec& spec) {
    if (spec.type != nw::AttrType::Int && spec.type != nw::AttrType::Float) return {};
    QString text = LayerHelp::tr("%1 – %2").arg(spec.min).arg(spec.max);
    if (!spec.unit.empty())
        text += QLatin1Char(' ') + engineUnit(spec.unit, spec.max == 1 ? 1 : 2).toHtmlEscaped();
    return text;
}

} // namespace

QString LayerHelp::title(const nw::Node& node) {
    return tr("%1 (%2)").arg(QString::fromStdString(nw::layerRegistry().info(node.kind).name),
                             QString::fromStdString(node.name));
}

QString LayerHelp::html(const nw::Node& node) {
    const nw::LayerInfo& info = nw::layerRegistry().info(node.kind);
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(fromStd(info.name), enginePhrase(info.description).toHtmlEscaped());
    if (!info.formula.empty())
        text += QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(tr("Formula:"), fromStd(info.formula));
    if (info.attrs.empty()) {
        text += QStringLiteral("<p>%1</p>").arg(tr("This layer has no attributes."));
    } else {
        text += QStringLiteral(
                    "<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                    "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                    .arg(tr("Attribute"), tr("Value"), tr("Range"), tr("Meaning"));
        for (size_t i = 0; i < info.attrs.size(); ++i) {
            const nw::AttrSpec& spec = info.attrs[i];
            const QString value =
                i < node.attrs.size() ? fromStd(nw::toString(node.attrs[i], spec)) : QString();
            text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(enginePhrase(spec.label).toHtmlEscaped(), value, range(spec),
                             enginePhrase(spec.description).toHtmlEscaped());
        }
        text += QStringLiteral("</table>");
    }
    if (!node.enabled)
        text += QStringLiteral("<p>%1</p>")
                    .arg(tr("The layer is disabled: it passes its input through unchanged."));
    return text;
}

QString LayerHelp::designerTitle() { return tr("Using the Designer"); }

QString LayerHelp::designerHtml() {
    return tr("<h3>Building a network</h3>"
              "<ul>"
              "<li>Drag a layer from the palette onto the canvas, or double-click it to add it in the "
              "middle of the view. %1 searches the palette.</li>"
              "<li>Drag from a layer's output port (right) to another layer's input port (left) to wire "
              "them. Ports that accept the wire light up while you drag.</li>"
              "<li>Drop a wire on empty canvas to add a layer that is already connected.</li>"
              "<li>Every wire shows the shape it carries. A red badge marks a layer whose input does not "
              "fit; click it to insert the bridging layer it offers.</li>"
              "<li>Select a layer to edit its attributes in the inspector; the problems list shows every "
              "diagnostic, and a click selects its layer.</li>"
              "</ul>"
              "<p>Select a layer and press %2 for help on it. %3 fits the network in view; every edit can "
              "be undone with %4.</p>")
        .arg(shortcut(QKeySequence::Find), shortcut(QKeySequence::HelpContents),
             shortcut(QKeySequence(Qt::Key_F)), shortcut(QKeySequence::Undo));
}

} // namespace nw::gui
