#pragma once

#include "gui/document/project_document.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"

#include <QString>
#include <QtTest>

#include <cmath>

namespace nw::gui::test {

inline QString exampleProject(const char* name) {
    return QStringLiteral(NW_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

// Opens an example and makes it small and reproducible: `epochs` epochs on one thread.
inline void openExample(ProjectDocument& doc, const char* name, int epochs) {
    const nw::Status opened = doc.open(exampleProject(name));
    if (!opened) qFatal("could not open %s: %s", name, opened.error().describe().c_str());
    doc.changeTrainingState([epochs](nw::Project& p) {
        p.training.epochs = epochs;
        p.training.threads = 1;
    });
}

// Waits (without a time limit that could fail a slow machine) for the run to finish and pulls.
inline void trainToEnd(TrainingController& controller) {
    controller.waitForRunEnd();
    controller.poll();
}

inline bool allFinite(const nw::Weights& weights) {
    for (const nw::NodeWeights& w : weights)
        for (const nw::Tensor& t : w.values)
            if (!t.flat().allFinite()) return false;
    return true;
}

} // namespace nw::gui::test
