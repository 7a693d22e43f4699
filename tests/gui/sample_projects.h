#pragma once

#include "engine/io/project.h"

#include <QFile>
#include <QString>
#include <QUndoCommand>
#include <QtTest>

// Small projects written for the GUI tests, so they do not depend on the bundled examples.
namespace nw::gui::test {

// Input(2) -> Dense -> Softmax, with positions, as a person would have drawn it.
inline nw::Project sampleProject() {
    nw::Project project;
    nw::Graph& g = project.graph;
    const nw::NodeId input = g.addNode(nw::LayerKind::Input, "input", {0, 0});
    const nw::NodeId dense = g.addNode(nw::LayerKind::Dense, "dense", {200, 0});
    const nw::NodeId softmax = g.addNode(nw::LayerKind::Softmax, "softmax", {400, 0});
    if (!g.connect({{input, 0}, {dense, 0}}) || !g.connect({{dense, 0}, {softmax, 0}}))
        qFatal("the sample graph was refused");
    return project;
}

inline QString writeSampleProject(const QString& path) {
    const nw::Status saved = nw::saveProject(sampleProject(), QFile::encodeName(path).toStdString());
    if (!saved) qFatal("could not write %s: %s", qPrintable(path), saved.error().describe().c_str());
    return path;
}

inline QString writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("could not write %s", qPrintable(path));
    return path;
}

// An edit that changes nothing, for tests that only need the undo stack to move.
class NoopCommand : public QUndoCommand {
public:
    NoopCommand() : QUndoCommand(QStringLiteral("edit")) {}
    void undo() override {}
    void redo() override {}
};

} // namespace nw::gui::test
