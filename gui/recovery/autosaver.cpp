#include "gui/recovery/autosaver.h"

#include "gui/app/user_prompts.h"
#include "gui/document/project_document.h"
#include "gui/render/engine_text.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"

#include <QFileInfo>

#include <algorithm>
#include <string>

namespace nw::gui {

namespace {

QByteArray projectText(const nw::Project& project) {
    const std::string text = nw::serializeProject(project);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

Autosaver::Autosaver(ProjectDocument* document, const QString& folder, int intervalSeconds, QObject* parent)
    : QObject(parent), m_document(document), m_folder(folder) {
    m_timer.setInterval(std::max(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::writeIfChanged);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &Autosaver::onModifiedChanged);
    onModifiedChanged(m_document->isModified());
}

// A clean exit: the user has saved or chosen not to, so there is nothing left to recover.
Autosaver::~Autosaver() { m_folder.removeOwn(); }

void Autosaver::onModifiedChanged(bool modified) {
    if (modified) {
        if (!m_timer.isActive()) m_timer.start();
        return;
    }
    // Saved, or back to the saved state: the user's file holds it all.
    m_timer.stop();
    m_folder.removeOwn();
    m_lastWritten.clear();
}

bool Autosaver::writeIfChanged() {
    if (!m_document->isModified()) return true;
    return writeCopy(projectText(m_document->project()));
}

bool Autosaver::writeCheckpoint(const QByteArray& projectText) { return writeCopy(projectText); }

void Autosaver::followTraining(TrainingController* training) {
    connect(training, &TrainingController::checkpointReady, this, &Autosaver::writeCheckpoint);
    connect(training, &TrainingController::stateChanged, this, [this](TrainingController::State state) {
        if (state == TrainingController::State::Idle) writeIfChanged();
    });
}

bool Autosaver::writeCopy(const QByteArray& text) {
    if (text == m_lastWritten) return true;
    QString error;
    if (!m_folder.write(text, m_document->filePath(), &error)) {
        emit writeFailed(tr("Could not write the recovery copy: %1").arg(error));
        return false;
    }
    m_lastWritten = text;
    emit copyWritten();
    return true;
}

bool Autosaver::offerRecovered(UserPrompts* prompts, QWidget* parent) {
    bool restored = false;
    for (const RecoveryFolder::Copy& copy : m_folder.claimOrphans()) {
        const QString name =
            copy.originalPath.isEmpty() ? tr("Untitled") : QFileInfo(copy.originalPath).fileName();
        if (!prompts->askRestoreRecovered(parent, name, copy.savedAt.toLocalTime())) {
            m_folder.remove(copy.id);
            continue;
        }
        nw::Result<nw::Project> project =
            nw::parseProject(std::string_view(copy.projectText.constData(), size_t(copy.projectText.size())));
        if (!project) {
            prompts->showError(parent, tr("The recovery copy of “%1” cannot be read.").arg(name),
                               diagnosticDescription(project.error()));
            m_folder.remove(copy.id);
            continue;
        }
        m_document->restore(project.value(), copy.originalPath);
        // This designer's own copy holds it before the old one goes; should that fail, the old one
        // stays for the next start.
        if (writeIfChanged()) m_folder.remove(copy.id);
        restored = true;
        break;
    }
    m_folder.releaseClaims();
    return restored;
}

} // namespace nw::gui
