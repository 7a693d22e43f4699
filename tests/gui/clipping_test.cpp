// No text is cut: every visible label, button, tab and progress text of the main window (with each
// dock brought to the front in turn, the Lessons panel too) and of the export and sweep dialogs fits its
// widget at 1280×720, in each of the designer's languages, and the window itself stays within 1280
// pixels. Widths come from the widgets' own font metrics.

#include "gui/app/export_dialog.h"
#include "gui/app/main_window.h"
#include "gui/app/translations.h"
#include "gui/app/user_prompts.h"
#include "gui/document/project_document.h"
#include "gui/runs/sweep_dialog.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "speaking.h"

using nw::gui::ExportDialog;
using nw::gui::MainWindow;

namespace {

// The room a one-line text needs beside its widget's frame and padding.
int textWidth(const QWidget* w, const QString& text) {
    QString shown = text;
    shown.remove(QLatin1Char('&')); // mnemonics are not drawn
    return w->fontMetrics().horizontalAdvance(shown);
}

// How much of `w`'s width its parents show: each clips it to its own rectangle (a scroll area's
// viewport, a dock narrower than its content).
int shownWidth(const QWidget* w) {
    QRect shown = w->rect();
    for (const QWidget* child = w; child->parentWidget() && !child->isWindow();
         child = child->parentWidget()) {
        shown.translate(child->pos());
        shown &= child->parentWidget()->rect();
    }
    return shown.width();
}

// The texts of `root`'s visible widgets that do not fit, as "objectName/class: text (needs N, has M)".
QStringList clipped(const QWidget* root) {
    QStringList cut;
    const auto report = [&](const QWidget* w, const QString& text, int needs, int has) {
        // A widget a scroll area or a narrow parent cuts off is no wider than what shows of it; one
        // that does not show at all (a dock behind another in its tab group) is looked at when its
        // dock is in front.
        const int shown = shownWidth(w);
        if (shown == 0) return;
        has = std::min(has, shown);
        if (needs > has)
            cut << QStringLiteral("%1 %2: “%3” needs %4 px, has %5")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                       .arg(needs)
                       .arg(has);
    };
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()) ||
            label->text().contains('\n'))
            continue;
        report(label, label->text(), textWidth(label, label->text()), label->contentsRect().width());
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty()) continue;
        // The style's own padding around the text: what the button's size hint adds to it.
        const int padding = button->sizeHint().width() - textWidth(button, button->text());
        report(button, button->text(), textWidth(button, button->text()) + std::max(padding, 0),
               button->width());
    }
    for (const QTabBar* tabs : root->findChildren<QTabBar*>()) {
        if (!tabs->isVisible()) continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i);
            report(tabs, text,
                   textWidth(tabs, text) + 2 * tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace) / 2,
                   tabs->tabRect(i).width());
        }
    }
    for (const QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->currentText().isEmpty()) continue;
        // The frame and the arrow: what the style adds to the widest item's text in the size hint.
        int widest = 0;
        for (int i = 0; i < combo->count(); ++i)
            widest = std::max(widest, textWidth(combo, combo->itemText(i)));
        const int chrome = std::max(combo->sizeHint().width() - widest, 0);
        report(combo, combo->currentText(), textWidth(combo, combo->currentText()) + chrome, combo->width());
    }
    for (const QProgressBar* bar : root->findChildren<QProgressBar*>()) {
        if (!bar->isVisible() || !bar->isTextVisible() || bar->text().isEmpty()) continue;
        report(bar, bar->text(), textWidth(bar, bar->text()), bar->contentsRect().width());
    }
    return cut;
}

// Lets every pending layout request run: a text set a moment ago resizes its widget through one.
void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

class ClippingTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void checkEveryScreen() {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.clear();
        MainWindow window(nullptr, &settings);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(NW_SOURCE_DIR "/resources/examples/spirals.nwproj")));
        QStringList cut;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            dock->raise();
            settle();
            cut << clipped(&window);
        }
        // A run under way: the progress bar's longest text ("Epoch 1/100 · batch 1/25 · 9,870 samples/s ·
        // 0:03 left"), kept there by the slowest pace until Stop.
        nw::gui::TrainingController* training = window.training();
        training->setStepsPerSecond(0.001);
        training->start();
        QTRY_VERIFY_WITH_TIMEOUT(training->steps().size() >= 1, 120000);
        window.findChild<QDockWidget*>(QStringLiteral("dock.training"))->raise();
        settle();
        cut << clipped(&window);
        training->stopAndWait();
        training->setStepsPerSecond(0);
        ExportDialog dialog(window.document()->project(), m_dir.path(),
                            m_dir.filePath(QStringLiteral("spirals")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        cut << clipped(&dialog);
        // The sweep dialog, as Train → Sweep… opens it.
        window.findChild<QAction*>(QStringLiteral("train.sweep"))->trigger();
        auto* sweep = window.findChild<nw::gui::SweepDialog*>();
        QVERIFY(sweep && QTest::qWaitForWindowExposed(sweep));
        settle();
        cut << clipped(sweep);
        // The Lessons panel, hidden until a lesson starts (the trained project is not asked about).
        window.setPrompts(std::make_unique<nw::gui::UnattendedPrompts>());
        QVERIFY(window.startLesson(QStringLiteral("xor")));
        settle();
        cut << clipped(&window);
        // Every panel's least width together still fits a 1280-pixel screen.
        QVERIFY2(
            window.minimumSizeHint().width() <= 1280,
            qPrintable(QStringLiteral("the window needs %1 pixels").arg(window.minimumSizeHint().width())));
        QVERIFY(window.width() <= 1280);
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

private slots:
    void everyLanguageFits_data() {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "de", "fr", "es", "zh_CN"}) QTest::newRow(language) << language;
    }

    void everyLanguageFits() {
        QFETCH(QString, language);
        const QLocale locale(language);
        const nw::gui::test::Speaking speaking(locale);
        QVERIFY(speaking.ok || locale.language() == QLocale::English);
        checkEveryScreen();
    }
};

QTEST_MAIN(ClippingTest)
#include "clipping_test.moc"
