#include "gui/docks/palette_dock.h"

#include "gui/docks/layer_catalog.h"
#include "gui/docks/layer_search_popup.h"
#include "gui/docks/palette_tree.h"
#include "gui/render/engine_text.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <map>

namespace nw::gui {

PaletteDock::PaletteDock(QWidget* parent) : QDockWidget(tr("Layers"), parent) {
    setObjectName(QStringLiteral("dock.palette"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("palette.search"));
    m_search->setPlaceholderText(tr("Search layers"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Filter the layers by name, description or category; Enter adds the first match"));
    layout->addWidget(m_search);

    m_tree = new PaletteTree(content);
    m_tree->setObjectName(QStringLiteral("palette.tree"));
    layout->addWidget(m_tree, 1);

    m_noMatch = new QLabel(tr("No layer matches this search."), content);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setEnabled(false); // drawn in the palette's disabled text colour: a hint, not content
    m_noMatch->hide();
    layout->addWidget(m_noMatch);
    layout->addStretch(0);

    setWidget(content);
    populate();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteDock::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &PaletteDock::activateFirstVisible);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activateItem(item); });
}

void PaletteDock::populate() {
    m_tree->clear();
    std::map<int, QTreeWidgetItem*> categories;
    for (const nw::LayerInfo* info : layersInPaletteOrder()) {
        QTreeWidgetItem*& category = categories[static_cast<int>(info->category)];
        if (!category) {
            category = new QTreeWidgetItem(m_tree, {categoryTitle(info->category)});
            category->setIcon(0, categoryIcon(info->category));
            category->setFlags(Qt::ItemIsEnabled);
            QFont bold = category->font(0);
            bold.setBold(true);
            category->setFont(0, bold);
        }
        const QString name = QString::fromStdString(info->name);
        auto* item = new QTreeWidgetItem(category, {name});
        item->setIcon(0, layerIcon(*info));
        item->setData(0, PaletteTree::kKindRole, name);
        item->setToolTip(0, layerHoverCard(*info));
        item->setStatusTip(0, enginePhrase(info->description));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_tree->expandAll();
}

void PaletteDock::focusSearch() {
    if (isHidden()) show();
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

LayerSearchPopup* PaletteDock::searchPopup() {
    if (!m_popup) {
        m_popup = new LayerSearchPopup(this);
        connect(m_popup, &LayerSearchPopup::layerChosen, this, &PaletteDock::layerChosenFromPopup);
    }
    return m_popup;
}

void PaletteDock::openSearchAt(const QPoint& globalPos, const QStringList& fitting) {
    searchPopup()->popup(globalPos, fitting);
}

QStringList PaletteDock::visibleKinds() const {
    QStringList kinds;
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        const QTreeWidgetItem* category = m_tree->topLevelItem(c);
        if (category->isHidden()) continue;
        for (int i = 0; i < category->childCount(); ++i)
            if (!category->child(i)->isHidden())
                kinds << category->child(i)->data(0, PaletteTree::kKindRole).toString();
    }
    return kinds;
}

void PaletteDock::setAllowedKinds(const QStringList& kinds) {
    m_allowedKinds = kinds;
    applyFilter(m_search->text());
}

void PaletteDock::applyFilter(const QString& query) {
    const auto& registry = nw::layerRegistry();
    int shown = 0;
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        QTreeWidgetItem* category = m_tree->topLevelItem(c);
        int shownHere = 0;
        for (int i = 0; i < category->childCount(); ++i) {
            QTreeWidgetItem* item = category->child(i);
            const nw::LayerInfo* info =
                registry.find(item->data(0, PaletteTree::kKindRole).toString().toStdString());
            const bool match =
                info && layerMatches(*info, query) &&
                (m_allowedKinds.isEmpty() || m_allowedKinds.contains(QString::fromStdString(info->name)));
            item->setHidden(!match);
            shownHere += match ? 1 : 0;
        }
        category->setHidden(shownHere == 0);
        // A search shows every match; the user's collapsed groups come back when it is cleared.
        if (!query.isEmpty() && shownHere > 0) category->setExpanded(true);
        shown += shownHere;
    }
    m_tree->setVisible(shown > 0);
    m_noMatch->setVisible(shown == 0);
    // Keep the first match selected, so Enter and the arrows act on what the user sees.
    if (!query.isEmpty() && shown > 0) {
        for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
            QTreeWidgetItem* category = m_tree->topLevelItem(c);
            if (category->isHidden()) continue;
            for (int i = 0; i < category->childCount(); ++i)
                if (!category->child(i)->isHidden()) {
                    m_tree->setCurrentItem(category->child(i));
                    return;
                }
        }
    }
}

void PaletteDock::activateItem(QTreeWidgetItem* item) {
    if (!item) return;
    const QString kind = item->data(0, PaletteTree::kKindRole).toString();
    if (!kind.isEmpty()) emit layerActivated(kind);
}

void PaletteDock::activateFirstVisible() {
    const QStringList kinds = visibleKinds();
    QTreeWidgetItem* current = m_tree->currentItem();
    if (current && !current->isHidden() && !current->data(0, PaletteTree::kKindRole).toString().isEmpty())
        activateItem(current);
    else if (!kinds.isEmpty())
        emit layerActivated(kinds.first());
}

} // namespace nw::gui
