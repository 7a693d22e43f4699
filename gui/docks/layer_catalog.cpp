#include "gui/docks/layer_catalog.h"

#include "gui/render/engine_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace nw::gui {

namespace {

QString lowerFileStem(std::string_view name) {
    QString stem = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).toLower();
    stem.replace(QLatin1Char(' '), QLatin1Char('_'));
    return stem;
}

QString existing(const QString& path) { return QFile::exists(path) ? path : QString(); }

QString categoryIconPath(nw::PaletteCategory category) {
    const QString own =
        existing(QStringLiteral(":/icons/categories/%1.svg").arg(lowerFileStem(nw::toString(category))));
    return own.isEmpty() ? QStringLiteral(":/icons/categories/layer.svg") : own;
}

// The same picture when selected: Qt's default tints selected icons with the highlight colour, which
// washes out coloured glyphs on the highlight they already sit on.
QIcon iconFromFile(const QString& path) {
    QIcon icon;
    icon.addFile(path, {}, QIcon::Normal);
    icon.addFile(path, {}, QIcon::Selected);
    return icon;
}

// lupdate files tr() calls outside a class under the namespace, so the lookup uses the same context.
QString tr(const char* text) { return QCoreApplication::translate("nw::gui", text); }

} // namespace

QIcon categoryIcon(nw::PaletteCategory category) { return iconFromFile(categoryIconPath(category)); }

QIcon layerIcon(const nw::LayerInfo& info) {
    const QString own = existing(QStringLiteral(":/icons/layers/%1.svg").arg(lowerFileStem(info.name)));
    return iconFromFile(own.isEmpty() ? categoryIconPath(info.category) : own);
}

QString categoryTitle(nw::PaletteCategory category) { return paletteCategoryTitle(category); }

QString layerHoverCard(const nw::LayerInfo& info) {
    const auto html = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    QString card =
        QStringLiteral("<p style='white-space:pre'><b>%1</b> &nbsp;<span style='color:gray'>%2</span></p>")
            .arg(html(info.name), categoryTitle(info.category).toHtmlEscaped());
    card += QStringLiteral("<p>%1</p>").arg(enginePhrase(info.description).toHtmlEscaped());
    if (!info.formula.empty())
        card += QStringLiteral("<p style='white-space:pre'><code>%1</code></p>").arg(html(info.formula));
    if (!info.attrs.empty()) {
        QStringList rows;
        for (const nw::AttrSpec& spec : info.attrs)
            rows << QStringLiteral("<b>%1</b> (%2): %3")
                        .arg(enginePhrase(spec.label).toHtmlEscaped(),
                             html(nw::toString(spec.defaultValue, spec)),
                             enginePhrase(spec.description).toHtmlEscaped());
        card += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Attributes (default):"), rows.join(QStringLiteral("<br>")));
    }
    return QStringLiteral("<div style='max-width:320px'>%1</div>").arg(card);
}

bool layerMatches(const nw::LayerInfo& info, const QString& query) {
    const QString haystack = QString::fromStdString(info.name) + QLatin1Char('\n') +
                             QString::fromStdString(info.description) + QLatin1Char('\n') +
                             enginePhrase(info.description) + QLatin1Char('\n') +
                             QString::fromUtf8(nw::toString(info.category).data(),
                                               static_cast<qsizetype>(nw::toString(info.category).size())) +
                             QLatin1Char('\n') + categoryTitle(info.category);
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

std::vector<const nw::LayerInfo*> layersInPaletteOrder() {
    std::vector<const nw::LayerInfo*> layers;
    for (const nw::LayerInfo& info : nw::layerRegistry().all()) layers.push_back(&info);
    std::stable_sort(layers.begin(), layers.end(), [](const nw::LayerInfo* a, const nw::LayerInfo* b) {
        return static_cast<int>(a->category) < static_cast<int>(b->category);
    });
    return layers;
}

} // namespace nw::gui
