#include "gui/app/user_prompts.h"
#include "gui/app/template_gallery.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace nw::gui {

namespace {

QString projectFilter() { return UserPrompts::tr("Neuroweave projects (*.nwproj)"); }

} // namespace

void UserPrompts::showError(QWidget* parent, const QString& text, const QString& details) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::applicationName(), text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.exec();
}

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget* parent, const QString& documentName) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::applicationName(),
                    tr("Do you want to save the changes to “%1”?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    // Worded here so that they are translated even where Qt's own translations are not installed.
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("Do&n't Save"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

QString UserPrompts::askOpenPath(QWidget* parent, const QString& startDir) {
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), startDir,
                                        projectFilter() + QStringLiteral(";;") + tr("All files (*)"));
}

QString UserPrompts::askImportPath(QWidget* parent, const QString& startDir) {
    return QFileDialog::getOpenFileName(parent, tr("Import Model"), startDir,
                                        tr("ONNX models (*.onnx)") + QStringLiteral(";;") +
                                            tr("All files (*)"));
}

QString UserPrompts::askSavePath(QWidget* parent, const QString& suggestedPath) {
    return QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestedPath, projectFilter());
}

QString UserPrompts::askDiagramPath(QWidget* parent, const QString& suggestedPath) {
    return QFileDialog::getSaveFileName(parent, tr("Export Diagram"), suggestedPath,
                                        tr("SVG drawing (*.svg);;PNG image (*.png)"));
}

QString UserPrompts::askLayerName(QWidget* parent, const QString& currentName) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, tr("Rename Layer"), tr("Name:"), QLineEdit::Normal, currentName, &ok);
    return ok ? name : QString();
}

bool UserPrompts::askStopAndClose(QWidget* parent, const QString& work) {
    QMessageBox box(QMessageBox::Question, QCoreApplication::applicationName(), work, QMessageBox::NoButton,
                    parent);
    box.setInformativeText(tr("Closing stops it. What is done so far is kept."));
    QPushButton* stop = box.addButton(tr("&Stop and Close"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

bool UserPrompts::askDeleteRuns(QWidget* parent, const QString& what) {
    QMessageBox box(QMessageBox::Question, QCoreApplication::applicationName(), what, QMessageBox::NoButton,
                    parent);
    box.setInformativeText(tr("Their records, curves and notes are removed from the project; this cannot be "
                              "undone."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

bool UserPrompts::askRestoreRecovered(QWidget* parent, const QString& documentName,
                                      const QDateTime& savedAt) {
    QMessageBox box(QMessageBox::Question, tr("Recover Project"),
                    tr("Neuroweave did not close properly. A recovery copy of “%1” with unsaved changes "
                       "was kept.")
                        .arg(documentName),
                    QMessageBox::NoButton, parent);
    const QLocale locale;
    box.setInformativeText(tr("It was saved on %1 at %2. Restore it?")
                               .arg(locale.toString(savedAt.date(), QLocale::ShortFormat),
                                    locale.toString(savedAt.time(), QLocale::ShortFormat)));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

QString UserPrompts::askTemplate(QWidget* parent, bool* cancelled) {
    return TemplateGallery::choose(parent, cancelled);
}

void UserPrompts::showHelp(QWidget* parent, const QString& title, const QString& html) {
    QMessageBox box(QMessageBox::Information, title, html, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

QString UnattendedPrompts::askTemplate(QWidget*, bool* cancelled) {
    if (cancelled) *cancelled = false;
    return {};
}

void UnattendedPrompts::showError(QWidget*, const QString& text, const QString& details) {
    std::fprintf(stderr, "%s\n%s\n", qUtf8Printable(text), qUtf8Printable(details));
}

} // namespace nw::gui
