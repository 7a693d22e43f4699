#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace nw::gui {

// A student's one-page report on a lesson: their name, the network as a diagram, the training
// curves, and every step's goals, met or not, with the values measured.
struct LessonReport {
    QString lessonTitle;
    QString student;
    QString date;
    QString summary; // the network and its training in a line
    struct Goal {
        QString text;
        bool met = false;
        QString now;
    };
    struct Step {
        QString title;
        QList<Goal> goals;
    };
    QList<Step> steps;
    QImage diagram;
    QImage loss;
    QImage accuracy;
};

// The report as HTML. With `embedImages` the pictures are data: URLs, so the file stands alone;
// without, they are named diagram.png, loss.png and accuracy.png (resources of a QTextDocument).
QString reportHtml(const LessonReport& report, bool embedImages);

// Writes the report as HTML, or as PDF when `path` ends in .pdf, atomically: a failed write leaves
// no half-written file. Empty on success, otherwise why it failed.
QString writeReport(const LessonReport& report, const QString& path);

} // namespace nw::gui
