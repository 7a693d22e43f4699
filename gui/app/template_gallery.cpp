#include "gui/app/template_gallery.h"

#include "gui/app/template_preview.h"

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
#include <QPushButton>
#include <QVBoxLayout>

namespace nw::gui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

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

    resize(560, 440);
}

void TemplateGallery::addRow(const QString& path, const QString& name, const QString& description) {
    const qreal dpr = devicePixelRatioF();
    QPixmap sketch;
    QString chain;
    if (path.isEmpty()) {
        sketch = emptyProjectSketch(dpr);
    } else if (const auto preview = makeTemplatePreview(path, dpr)) {
        sketch = preview->sketch;
        chain = preview->chain;
    } else {
        return; // a file that does not parse is not offered: choosing it could only fail
    }

    auto* row = new QWidget(m_list);
    auto* rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(8, 6, 8, 6);
    rowLayout->setSpacing(2);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), row);
    rowLayout->addWidget(title);
    if (!description.isEmpty()) {
        auto* text = new QLabel(description, row);
        text->setWordWrap(true);
        rowLayout->addWidget(text);
    }
    auto* picture = new QLabel(row);
    picture->setPixmap(sketch);
    rowLayout->addWidget(picture);
    if (!chain.isEmpty()) {
        auto* layers = new QLabel(chain, row);
        layers->setEnabled(false); // secondary text
        layers->setWordWrap(true);
        rowLayout->addWidget(layers);
    }
    // Clicks go to the list (selection, double-click to create), not to the labels.
    row->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* item = new QListWidgetItem(m_list);
    item->setData(kPathRole, path);
    item->setData(Qt::AccessibleTextRole, name);
    item->setToolTip(chain.isEmpty() ? description : chain);
    item->setSizeHint(row->sizeHint());
    m_list->setItemWidget(item, row);
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
