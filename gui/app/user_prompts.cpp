#include "gui/app/user_prompts.h"
#include "gui/app/template_gallery.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

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
