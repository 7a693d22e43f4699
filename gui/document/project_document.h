#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>

// Declared, not included. moc reads every header with Q_OBJECT, and Qt 6.4's moc fails on the C++20
// standard headers <compare> and <concepts>, which the engine's headers include, whenever it meets
// them before <type_traits>. So a header with Q_OBJECT forward-declares the engine types it names and
// its .cpp includes the engine. The engine headers written to be included there are plain data over
// <cstdint>, <variant> and <vector> only: engine/layers/attr_value.h (nw::AttrValue) and
// engine/train/metrics.h (the training records). The other "Declared, not included" comments point
// here.
namespace nw {
struct Project;
class Status;
} // namespace nw

namespace nw::gui {

class GraphDocument;

// The open project as the GUI sees it: the engine's Project, the file it came from, whether it has
// unsaved changes and the undo history of the edits made to it. It never shows a dialog: file
// operations return a Status so the window decides how to tell the user.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const nw::Project& project() const { return *m_project; }
    // The network of the project: read it, edit it (undoably) and follow its changes through this.
    GraphDocument* graphDocument() const { return m_graph; }
    // Absolute path of the file, empty while the project has never been saved.
    QString filePath() const { return m_filePath; }
    // The folder the project's relative paths (its data files) are resolved against, as training,
    // the data preview and the exports do: the file's folder, or the current directory while the
    // project has never been saved.
    QString folder() const;
    // What a title bar shows: the file name, or "Untitled".
    QString displayName() const;
    int layerCount() const;
    // The layer kinds in the order data flows through them: "Input", "Dense", "ReLU", …
    QStringList layerChain() const;
    // Trainable parameters of the layers whose shapes are known.
    qint64 parameterCount() const;

    // Unsaved changes: an undoable edit since the last save, or a change outside the undo stack.
    bool isModified() const;
    QUndoStack* undoStack() { return &m_undoStack; }

    // Starts an empty, unnamed project and forgets the undo history.
    void reset();
    // Starts an unnamed project holding a copy of `project` (a template, a rendering) and forgets the
    // undo history.
    void adopt(const nw::Project& project);
    // Replaces the project by a recovered copy of one that was never saved as it is: `filePath` is
    // the file it belongs to (empty: untitled); the project is unsaved until the user saves it.
    void restore(const nw::Project& project, const QString& filePath);
    // Replaces the project by the file's. On failure nothing changes and the Diagnostic says why.
    nw::Status open(const QString& path);
    // Writes to filePath(), which must not be empty.
    nw::Status save();
    // Writes to `path` and, on success, makes it the document's file.
    nw::Status saveAs(const QString& path);

    // Records a change that is not undoable (training results) but still has to be saved.
    void markModified();
    // Changes what training owns in the project (settings, data set, weights, history) outside the
    // undo history: marks the project modified and announces trainingStateChanged(). The graph is
    // not to be touched here: it changes only through GraphDocument.
    void changeTrainingState(const std::function<void(nw::Project&)>& change);
    // Sets value `index` of node `node`'s first parameter (a Dense layer's weight matrix, row-major)
    // in the trained weights, as an undoable edit: a class checks a worked exercise by hand. False
    // when the project holds no such value.
    bool setTrainedWeight(quint32 node, qint64 index, float value);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& filePath);
    // After reset() and open(): views rebuild themselves from project().
    void projectReplaced();
    // After changeTrainingState().
    void trainingStateChanged();

private:
    friend class GraphDocument; // the one writer of the graph, through its undo commands
    friend class SetWeightCommand;
    float* trainedWeight(quint32 node, qint64 index);
    nw::Project& mutableProject() { return *m_project; }
    void replace(std::unique_ptr<nw::Project> project, const QString& filePath);
    void markSaved();
    void updateModified();

    std::unique_ptr<nw::Project> m_project;
    GraphDocument* m_graph = nullptr;
    QString m_filePath;
    QUndoStack m_undoStack;
    bool m_changedOutsideUndo = false;
    bool m_reportedModified = false; // the state last announced by modifiedChanged
};

} // namespace nw::gui
