#include "gui/app/file_controller.h"

#include "gui/app/recent_files.h"
#include "gui/app/user_prompts.h"
#include "gui/document/fs_path.h"
#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"

#include "engine/core/diagnostic.h"
#include "engine/io/file_io.h"
#include "engine/io/onnx_import.h"
#include "engine/io/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace nw::gui {

namespace {

// A proper name: the same in every language.
constexpr auto kAppName = "Neuroweave";
constexpr auto kProjectSuffix = "nwproj";

} // namespace

ProjectFileController::ProjectFileController(ProjectDocument* document, RecentFiles* recentFiles,
                                             QWidget* window)
    : QObject(window), m_document(document), m_recentFiles(recentFiles), m_window(window) {
    connect(m_recentFiles, &RecentFiles::fileChosen, this, &ProjectFileController::openAfterAsking);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &ProjectFileController::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &ProjectFileController::updateTitle);
    updateTitle();
}

QString ProjectFileController::droppedProject(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && (QFileInfo(url.toLocalFile()).suffix() == QLatin1String(kProjectSuffix) ||
                                  isOnnxModel(url.toLocalFile())))
            return url.toLocalFile();
    return {};
}

void ProjectFileController::newProject() {
    if (!maybeSave()) return;
    bool cancelled = false;
    const QString path = m_prompts->askTemplate(m_window, &cancelled);
    if (cancelled) return;
    m_importedFrom.clear();
    if (path.isEmpty()) {
        m_document->reset();
        emit statusMessage(tr("New project"));
        return;
    }
    adoptTemplate(path);
}

bool ProjectFileController::isOnnxModel(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("onnx"), Qt::CaseInsensitive) == 0;
}

bool ProjectFileController::adoptTemplate(const QString& path) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(
            tr("Could not open the template “%1”.").arg(name),
            nw::Diagnostic{nw::DiagCode::FileRead, file.errorString().toStdString(), {}, path.toStdString()});
        return false;
    }
    const QByteArray text = file.readAll();
    nw::Result<nw::Project> project =
        nw::parseProject(std::string_view(text.constData(), size_t(text.size())));
    if (!project) {
        reportError(tr("Could not open the template “%1”.").arg(name), project.error());
        return false;
    }
    m_document->adopt(project.value());
    emit statusMessage(tr("New project from %1").arg(name));
    return true;
}

void ProjectFileController::openWithDialog() {
    if (!maybeSave()) return;
    const QString current = m_document->filePath();
    const QString startDir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_prompts->askOpenPath(m_window, startDir);
    if (!path.isEmpty()) openFile(path);
}

bool ProjectFileController::openFile(const QString& path) {
    if (isOnnxModel(path)) return importModel(path);
    const nw::Status opened = m_document->open(path);
    if (!opened) {
        reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    m_importedFrom.clear();
    m_recentFiles->add(m_document->filePath());
    emit statusMessage(tr("Opened %1").arg(m_document->displayName()));
    return true;
}

void ProjectFileController::importWithDialog() {
    if (!maybeSave()) return;
    const QString current = m_document->filePath();
    const QString startDir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_prompts->askImportPath(m_window, startDir);
    if (!path.isEmpty()) importModel(path);
}

bool ProjectFileController::importModel(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    std::vector<nw::Diagnostic> problems;
    nw::Result<nw::ImportedModel> model = nw::importOnnxFile(toFsPath(path), &problems);
    if (!model) {
        // Every node without a layer, each with its reason, so one attempt shows all there is to change.
        QStringList details{diagnosticDescription(model.error())};
        for (const nw::Diagnostic& problem : problems)
            details << QStringLiteral("• %1: %2")
                           .arg(QString::fromStdString(problem.location), diagnosticMessage(problem));
        emit failed(tr("Could not import “%1”.").arg(name), details.join(QLatin1Char('\n')));
        return false;
    }
    m_document->adopt(model->project);
    m_document->markModified();
    m_importedFrom = QFileInfo(path).absoluteFilePath();
    // An imported network has an Input and at least one layer, so the English needs no singular.
    QString message = tr("Imported %1: %n layers with their trained weights.", nullptr,
                         int(model->project.graph.nodes().size()))
                          .arg(name);
    for (const nw::Text& note : model->notes) message += QLatin1Char(' ') + engineText(note);
    emit statusMessage(message);
    emit imported();
    return true;
}

void ProjectFileController::openAfterAsking(const QString& path) {
    if (maybeSave()) openFile(path);
}

bool ProjectFileController::save() {
    if (m_document->filePath().isEmpty()) return saveAs();
    // A file in a folder the user cannot write (an installed example): Save As, in the home folder.
    if (!nw::io::checkCanWrite(toFsPath(m_document->filePath())).ok()) {
        emit statusMessage(tr("The folder of “%1” cannot be written: choose where to save it.")
                               .arg(m_document->displayName()));
        return saveAsSuggesting(QDir::home().filePath(m_document->displayName()));
    }
    return reportSaved(m_document->save(), m_document->displayName());
}

bool ProjectFileController::saveAs() {
    QString suggested = m_document->filePath();
    if (suggested.isEmpty() && !m_importedFrom.isEmpty())
        suggested = QFileInfo(m_importedFrom)
                        .absoluteDir()
                        .filePath(QFileInfo(m_importedFrom).completeBaseName() + QLatin1Char('.') +
                                  QLatin1String(kProjectSuffix));
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(m_document->displayName() + QLatin1Char('.') +
                                          QLatin1String(kProjectSuffix));
    return saveAsSuggesting(suggested);
}

bool ProjectFileController::saveAsSuggesting(const QString& suggested) {
    QString path = m_prompts->askSavePath(m_window, suggested);
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + QLatin1String(kProjectSuffix);

    return reportSaved(m_document->saveAs(path), QFileInfo(path).fileName());
}

bool ProjectFileController::maybeSave() {
    if (!m_document->isModified()) return true;
    switch (m_prompts->askSaveChanges(m_window, m_document->displayName())) {
    case UserPrompts::SaveChoice::Save: return save();
    case UserPrompts::SaveChoice::Discard: return true;
    case UserPrompts::SaveChoice::Cancel: return false;
    }
    return false;
}

void ProjectFileController::reportError(const QString& text, const nw::Diagnostic& diagnostic) {
    emit failed(text, diagnosticDescription(diagnostic));
}

bool ProjectFileController::reportSaved(const nw::Status& saved, const QString& fileName) {
    if (!saved) {
        reportError(tr("Could not save “%1”.").arg(fileName), saved.error());
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

void ProjectFileController::updateTitle() {
    // The file path lets the platform offer the file's proxy icon; the title itself is set in full
    // so that every platform shows the same "name* — Neuroweave".
    m_window->setWindowFilePath(m_document->filePath());
    m_window->setWindowTitle(tr("%1[*] — %2").arg(m_document->displayName(), QLatin1String(kAppName)));
    m_window->setWindowModified(m_document->isModified());
}

} // namespace nw::gui
