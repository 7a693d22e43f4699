#include "gui/app/template_gallery.h"

#include "gui/app/template_preview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace nw::gui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kDescriptionRole = Qt::UserRole + 2;
constexpr int kChainRole = Qt::UserRole + 3;

// One template as a card row: the name in bold, the description, then the sketch of its layers on
// a small canvas-coloured tile with the chain of layers beside it. Painted rather than built from
// labels so the selected row's text takes the palette's highlighted-text colour.
class TemplateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kMargin = 8;
    static constexpr int kGap = 4;
    static constexpr int kTilePadding = 3;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const int width = qMax(200, option.rect.width() > 0 ? option.rect.width() : 480) - 2 * kMargin;
        const QFontMetrics metrics(option.font);
        const QPixmap sketch = index.data(Qt::DecorationRole).value<QPixmap>();
        const int sketchHeight = qRound(sketch.height() / sketch.devicePixelRatio()) + 2 * kTilePadding;
        const int height = kMargin + metrics.height() + kGap + descriptionHeight(option, index, width) +
                           kGap + qMax(sketchHeight, metrics.height()) + kMargin;
        return {width + 2 * kMargin, height};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem panel = option;
        initStyleOption(&panel, index);
        panel.text.clear();
        panel.icon = QIcon();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor secondary = text;
        secondary.setAlphaF(0.7f);

        painter->save();
        const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const QFontMetrics metrics(option.font);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        int y = area.top();
        painter->drawText(QRect(area.left(), y, area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        y += metrics.height() + kGap;

        painter->setFont(option.font);
        const int descHeight = descriptionHeight(option, index, area.width());
        painter->drawText(QRect(area.left(), y, area.width(), descHeight), Qt::AlignLeft | Qt::TextWordWrap,
                          index.data(kDescriptionRole).toString());
        y += descHeight + kGap;

        // The sketch sits on a tile of the canvas colour, so its icons read on a highlighted row too.
        const QPixmap sketch = index.data(Qt::DecorationRole).value<QPixmap>();
        const QSize sketchSize = (QSizeF(sketch.size()) / sketch.devicePixelRatio()).toSize();
        const QRect tile(area.left(), y, sketchSize.width() + 2 * kTilePadding,
                         sketchSize.height() + 2 * kTilePadding);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawPixmap(tile.topLeft() + QPoint(kTilePadding, kTilePadding), sketch);

        painter->setPen(secondary);
        const QRect chainRect(tile.right() + 2 * kGap + 1, tile.top(), area.right() - tile.right() - 2 * kGap,
                              tile.height());
        painter->drawText(
            chainRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data(kChainRole).toString(), Qt::ElideRight, chainRect.width()));
        painter->restore();
    }

private:
    static int descriptionHeight(const QStyleOptionViewItem& option, const QModelIndex& index, int width) {
        const QString description = index.data(kDescriptionRole).toString();
        if (description.isEmpty()) return 0;
        return QFontMetrics(option.font)
            .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, description)
            .height();
    }
};

// Names and descriptions come from the index, in English; a translation may provide them under
// this context, keyed by the English text.
QString translated(const QString& text) {
    return QCoreApplication::translate("nw::gui::ProjectTemplates", text.toUtf8().constData());
}

} // namespace

QList<ProjectTemplate> availableTemplates(const QString& directory) {
    const QDir dir(directory);
    QList<ProjectTemplate> templates;
    QStringList listed;
    QFile index(dir.filePath(QStringLiteral("templates.json")));
    if (index.open(QIODevice::ReadOnly)) {
        const QJsonArray entries =
            QJsonDocument::fromJson(index.readAll()).object().value(QLatin1String("templates")).toArray();
        for (const QJsonValue& entry : entries) {
            const QJsonObject o = entry.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            if (file.isEmpty() || !dir.exists(file)) continue; // an index line whose file was removed
            templates.append({dir.filePath(file), translated(o.value(QLatin1String("name")).toString(file)),
                              translated(o.value(QLatin1String("description")).toString())});
            listed << file;
        }
    }
    for (const QString& file : dir.entryList({QStringLiteral("*.nwproj")}, QDir::Files, QDir::Name)) {
        if (listed.contains(file)) continue;
        QString name = QFileInfo(file).completeBaseName().replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        templates.append({dir.filePath(file), name, {}});
    }
    return templates;
}

TemplateGallery::TemplateGallery(QWidget* parent, const QString& directory) : QDialog(parent) {
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New Project"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Start from an empty canvas or from a network that already works:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templates.list"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(new TemplateDelegate(m_list));
    m_list->setSpacing(1);
    layout->addWidget(m_list, 1);

    addRow({}, tr("Empty project"), tr("A blank canvas: drag layers from the palette and wire them."));
    for (const ProjectTemplate& t : availableTemplates(directory)) addRow(t.path, t.name, t.description);
    m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, buttons->button(QDialogButtonBox::Ok),
            [button = buttons->button(QDialogButtonBox::Ok)](int row) { button->setEnabled(row >= 0); });

    resize(660, 500);
}

void TemplateGallery::addRow(const QString& path, const QString& name, const QString& description) {
    const qreal dpr = devicePixelRatioF();
    QPixmap sketch;
    QString chain;
    if (path.isEmpty()) {
        sketch = emptyProjectSketch(dpr);
        chain = tr("No layers yet");
    } else if (const auto preview = makeTemplatePreview(path, dpr)) {
        sketch = preview->sketch;
        chain = preview->chain;
    } else {
        return; // a file that does not parse is not offered: choosing it could only fail
    }
    auto* item = new QListWidgetItem(name, m_list);
    item->setData(kPathRole, path);
    item->setData(kDescriptionRole, description);
    item->setData(kChainRole, chain);
    item->setData(Qt::DecorationRole, sketch);
    item->setToolTip(chain);
}

QString TemplateGallery::selectedPath() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPathRole).toString() : QString();
}

bool TemplateGallery::selectPath(const QString& path) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kPathRole).toString() == path) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

QString TemplateGallery::choose(QWidget* parent, bool* cancelled) {
    TemplateGallery gallery(parent);
    const bool accepted = gallery.exec() == QDialog::Accepted;
    if (cancelled) *cancelled = !accepted;
    return accepted ? gallery.selectedPath() : QString();
}

} // namespace nw::gui
