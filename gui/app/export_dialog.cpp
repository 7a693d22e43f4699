#include "gui/app/export_dialog.h"

#include "engine/io/onnx_export.h"
#include "engine/io/pytorch_export.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nw::gui {
namespace {

QString verificationText(const nw::ExportVerification& v) {
    if (v.consumerMissing)
        return ExportDialog::tr("Not verified: %1 is not available (%2).")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.note));
    if (!v.ran)
        return ExportDialog::tr("The verification failed: %1 did not run it (%2).")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.note));
    const QString difference = QString::number(v.maxAbsDifference, 'g', 3);
    if (!v.passed())
        return ExportDialog::tr("The verification failed: %1 differs from the engine on %2 by up to %3, more "
                                "than the %4 allowed.")
            .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.inputs), difference,
                 QString::number(nw::kExportTolerance, 'g', 3));
    return ExportDialog::tr("Verified with %1 on %2: largest difference %3.")
        .arg(QString::fromStdString(v.consumer), QString::fromStdString(v.inputs), difference);
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
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save to:"), targetRow);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseTarget);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
}

void ExportDialog::setFormat(Format format) { m_format->setCurrentIndex(format == Format::Onnx ? 0 : 1); }

ExportDialog::Format ExportDialog::format() const {
    return m_format->currentIndex() == 0 ? Format::Onnx : Format::Pytorch;
}

void ExportDialog::setTarget(const QString& path) { m_target->setText(path); }
QString ExportDialog::target() const { return m_target->text(); }
QString ExportDialog::resultText() const { return m_result->text(); }

void ExportDialog::formatChanged() {
    m_target->setText(m_targetStem +
                      (format() == Format::Onnx ? QStringLiteral(".onnx") : QStringLiteral("_pytorch")));
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

bool ExportDialog::runExport() {
    if (target().isEmpty()) {
        m_result->setText(tr("Choose where to save the export."));
        return false;
    }
    const std::filesystem::path path = target().toStdString();
    const nw::ExportOptions options{.projectDir = m_projectDir.toStdString()};
    const QLocale locale;
    setCursor(Qt::WaitCursor);
    QString text;
    bool ok = false;
    if (format() == Format::Onnx) {
        const nw::Result<nw::OnnxExportResult> r = nw::exportOnnx(m_project, path, options);
        if (r.ok()) {
            text =
                tr("Wrote %1 (%2 bytes).")
                    .arg(QFileInfo(target()).fileName(), locale.toString(static_cast<qulonglong>(r->bytes))) +
                QLatin1Char(' ') + verificationText(r->verification);
            if (!r->trained)
                text +=
                    QLatin1Char(' ') + tr("The project is not trained: its initial weights were exported.");
        } else {
            text = tr("The export failed: %1").arg(QString::fromStdString(r.error().describe()));
        }
        ok = r.ok() && r->verification.passed();
    } else {
        const nw::Result<nw::PytorchExportResult> r = nw::exportPytorch(m_project, path, options);
        if (r.ok()) {
            text =
                tr("Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.")
                    .arg(r->files.size())
                    .arg(locale.toString(static_cast<qulonglong>(r->bytes)), QFileInfo(target()).fileName());
            if (!r->checkInputs.empty()) text += QLatin1Char(' ') + verificationText(r->verification);
            for (const std::string& note : r->notes) text += QLatin1Char(' ') + QString::fromStdString(note);
        } else {
            text = tr("The export failed: %1").arg(QString::fromStdString(r.error().describe()));
        }
        ok = r.ok() && r->verification.passed();
    }
    unsetCursor();
    m_result->setText(text);
    return ok;
}

} // namespace nw::gui
