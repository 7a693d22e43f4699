#include "gui/lessons/lesson_report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace nw::gui {
namespace {

QByteArray pngOf(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString imageTag(const QImage& image, const QString& name, bool embed, int width) {
    if (image.isNull()) return {};
    const QString source =
        embed ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngOf(image).toBase64())
              : name;
    return QStringLiteral("<img src=\"%1\" width=\"%2\">").arg(source).arg(width);
}

} // namespace

QString reportHtml(const LessonReport& report, bool embedImages) {
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body "
                                  "style=\"font-family: sans-serif\">")
                       .arg(report.lessonTitle.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(report.lessonTitle.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(report.student.toHtmlEscaped(), report.date.toHtmlEscaped());
    if (!report.summary.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(report.summary.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(imageTag(report.diagram, QStringLiteral("diagram.png"), embedImages, 640));
    html += QStringLiteral("<table><tr><td>%1</td><td>%2</td></tr></table>")
                .arg(imageTag(report.loss, QStringLiteral("loss.png"), embedImages, 310),
                     imageTag(report.accuracy, QStringLiteral("accuracy.png"), embedImages, 310));
    for (const LessonReport::Step& step : report.steps) {
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(step.title.toHtmlEscaped());
        for (const LessonReport::Goal& goal : step.goals)
            html +=
                QStringLiteral(
                    "<tr><td style=\"color: %1\">%2</td><td>%3</td><td style=\"color: #555\">%4</td></tr>")
                    .arg(goal.met ? QStringLiteral("#1e8c3c") : QStringLiteral("#b00020"),
                         goal.met
                             ? QStringLiteral("✔ ") + QCoreApplication::translate("LessonReport", "met")
                             : QStringLiteral("✘ ") + QCoreApplication::translate("LessonReport", "not met"),
                         goal.text.toHtmlEscaped(), goal.now.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

QString writeReport(const LessonReport& report, const QString& path) {
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QTextDocument document;
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram.png")),
                             report.diagram);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("loss.png")), report.loss);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("accuracy.png")),
                             report.accuracy);
        document.setHtml(reportHtml(report, false));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(report.lessonTitle);
        pdf.setCreator(QStringLiteral("Neuroweave"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        document.print(&pdf);
    } else {
        bytes = reportHtml(report, true).toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace nw::gui
