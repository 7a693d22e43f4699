#include "gui/training/dataset_panel.h"

#include "gui/docks/child_signals.h"
#include "gui/document/fs_path.h"
#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/views/colour_maps.h"
#include "gui/views/sample_images.h"

#include "engine/data/dataset_spec.h"
#include "engine/data/dataset_summary.h"
#include "engine/io/project.h"
#include "engine/train/data_fit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>

#include <algorithm>

namespace nw::gui {
namespace {

constexpr int kPreviewSize = 168;
constexpr int kTile = 28;
constexpr int kTileColumns = 6;

// The entries of the source list: the synthetic sets in the engine's order (nw::syntheticKinds()),
// then these.
const int kSyntheticCount = static_cast<int>(nw::syntheticKinds().size());
enum Entry { FashionMnist = 0, Csv, Idx, Images };
int entryIndex(Entry e) { return kSyntheticCount + e; }

bool isSynthetic(int entry) { return entry < kSyntheticCount; }
bool hasPath(int entry) { return entry >= entryIndex(Csv); }

QString syntheticLabel(nw::SyntheticKind kind) {
    switch (kind) {
    case nw::SyntheticKind::Spirals: return DatasetPanel::tr("Spirals");
    case nw::SyntheticKind::Circles: return DatasetPanel::tr("Circles");
    case nw::SyntheticKind::Xor: return DatasetPanel::tr("XOR");
    case nw::SyntheticKind::Blobs: return DatasetPanel::tr("Gaussian blobs");
    case nw::SyntheticKind::Sine: return DatasetPanel::tr("Sine (regression)");
    case nw::SyntheticKind::Polynomial: return DatasetPanel::tr("Polynomial (regression)");
    }
    return QString::fromUtf8(nw::toString(kind).data());
}

int entryOf(const nw::DatasetSpec& spec) {
    switch (spec.source) {
    case nw::DatasetSource::Synthetic: {
        const auto kinds = nw::syntheticKinds();
        const auto found = std::find(kinds.begin(), kinds.end(), spec.synthetic.kind);
        return found == kinds.end() ? 0 : static_cast<int>(found - kinds.begin());
    }
    case nw::DatasetSource::Builtin: return entryIndex(FashionMnist);
    case nw::DatasetSource::Csv: return entryIndex(Csv);
    case nw::DatasetSource::Idx: return entryIndex(Idx);
    case nw::DatasetSource::Images: return entryIndex(Images);
    }
    return 0;
}

// The points of a 2-D set, coloured by class (by value for regression).
QImage scatterPreview(const nw::Dataset& data) {
    QImage image(kPreviewSize, kPreviewSize, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 250));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    float lo[2] = {0, 0}, hi[2] = {0, 0};
    for (int64_t r = 0; r < data.size(); ++r)
        for (int k = 0; k < 2; ++k) {
            lo[k] = r == 0 ? data.features.row(r)[k] : std::min(lo[k], data.features.row(r)[k]);
            hi[k] = r == 0 ? data.features.row(r)[k] : std::max(hi[k], data.features.row(r)[k]);
        }
    const auto at = [&](float v, int k) {
        const float span = hi[k] > lo[k] ? hi[k] - lo[k] : 1.0f;
        return 6.0 + (kPreviewSize - 12.0) * ((k == 0 ? v - lo[k] : hi[k] - v) / span);
    };
    p.setPen(Qt::NoPen);
    for (int64_t r = 0; r < data.size(); ++r) {
        const float* x = data.features.row(r);
        const float target = data.targets.row(r)[0];
        p.setBrush(data.task == nw::TaskKind::Classification ? classColour(static_cast<int>(target))
                                                             : QColor::fromRgb(divergingColour(target)));
        p.drawEllipse(QPointF(at(x[0], 0), at(x[1], 1)), 2.2, 2.2);
    }
    return image;
}

// The first samples of an image set as a grid of tiles.
QImage imagePreview(const nw::Dataset& data) {
    const int count = static_cast<int>(std::min<int64_t>(data.size(), kTileColumns * 4));
    const int rows = (count + kTileColumns - 1) / kTileColumns;
    QImage image(kTileColumns * kTile, std::max(rows, 1) * kTile, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int i = 0; i < count; ++i)
        p.drawImage(QRect((i % kTileColumns) * kTile, (i / kTileColumns) * kTile, kTile - 1, kTile - 1),
                    sampleImage(data, i));
    return image;
}

struct Preview {
    QImage image;
    QString text;
    std::shared_ptr<const nw::DataFacts> facts;
};

Preview makePreview(const nw::DatasetSpec& spec, const std::filesystem::path& dir) {
    Preview preview;
    nw::Result<nw::Dataset> loaded = nw::loadDataset(spec, dir);
    if (!loaded.ok()) {
        preview.text =
            DatasetPanel::tr("The data cannot be read: %1").arg(diagnosticDescription(loaded.error()));
        return preview;
    }
    const nw::Dataset& data = loaded.value();
    preview.facts = std::make_shared<const nw::DataFacts>(nw::describeData(data));
    const nw::Shape shape = data.sampleShape();
    if (shape.numel() == 2)
        preview.image = scatterPreview(data);
    else if (isImageData(data))
        preview.image = imagePreview(data);
    QStringList lines;
    lines << DatasetPanel::tr("%1 samples of %2")
                 .arg(data.size())
                 .arg(QString::fromStdString(shape.toString()));
    if (data.task == nw::TaskKind::Classification) {
        QStringList parts;
        for (const nw::ClassCount& c : nw::summarize(data).classes)
            parts << QStringLiteral("%1: %2").arg(QString::fromStdString(c.name)).arg(c.count);
        lines << DatasetPanel::tr("Samples per class: %1").arg(parts.join(QStringLiteral(", ")));
    } else {
        lines << DatasetPanel::tr("Regression, target values per sample: %1").arg(data.targetWidth());
    }
    preview.text = lines.join(QLatin1Char('\n'));
    return preview;
}

} // namespace

DatasetPanel::DatasetPanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("training.dataset"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("training.dataset.source"));
    for (const nw::SyntheticKind kind : nw::syntheticKinds()) m_source->addItem(syntheticLabel(kind));
    m_source->addItems({tr("Fashion-MNIST"), tr("CSV file"), tr("IDX folder"), tr("Image folder")});
    m_samples = new QSpinBox(this);
    m_samples->setObjectName(QStringLiteral("training.dataset.samples"));
    m_samples->setRange(10, 100000);
    m_samples->setSingleStep(100);
    m_samples->setToolTip(tr("How many points are generated"));
    m_noise = new QDoubleSpinBox(this);
    m_noise->setRange(0, 1);
    m_noise->setSingleStep(0.05);
    m_noise->setToolTip(tr("Noise, as a fraction of the data's scale"));
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("File or folder"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_validation = new QDoubleSpinBox(this);
    m_validation->setRange(0, 0.9);
    m_validation->setSingleStep(0.05);
    m_validation->setToolTip(tr("The fraction of samples held out to measure validation loss and accuracy"));
    m_scaling = new QComboBox(this);
    m_scaling->setObjectName(QStringLiteral("training.dataset.scaling"));
    m_scaling->addItems({tr("None"), tr("Unit range [0, 1]"), tr("Standardize")});
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("training.dataset.preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(kPreviewSize / 2);
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Data"), m_source);
    form->addRow(tr("Samples"), m_samples);
    form->addRow(tr("Noise"), m_noise);
    form->addRow(tr("Path"), pathRow);
    form->addRow(tr("Validation"), m_validation);
    form->addRow(tr("Scaling"), m_scaling);
    form->addRow(m_preview);
    form->addRow(m_counts);

    connect(m_source, &QComboBox::activated, this, &DatasetPanel::sourceChosen);
    connect(m_samples, &QSpinBox::editingFinished, this, &DatasetPanel::writeSpec);
    connect(m_noise, &QDoubleSpinBox::editingFinished, this, &DatasetPanel::writeSpec);
    connect(m_path, &QLineEdit::editingFinished, this, &DatasetPanel::writeSpec);
    connect(m_validation, &QDoubleSpinBox::editingFinished, this, &DatasetPanel::writeSpec);
    connect(m_scaling, &QComboBox::activated, this, &DatasetPanel::writeSpec);
    connect(m_browse, &QPushButton::clicked, this, &DatasetPanel::browse);
    refresh();
}

DatasetPanel::~DatasetPanel() { disconnectChildren(this); }

void DatasetPanel::setEditable(bool editable) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_samples, m_noise, m_path, m_browse,
                                                      m_validation, m_scaling})
        w->setEnabled(editable);
    if (editable) refresh(); // the enabled state of the source-specific fields
}

void DatasetPanel::refresh() {
    const nw::DatasetSpec& spec = m_document->project().dataset;
    const int entry = entryOf(spec);
    m_updating = true;
    m_source->setCurrentIndex(entry);
    m_samples->setValue(static_cast<int>(spec.synthetic.samples));
    m_noise->setValue(spec.synthetic.noise);
    m_path->setText(QString::fromStdString(spec.path));
    m_validation->setValue(spec.validationFraction);
    m_scaling->setCurrentIndex(static_cast<int>(spec.scaling));
    m_updating = false;
    if (m_source->isEnabled()) {
        m_samples->setEnabled(isSynthetic(entry));
        m_noise->setEnabled(isSynthetic(entry));
        m_path->setEnabled(hasPath(entry));
        m_browse->setEnabled(hasPath(entry));
    }
    updatePreview();
}

void DatasetPanel::sourceChosen(int index) {
    if (hasPath(index) && m_path->text().isEmpty()) {
        m_updating = true;
        m_source->setCurrentIndex(index);
        m_updating = false;
        browse();
        return;
    }
    writeSpec();
}

void DatasetPanel::browse() {
    const int entry = m_source->currentIndex();
    const QString start =
        m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = entry == entryIndex(Csv)
                             ? QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                            tr("CSV files (*.csv *.tsv *.txt)"))
                             : QFileDialog::getExistingDirectory(this, tr("Choose a data folder"), start);
    if (path.isEmpty()) {
        refresh(); // back to the source the project has
        return;
    }
    m_path->setText(path);
    writeSpec();
}

void DatasetPanel::writeSpec() {
    if (m_updating) return;
    const int entry = m_source->currentIndex();
    nw::DatasetSpec spec = m_document->project().dataset;
    if (isSynthetic(entry)) {
        spec.source = nw::DatasetSource::Synthetic;
        spec.synthetic.kind = nw::syntheticKinds()[static_cast<size_t>(entry)];
        spec.synthetic.samples = m_samples->value();
        spec.synthetic.noise = m_noise->value();
    } else if (entry == entryIndex(FashionMnist)) {
        spec.source = nw::DatasetSource::Builtin;
        spec.builtin = nw::BuiltinDataset::FashionMnist;
    } else {
        spec.source = entry == entryIndex(Csv)
                          ? nw::DatasetSource::Csv
                          : (entry == entryIndex(Idx) ? nw::DatasetSource::Idx : nw::DatasetSource::Images);
        spec.path = QFile::encodeName(m_path->text()).toStdString();
    }
    spec.validationFraction = m_validation->value();
    spec.scaling = static_cast<nw::Scaling>(m_scaling->currentIndex());
    const nw::DatasetSpec& before = m_document->project().dataset;
    if (spec == before) return;
    // Another source: the scaling (and, for a large set, the epochs) that suit it.
    const bool newSource = spec.source != before.source || (spec.source == nw::DatasetSource::Synthetic &&
                                                            spec.synthetic.kind != before.synthetic.kind);
    const std::optional<nw::DataDefaults> defaults =
        newSource ? std::optional(nw::defaultsFor(spec)) : std::nullopt;
    if (defaults) spec.scaling = defaults->scaling;
    m_document->changeTrainingState([&spec, &defaults](nw::Project& p) {
        p.dataset = spec;
        if (defaults && defaults->maxEpochs)
            p.training.epochs = std::min(p.training.epochs, *defaults->maxEpochs);
    });
    refresh();
}

void DatasetPanel::updatePreview() {
    const nw::DatasetSpec spec = m_document->project().dataset;
    const QString file = m_document->filePath();
    // What the samples depend on (not the split or the scaling): the preview is made again only
    // when that changes, not each time the panel is refreshed (a large set takes seconds to read).
    const QString key = QString::fromStdString(nw::describeSource(spec)) + QLatin1Char('|') +
                        QString::number(static_cast<int>(spec.source)) + QLatin1Char('|') +
                        QString::number(spec.synthetic.samples) + QLatin1Char('|') +
                        QString::number(spec.synthetic.noise) + QLatin1Char('|') +
                        QString::number(spec.synthetic.seed) + QLatin1Char('|') + file;
    if (key == m_previewKey) return;
    m_previewKey = key;
    const int generation = ++m_generation;
    m_counts->setText(tr("Reading the data…"));
    const std::filesystem::path dir = toFsPath(m_document->folder());
    QPointer<DatasetPanel> self(this);
    QThreadPool::globalInstance()->start([self, spec, dir, generation] {
        const Preview preview = makePreview(spec, dir);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, preview, generation] {
                if (self) self->showPreview(generation, preview.image, preview.text, preview.facts);
            },
            Qt::QueuedConnection);
    });
}

void DatasetPanel::showPreview(int generation, const QImage& image, const QString& text,
                               std::shared_ptr<const nw::DataFacts> facts) {
    if (generation != m_generation) return; // a newer preview is on its way
    m_previewImage = image;
    m_previewText = text;
    m_facts = std::move(facts);
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->setVisible(!image.isNull());
    m_counts->setText(text);
    emit previewReady();
}

} // namespace nw::gui
