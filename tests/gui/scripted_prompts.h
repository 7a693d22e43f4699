#pragma once

#include "gui/app/user_prompts.h"

#include <QString>
#include <QStringList>

namespace nw::gui::test {

// Answers the window's questions from a script and remembers what it was asked.
class ScriptedPrompts : public nw::gui::UserPrompts {
public:
    QStringList errors;
    int saveQuestions = 0;
    SaveChoice saveAnswer = SaveChoice::Cancel;
    QString savePath;
    QString openPath;

    void showError(QWidget*, const QString& text, const QString& details) override {
        errors << text + QLatin1Char('\n') + details;
    }
    SaveChoice askSaveChanges(QWidget*, const QString&) override {
        ++saveQuestions;
        return saveAnswer;
    }
    QString askOpenPath(QWidget*, const QString&) override { return openPath; }
    QString askSavePath(QWidget*, const QString&) override { return savePath; }
    QString diagramPath;
    QString askDiagramPath(QWidget*, const QString&) override { return diagramPath; }
    QString askLayerName(QWidget*, const QString&) override { return {}; }
    // File → New: the template to choose (empty: an empty project), or cancel the gallery.
    QString templatePath;
    bool cancelTemplate = false;
    QString askTemplate(QWidget*, bool* cancelled) override {
        *cancelled = cancelTemplate;
        return cancelTemplate ? QString() : templatePath;
    }
    // Closing while training or exporting: what was asked, and the answer.
    QStringList stopQuestions;
    bool stopAnswer = true;
    bool askStopAndClose(QWidget*, const QString& work) override {
        stopQuestions << work;
        return stopAnswer;
    }
    bool askDeleteRuns(QWidget*, const QString& what) override {
        deleteQuestions << what;
        return deleteAnswer;
    }
    QStringList deleteQuestions;
    bool deleteAnswer = true;
    // Recovery copies offered at start, and whether to restore them.
    QStringList recoveryOffers;
    bool restoreRecovered = false;
    bool askRestoreRecovered(QWidget*, const QString& name, const QDateTime&) override {
        recoveryOffers << name;
        return restoreRecovered;
    }
    QString helpTitle;
    QString helpHtml;
    void showHelp(QWidget*, const QString& title, const QString& html) override {
        helpTitle = title;
        helpHtml = html;
    }
};

} // namespace nw::gui::test
