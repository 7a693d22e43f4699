#include "gui/app/export_dialog.h"
#include "gui/app/user_prompts.h"
#include "gui/render/engine_text.h"

#include "engine/io/onnx_export.h"
#include "engine/io/pytorch_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <thread>

namespace nw::gui {
namespace {

QString points(double fraction) { return QLocale().toString(100 * fraction, 'f', 1); }

// An int8 model against the float one: accuracies for a classifier, the output difference otherwise.
QString int8Text(const nw::ExportVerification& v) {
    const nw::Int8Comparison& c = *v.int8;
    const QString consumer = QString::fromStdString(v.consumer), inputs = QString::fromStdString(v.inputs);
    if (c.classification) {
        const QString text =
            ExportDialog::tr("%1 ran the int8 model on %2: accuracy %3% against %4% in float.")
                .arg(consumer, inputs, points(c.int8Accuracy), points(c.floatAccuracy));
        if (v.passed()) return text;
        return text + QLatin1Char(' ') +
               ExportDialog::tr("That loses more than the %1 points allowed.")
                   .arg(QLocale().toString(100 * nw::kInt8AccuracyLoss));
    }
    const double share = c.floatSpread > 0 ? c.meanAbsDifference / c.floatSpread : 0;
    const QString text =
        ExportDialog::tr("%1 ran the int8 model on %2: its outputs differ from the float "
                         "ones by %3 on average (%4% of their spread).")
            .arg(consumer, inputs, QLocale().toString(c.meanAbsDifference, 'g', 3), points(share));
    if (v.passed()) return text;
    return text + QLatin1Char(' ') +
           ExportDialog::tr("That is more than the %1% allowed.")
               .arg(QLocale().toString(100 * nw::kInt8RegressionLoss));
}

QString verificationText(const nw::ExportVerification& v) {
    if (v.cancelled) return ExportDialog::tr("The verification was cancelled: the export is not verified.");
    if (v.consumerMissing)
        return ExportDialog::tr("Not verified: %1 is not available (%2).")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.note));
    if (!v.ran)
        return ExportDialog::tr("The verification failed: %1 did not run it (%2).")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.note));
    if (v.int8) return int8Text(v);
    const QString difference = QString::number(v.maxAbsDifference, 'g', 3);
    if (!v.passed())
        return ExportDialog::tr("The verification failed: %1 differs from the engine on %2 by up to %3, more "
                                "than the %4 allowed.")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.inputs), difference,
                 QString::number(nw::kExportTolerance, 'g', 3));
    return ExportDialog::tr("Verified with %1 on %2: largest difference %3.")
        .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.inputs), difference);
}

QString describeStep(nw::ExportStep step) {
    switch (step) {
    case nw::ExportStep::Writing: return ExportDialog::tr("Writing the export…");
    case nw::ExportStep::PreparingSamples:
        return ExportDialog::tr("Running the engine on the verification samples…");
    case nw::ExportStep::VerifyingOpenCv: return ExportDialog::tr("Verifying with OpenCV DNN…");
    case nw::ExportStep::VerifyingPytorch:
        return ExportDialog::tr("Verifying with PyTorch (check.py); this can take a minute…");
    }
    return {};
}

} // namespace

namespace {

// What an export gives the dialog back: the text to show and whether it counts as a success.
struct Outcome {
    bool ok = false;
    QString text;
};

Outcome onnxOutcome(const nw::Project& project, const QString& target, const nw::ExportOptions& options) {
    const nw::Result<nw::OnnxExportResult> r = nw::exportOnnx(project, target.toStdString(), options);
    if (!r.ok())
        return {false, ExportDialog::tr("The export failed: %1").arg(diagnosticDescription(r.error()))};
    QString text =
        ExportDialog::tr("Wrote %1 (%2 bytes).")
            .arg(QFileInfo(target).fileName(), QLocale().toString(static_cast<qulonglong>(r->bytes)));
    if (const auto& q = r->quantization) {
        const QString share = points(static_cast<double>(r->bytes) / static_cast<double>(q->floatBytes));
        // Two strings, not "%n layer(s)": English has no plural forms in a .qm unless one is shipped.
        text += QLatin1Char(' ') +
                (q->int8Layers == 1
                     ? ExportDialog::tr("1 layer computes in int8; the file is %1% of the float model's.")
                     : ExportDialog::tr("%n layers compute in int8; the file is %1% of the float model's.",
                                        nullptr, q->int8Layers))
                    .arg(share);
    }
    text += QLatin1Char(' ') + verificationText(r->verification);
    if (!r->trained)
        text += QLatin1Char(' ') +
                ExportDialog::tr("The project is not trained: its initial weights were exported.");
    return {r->verification.passed(), text};
}

Outcome pytorchOutcome(const nw::Project& project, const QString& target, const nw::ExportOptions& options) {
    const nw::Result<nw::PytorchExportResult> r = nw::exportPytorch(project, target.toStdString(), options);
    if (!r.ok())
        return {false, ExportDialog::tr("The export failed: %1").arg(diagnosticDescription(r.error()))};
    QString text =
        ExportDialog::tr("Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.")
            .arg(r->files.size())
            .arg(QLocale().toString(static_cast<qulonglong>(r->bytes)), QFileInfo(target).fileName());
    if (!r->checkInputs.empty()) text += QLatin1Char(' ') + verificationText(r->verification);
    for (const std::string& note : r->notes) text += QLatin1Char(' ') + QString::fromStdString(note);
    return {r->verification.passed(), text};
}

} // namespace

ExportDialog::ExportDialog(const nw::Project& project, const QString& projectDir, const QString& targetStem,
                           QWidget* parent)
    : QDialog(parent), m_project(project), m_projectDir(projectDir), m_targetStem(targetStem) {
    setWindowTitle(tr("Export Model"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("ONNX model (.onnx)"));
    m_format->addItem(tr("PyTorch code, weights and training script (folder)"));
    m_target = new QLineEdit(this);
    m_browse = new QPushButton(tr("Browse…"), this);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save to:"), targetRow);
    // Raw data in, as prediction takes it, unless the user's own pipeline scales already.
    m_scaledInputs = new QCheckBox(tr("Model expects scaled inputs"), this);
    m_scaledInputs->setObjectName(QStringLiteral("export.scaledInputs"));
    m_scaledInputs->setToolTip(
        tr("Leave the data scaling out of the model: its inputs must then be scaled as in "
           "training, as its metadata describes. Unticked, the model takes raw data."));
    form->addRow(QString(), m_scaledInputs);
    // int8 for small devices: a quarter of the size, checked against the float model's accuracy.
    m_int8 = new QCheckBox(tr("int8 model (smaller, for edge devices)"), this);
    m_int8->setObjectName(QStringLiteral("export.int8"));
    m_int8->setToolTip(tr("Dense and convolution layers compute in 8-bit integers. The value ranges come "
                          "from the project's training data; the export then compares the accuracy of "
                          "the int8 and float models on its test data."));
    form->addRow(QString(), m_int8);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the steps take unknown times: a busy bar, with the step named beside it
    m_busy->setTextVisible(false);
    m_step = new QLabel(this);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_step, 1);
    progressRow->addWidget(m_busy);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseTarget);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    formatChanged();
    setExporting(false);
}

ExportDialog::~ExportDialog() {
    // An export still under way (the dialog destroyed without closing) is stopped and waited for:
    // its thread must not outlive the program's objects it uses.
    if (m_running) m_running->store(true);
    if (m_worker.joinable()) m_worker.join();
}

void ExportDialog::setFormat(Format format) { m_format->setCurrentIndex(format == Format::Onnx ? 0 : 1); }

ExportDialog::Format ExportDialog::format() const {
    return m_format->currentIndex() == 0 ? Format::Onnx : Format::Pytorch;
}

void ExportDialog::setTarget(const QString& path) { m_target->setText(path); }
QString ExportDialog::target() const { return m_target->text(); }
QString ExportDialog::resultText() const { return m_result->text(); }
QString ExportDialog::stepText() const { return m_step->text(); }

void ExportDialog::formatChanged() {
    m_target->setText(m_targetStem +
                      (format() == Format::Onnx ? QStringLiteral(".onnx") : QStringLiteral("_pytorch")));
    const bool scales = m_project.fittedScaling && m_project.fittedScaling->kind != nw::Scaling::None;
    m_scaledInputs->setVisible(format() == Format::Onnx && scales);
    m_int8->setVisible(format() == Format::Onnx);
    m_result->clear();
}

void ExportDialog::chooseTarget() {
    const QString chosen =
        format() == Format::Onnx
            ? QFileDialog::getSaveFileName(this, tr("Export ONNX Model"), target(),
                                           tr("ONNX models (*.onnx)"))
            : QFileDialog::getExistingDirectory(this, tr("Folder for the PyTorch Export"), target());
    if (!chosen.isEmpty()) setTarget(chosen);
}

void ExportDialog::setExporting(bool exporting) {
    m_busy->setVisible(exporting);
    m_step->setVisible(exporting);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_format, m_target, m_browse, m_scaledInputs, m_int8, m_export})
        w->setEnabled(!exporting);
    m_buttons->button(QDialogButtonBox::Close)->setText(exporting ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport() {
    if (isExporting()) return;
    if (target().isEmpty()) {
        m_result->setText(tr("Choose where to save the export."));
        emit exportFinished(false);
        return;
    }
    if (m_worker.joinable()) m_worker.join(); // the previous export's thread, long finished
    m_running = std::make_shared<std::atomic<bool>>(false);
    m_result->clear();
    showStep(describeStep(nw::ExportStep::Writing));
    setExporting(true);

    QPointer<ExportDialog> self(this);
    nw::ExportOptions options{.projectDir = m_projectDir.toStdString()};
    options.cancel = m_running.get();
    options.onnxScalingInModel = !m_scaledInputs->isChecked();
    options.onnxQuantize = format() == Format::Onnx && m_int8->isChecked();
    if (options.onnxQuantize) options.verifySamples = 1000; // accuracy in tenths of a point
    options.onStep = [self](nw::ExportStep step) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, text = describeStep(step)] {
                if (self) self->showStep(text);
            },
            Qt::QueuedConnection);
    };
    // A copy: training may store new weights into the project while the export reads it.
    m_worker = std::thread([self, project = m_project, target = target(),
                            pytorch = format() == Format::Pytorch, options, running = m_running] {
        const Outcome outcome =
            pytorch ? pytorchOutcome(project, target, options) : onnxOutcome(project, target, options);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome] {
                if (self) self->finishExport(outcome.ok, outcome.text);
            },
            Qt::QueuedConnection);
    });
}

void ExportDialog::showStep(const QString& step) { m_step->setText(step); }

void ExportDialog::finishExport(bool ok, const QString& text) {
    m_running.reset();
    setExporting(false);
    m_result->setText(text);
    emit exportFinished(ok);
    if (m_closeWhenDone) QDialog::reject();
}

void ExportDialog::cancelExport() {
    if (!m_running) return;
    m_running->store(true);
    showStep(tr("Cancelling…"));
}

void ExportDialog::reject() {
    if (!isExporting()) {
        QDialog::reject();
        return;
    }
    if (sender() == m_buttons) { // the Cancel button: stop the export, keep the dialog
        cancelExport();
        return;
    }
    UserPrompts standard;
    if (!(m_prompts ? m_prompts : &standard)->askStopAndClose(this, tr("An export is under way."))) return;
    m_closeWhenDone = true;
    cancelExport();
}

bool ExportDialog::runExport() {
    QEventLoop loop;
    bool ok = false;
    const auto finished = connect(this, &ExportDialog::exportFinished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    startExport();
    if (isExporting()) loop.exec();
    disconnect(finished);
    return ok;
}

} // namespace nw::gui
