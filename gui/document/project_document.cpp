#include "gui/document/project_document.h"

#include "gui/document/fs_path.h"
#include "gui/document/graph_document.h"

#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <utility>

namespace nw::gui {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent), m_project(std::make_unique<nw::Project>()) {
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &ProjectDocument::updateModified);
    m_graph = new GraphDocument(this);
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString ProjectDocument::folder() const {
    return m_filePath.isEmpty() ? QDir::currentPath() : QFileInfo(m_filePath).absolutePath();
}

int ProjectDocument::layerCount() const { return static_cast<int>(m_project->graph.nodes().size()); }

QStringList ProjectDocument::layerChain() const {
    QStringList chain;
    for (const nw::NodeId id : m_project->graph.topologicalOrder())
        chain << QString::fromStdString(nw::layerRegistry().info(m_project->graph.node(id)->kind).name);
    return chain;
}

qint64 ProjectDocument::parameterCount() const { return nw::analyzeGraph(m_project->graph).totalParams; }

bool ProjectDocument::isModified() const { return m_changedOutsideUndo || !m_undoStack.isClean(); }

void ProjectDocument::reset() { replace(std::make_unique<nw::Project>(), QString()); }

void ProjectDocument::adopt(const nw::Project& project) {
    replace(std::make_unique<nw::Project>(project), QString());
}

nw::Status ProjectDocument::open(const QString& path) {
    nw::Result<nw::Project> loaded = nw::loadProject(toFsPath(path));
    if (!loaded) return loaded.error();
    replace(std::make_unique<nw::Project>(std::move(loaded).value()), QFileInfo(path).absoluteFilePath());
    return nw::Status::success();
}

nw::Status ProjectDocument::save() {
    Q_ASSERT(!m_filePath.isEmpty());
    nw::Status saved = nw::saveProject(*m_project, toFsPath(m_filePath));
    if (saved) markSaved();
    return saved;
}

nw::Status ProjectDocument::saveAs(const QString& path) {
    nw::Status saved = nw::saveProject(*m_project, toFsPath(path));
    if (!saved) return saved;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    markSaved();
    return saved;
}

void ProjectDocument::restore(const nw::Project& project, const QString& filePath) {
    replace(std::make_unique<nw::Project>(project), filePath);
    markModified();
}

void ProjectDocument::markModified() {
    m_changedOutsideUndo = true;
    updateModified();
}

// One trained weight changed by hand; undo puts the old value back.
class SetWeightCommand : public QUndoCommand {
public:
    SetWeightCommand(ProjectDocument* document, quint32 node, qint64 index, float before, float after)
        : QUndoCommand(ProjectDocument::tr("Set Weight")), m_document(document), m_node(node), m_index(index),
          m_before(before), m_after(after) {}
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

private:
    void write(float value) {
        if (float* weight = m_document->trainedWeight(m_node, m_index)) *weight = value;
        emit m_document->trainingStateChanged();
    }
    ProjectDocument* m_document;
    quint32 m_node;
    qint64 m_index;
    float m_before, m_after;
};

float* ProjectDocument::trainedWeight(quint32 node, qint64 index) {
    if (!m_project->weights) return nullptr;
    for (nw::NodeWeights& w : *m_project->weights)
        if (w.node.value == node && !w.values.empty() && index >= 0 && index < w.values.front().size())
            return w.values.front().data() + index;
    return nullptr;
}

bool ProjectDocument::setTrainedWeight(quint32 node, qint64 index, float value) {
    const float* weight = trainedWeight(node, index);
    if (!weight) return false;
    if (*weight != value) m_undoStack.push(new SetWeightCommand(this, node, index, *weight, value));
    return true;
}

void ProjectDocument::changeTrainingState(const std::function<void(nw::Project&)>& change) {
    change(*m_project);
    markModified();
    emit trainingStateChanged();
}

void ProjectDocument::replace(std::unique_ptr<nw::Project> project, const QString& filePath) {
    m_project = std::move(project);
    m_undoStack.clear();
    m_changedOutsideUndo = false;
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    if (pathChanged) emit filePathChanged(m_filePath);
    emit projectReplaced();
    updateModified();
}

void ProjectDocument::markSaved() {
    m_changedOutsideUndo = false;
    m_undoStack.setClean();
    updateModified();
}

void ProjectDocument::updateModified() {
    const bool modified = isModified();
    if (modified == m_reportedModified) return;
    m_reportedModified = modified;
    emit modifiedChanged(modified);
}

} // namespace nw::gui
